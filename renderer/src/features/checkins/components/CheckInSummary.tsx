import { buttonClass } from '@renderer/components/Button'
import { Link } from 'react-router'
import type { CheckIn, Medication } from '@shared/domain/checkin'
import type { WaterUnit } from '@shared/domain/settings'
import { CheckIcon } from '@renderer/components/icons'
import { electrolyteLabels, sleepLabels } from '../labels'
import { waterOf } from '../water'

interface CheckInSummaryProps {
  checkIn: CheckIn
  waterUnit: WaterUnit
  waterTargetMl: number
  medications: readonly Medication[] | undefined
  /** Names the day for the edit link ("Edit check-in for Yesterday"). */
  dayLabel: string
}

/** One day's check-in on the timeline: only what was filled in, in plain words. */
export function CheckInSummary({
  checkIn,
  waterUnit,
  waterTargetMl,
  medications,
  dayLabel,
}: CheckInSummaryProps) {
  const facts = summaryFacts(checkIn, waterUnit, waterTargetMl, medications)
  return (
    <article
      className="timeline-entry timeline-entry--checkin"
      aria-label={`Check-in, ${dayLabel}`}
    >
      <span className="timeline-entry__mark" aria-hidden="true">
        <CheckIcon size={16} />
      </span>
      <div className="timeline-entry__body">
        <p className="timeline-entry__title">Daily check-in</p>
        {facts.length > 0 ? (
          <ul className="fact-list">
            {facts.map((fact) => (
              <li key={fact} className="fact-list__item">
                {fact}
              </li>
            ))}
          </ul>
        ) : (
          <p className="timeline-entry__meta">Nothing noted beyond the date.</p>
        )}
        {checkIn.note.trim() ? <p className="timeline-entry__note">{checkIn.note}</p> : null}
      </div>
      <Link
        className={buttonClass({ tone: 'quiet', className: 'timeline-entry__action' })}
        to={`/check-in/${checkIn.date}`}
        aria-label={`Edit check-in for ${dayLabel}`}
      >
        Edit
      </Link>
    </article>
  )
}

/** Short phrases for the parts of a check-in that hold something. */
export function summaryFacts(
  c: CheckIn,
  unit: WaterUnit,
  targetMl: number,
  medications: readonly Medication[] | undefined,
): string[] {
  const facts: string[] = []
  if (c.nightReport === 'none') facts.push('No cramps last night')
  if (c.nightReport === 'cramps') facts.push('Cramps last night')
  facts.push(`Water: ${waterOf(c.waterMl, targetMl, unit)}`)
  if (c.electrolytes.length > 0) {
    const names = c.electrolytes.map((g) => electrolyteLabels[g].toLowerCase()).join(', ')
    facts.push(`Foods with ${names}`)
  }
  if (c.caffeineDrinks > 0) {
    facts.push(`${c.caffeineDrinks} caffeine ${c.caffeineDrinks === 1 ? 'drink' : 'drinks'}`)
  }
  for (const session of c.exercise) {
    const extras = [
      `effort ${session.effort}/10`,
      session.hardOrNew ? 'hard or new' : null,
      session.hot ? 'hot' : null,
      session.warmedUp ? 'warmed up' : null,
      session.cooledDown ? 'cooled down' : null,
    ].filter(Boolean)
    facts.push(`${session.type}, ${session.minutes} min (${extras.join(', ')})`)
  }
  if (c.sittingHours > 0) facts.push(`${c.sittingHours} h sitting`)
  if (c.stretchedBeforeBed) facts.push('Stretched before bed')
  if (c.sleepQuality !== null) {
    const label = sleepLabels[c.sleepQuality as keyof typeof sleepLabels]
    facts.push(`Sleep ${label.toLowerCase()} (${c.sleepQuality}/5)`)
  }
  if (c.medicationIds.length > 0) {
    const names = c.medicationIds.map((id) => medications?.find((m) => m.id === id)?.name)
    facts.push(
      names.every(Boolean)
        ? `Took ${names.join(', ')}`
        : `${c.medicationIds.length} ${c.medicationIds.length === 1 ? 'medication' : 'medications'}`,
    )
  }
  return facts
}
