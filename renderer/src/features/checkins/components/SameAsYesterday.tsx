import { Button } from '@renderer/components/Button'
import type { CheckIn } from '@shared/domain/checkin'
import { dayName } from '../dates'

/** "Yesterday", or the day of the last check-in when that was longer ago. */
export function previousDayName(previous: CheckIn): string {
  const name = dayName(previous.date)
  return name === 'Yesterday' ? 'yesterday' : name
}

/** One tap to copy the last check-in; says so when there is none yet. */
export function SameAsYesterday({
  previous,
  onFill,
}: {
  previous: CheckIn | null
  onFill: (previous: CheckIn) => void
}) {
  return (
    <div className="checkin-toolbar">
      <Button
        aria-disabled={!previous || undefined}
        aria-describedby="same-as-hint"
        onClick={() => {
          if (previous) onFill(previous)
        }}
      >
        {previous ? `Same as ${previousDayName(previous)}` : 'Same as yesterday'}
      </Button>
      <p id="same-as-hint" className="field__hint">
        {previous
          ? 'Copies water, foods, drinks, exercise, sitting, stretching, sleep and medications. Your note stays as it is.'
          : 'There is no earlier check-in to copy yet.'}
      </p>
    </div>
  )
}
