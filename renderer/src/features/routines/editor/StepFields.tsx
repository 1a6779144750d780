import { exercises } from '@shared/domain/routines/exercises'
import type { StepSide } from '@shared/domain/routines/schema'
import { TextField } from '@renderer/components/TextField'
import { RadioGroup, SelectField, TextAreaField } from '../components/fields'
import { sideLabels } from '../format'
import type { DraftErrors, StepDraft } from './draft'

interface StepFieldsProps {
  step: StepDraft
  errors: DraftErrors
  onChange: (patch: Partial<StepDraft>) => void
  onExercise: (exerciseId: string) => void
}

export const exerciseOptions: readonly { value: string; label: string }[] = exercises.map((e) => ({
  value: e.id,
  label: e.name,
}))

const sideOptions = (['each', 'left', 'right', 'both'] as const).map((value: StepSide) => ({
  value,
  label: sideLabels[value],
}))

const typeOptions = [
  { value: 'hold' as const, label: 'Timed hold' },
  { value: 'reps' as const, label: 'Sets × reps' },
]

/** Every editable part of one step; ids hang off the step's stable key. */
export function StepFields({ step, errors, onChange, onExercise }: StepFieldsProps) {
  const id = (field: string) => `step-${step.key}-${field}`
  const error = (field: string) => errors[`step:${step.key}.${field}`]
  const options = exerciseOptions.some((o) => o.value === step.exerciseId)
    ? exerciseOptions
    : [{ value: step.exerciseId, label: 'Other (general picture)' }, ...exerciseOptions]

  return (
    <div className="step-fields" id={id('fields')}>
      <div className="form-row">
        <SelectField
          id={id('exercise')}
          label="Exercise"
          hint="Sets the picture; a new pick fills in its wording unless you changed it."
          value={step.exerciseId}
          options={options}
          onChange={onExercise}
        />
        <TextField
          id={id('name')}
          label="Step name"
          value={step.name}
          error={error('name')}
          autoComplete="off"
          onValueChange={(name) => {
            onChange({ name })
          }}
        />
      </div>
      <TextAreaField
        id={id('howTo')}
        label="How to do it"
        hint="A few short lines, one per line (up to 6)."
        value={step.howTo}
        error={error('howTo')}
        onValueChange={(howTo) => {
          onChange({ howTo })
        }}
      />
      <TextField
        id={id('cue')}
        label="Cue"
        hint="The one thing to remember, shown large while you do it."
        value={step.cue}
        error={error('cue')}
        autoComplete="off"
        onValueChange={(cue) => {
          onChange({ cue })
        }}
      />
      <RadioGroup
        name={id('type')}
        legend="Type"
        value={step.modeType}
        options={typeOptions}
        onChange={(modeType) => {
          onChange({ modeType })
        }}
      />
      <div className="form-row rt-form-row--numbers">
        {step.modeType === 'hold' ? (
          <TextField
            id={id('holdSec')}
            label="Hold (seconds)"
            hint="5 s to 10 min; 1:30 works too."
            className="input--short"
            inputMode="numeric"
            autoComplete="off"
            value={step.holdSec}
            error={error('holdSec')}
            onValueChange={(holdSec) => {
              onChange({ holdSec })
            }}
          />
        ) : (
          <TextField
            id={id('reps')}
            label="Reps per set"
            hint="1 to 50; you tap Done when a set is finished."
            className="input--short"
            inputMode="numeric"
            autoComplete="off"
            value={step.reps}
            error={error('reps')}
            onValueChange={(reps) => {
              onChange({ reps })
            }}
          />
        )}
        <TextField
          id={id('sets')}
          label={step.modeType === 'hold' ? 'Times' : 'Sets'}
          hint="1 to 10."
          className="input--short"
          inputMode="numeric"
          autoComplete="off"
          value={step.sets}
          error={error('sets')}
          onValueChange={(sets) => {
            onChange({ sets })
          }}
        />
        <TextField
          id={id('restBetweenSetsSec')}
          label={
            step.modeType === 'hold' ? 'Rest between (seconds)' : 'Rest between sets (seconds)'
          }
          hint="0 to 300; used with 2 or more."
          className="input--short"
          inputMode="numeric"
          autoComplete="off"
          value={step.restBetweenSetsSec}
          error={error('restBetweenSetsSec')}
          onValueChange={(restBetweenSetsSec) => {
            onChange({ restBetweenSetsSec })
          }}
        />
      </div>
      <RadioGroup
        name={id('side')}
        legend="Side"
        value={step.side}
        options={sideOptions}
        onChange={(side) => {
          onChange({ side })
        }}
      />
      <div className="form-row rt-form-row--numbers">
        <TextField
          id={id('restAfterSec')}
          label="Rest after this step (seconds)"
          hint="0 to 300."
          className="input--short"
          inputMode="numeric"
          autoComplete="off"
          value={step.restAfterSec}
          error={error('restAfterSec')}
          onValueChange={(restAfterSec) => {
            onChange({ restAfterSec })
          }}
        />
        <div className="field step-fields__optional">
          <label className="rt-check">
            <input
              type="checkbox"
              checked={step.optional}
              aria-describedby={id('optional-hint')}
              onChange={(event) => {
                onChange({ optional: event.target.checked })
              }}
            />
            Optional step
          </label>
          <p id={id('optional-hint')} className="field__hint">
            Skipping it still counts the routine as done.
          </p>
        </div>
      </div>
    </div>
  )
}
