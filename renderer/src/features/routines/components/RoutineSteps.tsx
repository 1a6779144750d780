import type { Routine } from '@shared/domain/routines/schema'
import { ExerciseFigure } from '../illustrations/ExerciseFigure'
import { stepSummary } from '../format'

/** A routine's steps as read-only cards: picture, how-to and the cue. */
export function RoutineSteps({ routine }: { routine: Routine }) {
  return (
    <ol className="routine-steps">
      {routine.steps.map((step, index) => (
        <li key={`${index}-${step.exerciseId}`} className="routine-step">
          <ExerciseFigure
            exerciseId={step.exerciseId}
            title={step.name}
            className="routine-step__figure"
          />
          <div className="routine-step__body">
            <h3 className="routine-step__title">
              <span className="routine-step__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="visually-hidden">Step {index + 1}: </span>
              {step.name}
              {step.optional ? <span className="tag">Optional</span> : null}
            </h3>
            <p className="routine-step__summary">{stepSummary(step)}</p>
            <ul className="routine-step__howto">
              {step.howTo.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="routine-step__cue">{step.cue}</p>
          </div>
        </li>
      ))}
    </ol>
  )
}
