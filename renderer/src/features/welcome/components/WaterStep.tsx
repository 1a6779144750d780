import type { WaterUnit } from '@shared/domain/settings'
import { TextField } from '@renderer/components/TextField'
import { convertTargetText, targetHint } from '@renderer/features/settings'
import type { StepProps } from './steps'

const units: readonly { value: WaterUnit; label: string }[] = [
  { value: 'glasses', label: 'Glasses' },
  { value: 'ml', label: 'Millilitres' },
]

export function WaterStep({ draft, errors, change }: StepProps) {
  return (
    <>
      <p className="welcome__lead">
        Aim to drink steadily through the day rather than a lot at once. With kidney disease or a
        fluid limit from your clinician, follow their advice over any target here.
      </p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Count water in</legend>
        <div className="choices">
          {units.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name="welcome-water-unit"
                value={option.value}
                checked={draft.waterUnit === option.value}
                onChange={() => {
                  change({
                    waterUnit: option.value,
                    waterTarget: convertTargetText(
                      draft.waterTarget,
                      draft.waterUnit,
                      option.value,
                    ),
                  })
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id="welcome-water-target"
        label="Daily water target"
        hint={targetHint(draft.waterUnit)}
        suffix={draft.waterUnit === 'ml' ? 'ml' : 'glasses'}
        className="input--short"
        inputMode="decimal"
        autoComplete="off"
        value={draft.waterTarget}
        error={errors.waterTargetMl}
        onValueChange={(waterTarget) => {
          change({ waterTarget })
        }}
      />
    </>
  )
}
