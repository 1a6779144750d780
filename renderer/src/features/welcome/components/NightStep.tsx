import { TextField } from '../../../components/TextField'
import type { StepProps } from './steps'

const short = { className: 'input--short', autoComplete: 'off', inputMode: 'numeric' } as const

export function NightStep({ draft, errors, change }: StepProps) {
  return (
    <>
      <p className="welcome__lead">
        Cramps you log between these times count as night cramps, so Limber can tell you if they
        mostly come at night.
      </p>
      <div className="form-row">
        <TextField
          id="welcome-night-start"
          label="Night starts"
          hint="24-hour time, e.g. 22:00"
          {...short}
          value={draft.nightStart}
          error={errors.nightStart}
          onValueChange={(nightStart) => {
            change({ nightStart })
          }}
        />
        <TextField
          id="welcome-night-end"
          label="Night ends"
          hint="24-hour time, e.g. 07:00"
          {...short}
          value={draft.nightEnd}
          error={errors.nightEnd}
          onValueChange={(nightEnd) => {
            change({ nightEnd })
          }}
        />
      </div>
    </>
  )
}
