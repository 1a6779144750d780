import { format } from 'date-fns'
import type { EpisodeDraft, WhenChoice } from '../draft'
import { pickDefaults, resolveStart } from '../draft'
import type { Option } from '../labels'
import { ChoiceGroup } from './ChoiceGroup'
import { describedBy, FieldError } from '@renderer/components/form/FieldError'

const whenOptions: readonly Option<WhenChoice>[] = [
  { value: 'now', label: 'Just now' },
  { value: '15m', label: '15 min ago' },
  { value: '1h', label: '1 hour ago' },
  { value: 'last_night', label: 'Last night, around 3 a.m.' },
  { value: 'pick', label: 'Pick a time' },
]

interface WhenFieldProps {
  draft: EpisodeDraft
  update: (patch: Partial<EpisodeDraft>) => void
  error: string | undefined
  now: number
  /** Editing shows only the date and time of the entry. */
  quickChoices: boolean
}

export function WhenField({ draft, update, error, now, quickChoices }: WhenFieldProps) {
  const choose = (when: WhenChoice) => {
    const patch: Partial<EpisodeDraft> = { when }
    if (when === 'pick' && draft.date === '' && draft.time === '')
      Object.assign(patch, pickDefaults(now))
    // A cramp at 3 a.m. almost always woke you: a default you can change.
    if (when === 'last_night' && draft.context === '') patch.context = 'asleep'
    update(patch)
  }
  const resolved = draft.when === 'pick' ? null : resolveStart(draft, now)
  const preview = resolved?.ok
    ? `Saved as ${format(resolved.startedAt, 'EEEE d MMMM, HH:mm')}.`
    : undefined
  // With the date and time shown, they carry the error themselves.
  const picking = !quickChoices || draft.when === 'pick'
  const dateTime = (
    <DateTimeInputs
      draft={draft}
      update={update}
      error={picking ? error : undefined}
      max={format(now, 'yyyy-MM-dd')}
    />
  )

  if (!quickChoices) {
    return (
      <fieldset className="fieldset" data-field="when" data-invalid={error ? '' : undefined}>
        <legend className="fieldset__legend">When it started</legend>
        {dateTime}
      </fieldset>
    )
  }
  return (
    <ChoiceGroup
      name="when"
      legend="When did it start?"
      options={whenOptions}
      value={draft.when}
      onChange={choose}
      hint={preview}
      error={picking ? undefined : error}
    >
      {draft.when === 'pick' ? dateTime : null}
    </ChoiceGroup>
  )
}

interface DateTimeInputsProps {
  draft: EpisodeDraft
  update: (patch: Partial<EpisodeDraft>) => void
  /** Shown here only when no outer group shows it. */
  error: string | undefined
  max: string
}

function DateTimeInputs({ draft, update, error, max }: DateTimeInputsProps) {
  const errorId = error ? 'when-error' : undefined
  return (
    <>
      <div className="form-row ep-form-row">
        <div className="field">
          <label className="field__label" htmlFor="when-date">
            Date
          </label>
          <input
            id="when-date"
            type="date"
            className="input"
            value={draft.date}
            max={max}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(errorId)}
            onChange={(event) => {
              update({ date: event.target.value })
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="when-time">
            Time
          </label>
          <input
            id="when-time"
            type="time"
            className="input"
            value={draft.time}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(errorId)}
            onChange={(event) => {
              update({ time: event.target.value })
            }}
          />
        </div>
      </div>
      <FieldError id="when-error" message={error} />
    </>
  )
}
