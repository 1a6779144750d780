import { Button } from '@renderer/components/Button'
import { useState } from 'react'
import { PlusIcon } from '../components/icons'
import { exerciseOptions } from './StepFields'

/** Pick an exercise and add it as a new step, with its how-to and cue filled in. */
export function AddStep({
  onAdd,
  invalid,
}: {
  onAdd: (exerciseId: string) => void
  invalid: boolean
}) {
  const [exerciseId, setExerciseId] = useState(exerciseOptions[0]?.value ?? '')
  return (
    <div className="add-step">
      <div className="field">
        <label className="field__label" htmlFor="add-step-exercise">
          Add a step
        </label>
        <select
          id="add-step-exercise"
          className="select"
          value={exerciseId}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'routine-steps-error' : undefined}
          data-invalid={invalid ? '' : undefined}
          onChange={(event) => {
            setExerciseId(event.target.value)
          }}
        >
          {exerciseOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button
        onClick={() => {
          onAdd(exerciseId)
        }}
      >
        <PlusIcon size={16} />
        Add step
      </Button>
    </div>
  )
}
