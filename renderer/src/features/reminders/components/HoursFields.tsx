import { ClockRangeFields, clockInputProps } from '@renderer/components/ClockRangeFields'
import { TextField } from '@renderer/components/TextField'
import { InlineSwitch } from './InlineSwitch'
import type { DraftProps } from './KindFields'
import { WeekdayPicker } from './WeekdayPicker'

/** When the desk reminders may come, when nothing may, and what counts as a break. */
export function HoursFields({ draft, errors, change }: DraftProps) {
  const work = draft.workHours
  const quiet = draft.quietHours
  return (
    <>
      <fieldset className="fieldset rm-group">
        <legend className="fieldset__legend rm-group__legend">Working hours</legend>
        <p className="field__hint">
          The move and water reminders only come on these days and times.
        </p>
        <WeekdayPicker
          id="rm-work-days"
          legend="Working days"
          days={work.days}
          error={errors['workHours.days']}
          onChange={(days) => {
            change({ workHours: { ...work, days } })
          }}
        />
        <ClockRangeFields
          start={{
            id: 'rm-work-start',
            label: 'Start',
            hint: 'e.g. 09:00',
            value: work.start,
            error: errors['workHours.start'],
          }}
          end={{
            id: 'rm-work-end',
            label: 'End',
            hint: 'e.g. 17:30',
            value: work.end,
            error: errors['workHours.end'],
          }}
          onChange={(patch) => {
            change({ workHours: { ...work, ...patch } })
          }}
        />
      </fieldset>
      <fieldset className="fieldset rm-group">
        <legend className="fieldset__legend rm-group__legend">Quiet hours</legend>
        <InlineSwitch
          checked={quiet.enabled}
          onChange={(enabled) => {
            change({ quietHours: { ...quiet, enabled } })
          }}
        >
          No reminders at all during quiet hours
        </InlineSwitch>
        <ClockRangeFields
          start={{
            id: 'rm-quiet-start',
            label: 'Quiet from',
            hint: 'e.g. 22:30',
            value: quiet.start,
            error: errors['quietHours.start'],
          }}
          end={{
            id: 'rm-quiet-end',
            label: 'Quiet until',
            hint: 'e.g. 07:00, the next morning',
            value: quiet.end,
            error: errors['quietHours.end'],
          }}
          onChange={(patch) => {
            change({ quietHours: { ...quiet, ...patch } })
          }}
        />
      </fieldset>
      <TextField
        id="rm-idle"
        label="Away from the computer for"
        hint="Counts as a break: the move reminder starts again when you are back, and nothing shows while you are away."
        suffix="min"
        {...clockInputProps}
        value={draft.idleThresholdMin}
        error={errors.idleThresholdMin}
        onValueChange={(idleThresholdMin) => {
          change({ idleThresholdMin })
        }}
      />
    </>
  )
}
