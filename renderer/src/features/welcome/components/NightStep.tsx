import { ClockRangeFields } from '@renderer/components/ClockRangeFields'
import type { StepProps } from './steps'

export function NightStep({ draft, errors, change }: StepProps) {
  return (
    <>
      <p className="welcome__lead">
        Cramps you log between these times count as night cramps, so Limber can tell you if they
        mostly come at night.
      </p>
      <ClockRangeFields
        start={{
          id: 'welcome-night-start',
          label: 'Night starts',
          hint: '24-hour time, e.g. 22:00',
          value: draft.nightStart,
          error: errors.nightStart,
        }}
        end={{
          id: 'welcome-night-end',
          label: 'Night ends',
          hint: '24-hour time, e.g. 07:00',
          value: draft.nightEnd,
          error: errors.nightEnd,
        }}
        onChange={({ start, end }) => {
          change({ nightStart: start ?? draft.nightStart, nightEnd: end ?? draft.nightEnd })
        }}
      />
    </>
  )
}
