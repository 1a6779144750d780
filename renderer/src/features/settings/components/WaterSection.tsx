import { Button } from '@renderer/components/Button'
import { useRef, type SubmitEvent } from 'react'
import type { Settings, WaterUnit } from '@shared/domain/settings'
import { DropletIcon } from '@renderer/components/icons'
import { TextField } from '@renderer/components/TextField'
import { convertTargetText, formatTarget, parseTarget, targetHint } from '../water'
import { FieldError } from '@renderer/components/form/FieldError'
import { SaveStatus, SectionHeader } from '@renderer/components/SectionHeader'
import { useDraft } from './useDraft'
import { useFocusFirstInvalid, useSectionSave } from './useSectionSave'

type WaterProps = Pick<Settings, 'waterUnit' | 'waterTargetMl'>

const units: readonly { value: WaterUnit; label: string }[] = [
  { value: 'glasses', label: 'Glasses' },
  { value: 'ml', label: 'Millilitres' },
]

export function WaterSection({ waterUnit, waterTargetMl }: WaterProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const { draft, update, reset } = useDraft<{ unit: WaterUnit; target: string }>({
    unit: waterUnit,
    target: formatTarget(waterTargetMl, waterUnit),
  })
  const { save, errors, setErrors, saved, clearSaved, pending } = useSectionSave()
  useFocusFirstInvalid(formRef, errors)

  const chooseUnit = (unit: WaterUnit) => {
    clearSaved()
    // Same amount, new unit: switching never changes the target by itself.
    update({ unit, target: convertTargetText(draft.target, draft.unit, unit) })
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const parsed = parseTarget(draft.target, draft.unit)
    if (!parsed.ok) {
      setErrors({ waterTargetMl: parsed.message })
      return
    }
    if (await save({ waterUnit: draft.unit, waterTargetMl: parsed.ml })) {
      reset({ unit: draft.unit, target: formatTarget(parsed.ml, draft.unit) })
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="water-title">
      <SectionHeader id="water-title" icon={<DropletIcon />} title="Water">
        How you count what you drink, and how much you aim for each day.
      </SectionHeader>
      <form
        ref={formRef}
        className="settings-form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <FieldError id="water-form-error" message={errors['']} />
        <fieldset
          className="fieldset"
          aria-describedby={errors.waterUnit ? 'water-unit-error' : undefined}
        >
          <legend className="fieldset__legend">Unit</legend>
          <div className="choices">
            {units.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name="waterUnit"
                  value={option.value}
                  checked={draft.unit === option.value}
                  onChange={() => {
                    chooseUnit(option.value)
                  }}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError id="water-unit-error" message={errors.waterUnit} />
        <TextField
          id="water-target"
          label="Daily target"
          hint={targetHint(draft.unit)}
          suffix={draft.unit === 'ml' ? 'ml' : 'glasses'}
          className="input--short"
          inputMode="decimal"
          autoComplete="off"
          value={draft.target}
          error={errors.waterTargetMl}
          onValueChange={(value) => {
            clearSaved()
            update({ target: value })
          }}
        />
        <div className="form-actions">
          <Button type="submit" tone="primary" aria-disabled={pending || undefined}>
            Save water settings
          </Button>
          <SaveStatus saved={saved} />
        </div>
      </form>
    </section>
  )
}
