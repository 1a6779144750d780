import { ClockRangeFields } from '@renderer/components/ClockRangeFields'
import { WeekdayPicker } from '@renderer/features/reminders'
import type { StepProps } from './steps'

export function WorkStep({ draft, errors, change }: StepProps) {
  const work = draft.reminders.workHours
  const setWork = (patch: Partial<typeof work>) => {
    change({ reminders: { ...draft.reminders, workHours: { ...work, ...patch } } })
  }
  return (
    <>
      <p className="welcome__lead">
        The move and water reminders only come on your working days, during these hours.
      </p>
      <WeekdayPicker
        id="welcome-work-days"
        legend="Working days"
        days={work.days}
        error={errors['workHours.days']}
        onChange={(days) => {
          setWork({ days })
        }}
      />
      <ClockRangeFields
        start={{
          id: 'welcome-work-start',
          label: 'Work starts',
          hint: '24-hour time, e.g. 09:00',
          value: work.start,
          error: errors['workHours.start'],
        }}
        end={{
          id: 'welcome-work-end',
          label: 'Work ends',
          hint: '24-hour time, e.g. 17:30',
          value: work.end,
          error: errors['workHours.end'],
        }}
        onChange={setWork}
      />
    </>
  )
}
