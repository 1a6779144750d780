import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { busySignalLabels, reminderKinds, type ReminderSettings } from '@shared/domain/reminders'
import { countLine, groupByKind } from '../format'
import { reminderQueries } from '../queries'
import { useDebounced } from '../useDebounced'
import './BusyFields.css'

/**
 * Today's remaining reminders for the settings as they stand in the form,
 * saved or not. Main computes them with the scheduler's own rules and clock.
 * `settings` is null while a value cannot be read; the last list stays.
 */
export function ReminderPreview({ settings }: { settings: ReminderSettings | null }) {
  const debounced = useDebounced(settings, 250)
  const query = useQuery({
    ...reminderQueries.preview(debounced ?? ({} as ReminderSettings)),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
  })
  const groups = query.data ? groupByKind(query.data.upcoming) : []
  const held = query.data?.held ?? []
  return (
    <section className="rm-preview" aria-labelledby="rm-preview-title">
      <h3 id="rm-preview-title" className="rm-preview__title">
        Today’s reminders
      </h3>
      <p className="field__hint" role="status">
        {settings === null
          ? 'The preview updates once every value above can be read.'
          : query.isError
            ? 'The preview is not available right now.'
            : query.data
              ? countLine(query.data.upcoming.length)
              : 'Working out today’s reminders…'}
      </p>
      {held.length > 0 ? (
        <h4 id="rm-preview-held" className="rm-preview__held">
          Held now
        </h4>
      ) : null}
      {held.length > 0 ? (
        <ul className="rm-preview__list" aria-labelledby="rm-preview-held">
          {held.map((h) => (
            <li key={h.kind} className="rm-preview__row">
              <span className="rm-preview__kind">{reminderKinds[h.kind].label}</span>
              <span className="rm-preview__times">
                Due now, {busySignalLabels[h.signal].heldDuring}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {groups.length > 0 ? (
        <ul className="rm-preview__list" aria-label="Upcoming reminders today">
          {groups.map((group) => (
            <li key={group.kind} className="rm-preview__row">
              <span className="rm-preview__kind">{group.label}</span>
              <span className="rm-preview__times">{group.times.join(', ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
