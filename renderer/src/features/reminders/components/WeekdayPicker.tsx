import { Weekday } from '@shared/domain/reminders'
import { FieldError } from '@renderer/components/form/FieldError'

const names: Record<Weekday, { short: string; long: string }> = {
  mon: { short: 'Mon', long: 'Monday' },
  tue: { short: 'Tue', long: 'Tuesday' },
  wed: { short: 'Wed', long: 'Wednesday' },
  thu: { short: 'Thu', long: 'Thursday' },
  fri: { short: 'Fri', long: 'Friday' },
  sat: { short: 'Sat', long: 'Saturday' },
  sun: { short: 'Sun', long: 'Sunday' },
}

interface WeekdayPickerProps {
  id: string
  legend: string
  days: readonly Weekday[]
  onChange: (days: Weekday[]) => void
  error?: string | undefined
}

/** Seven checkboxes, Monday first; the saved order is always the week's order. */
export function WeekdayPicker({ id, legend, days, onChange, error }: WeekdayPickerProps) {
  const errorId = `${id}-error`
  const toggle = (day: Weekday, on: boolean) => {
    onChange(Weekday.options.filter((d) => (d === day ? on : days.includes(d))))
  }
  return (
    <fieldset
      id={id}
      className="fieldset"
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <div className="choices rm-days">
        {Weekday.options.map((day) => (
          <label key={day} className="choice rm-day">
            <input
              type="checkbox"
              checked={days.includes(day)}
              aria-label={names[day].long}
              onChange={(event) => {
                toggle(day, event.target.checked)
              }}
            />
            <span aria-hidden="true">{names[day].short}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  )
}
