import { Button } from '@renderer/components/Button'
import type { KeyboardEvent } from 'react'
import { ExerciseFigure } from '../illustrations/ExerciseFigure'
import { ArrowDownIcon, ArrowUpIcon, EditIcon, TrashIcon } from '../components/icons'
import type { DraftErrors, StepDraft } from './draft'
import { StepFields } from './StepFields'
import { draftSummary } from './summary'

interface StepCardProps {
  step: StepDraft
  index: number
  count: number
  expanded: boolean
  errors: DraftErrors
  onToggle: () => void
  onChange: (patch: Partial<StepDraft>) => void
  onExercise: (exerciseId: string) => void
  onMove: (to: number) => void
  onRemove: () => void
}

export function stepTitle(step: StepDraft): string {
  return step.name.trim() || 'Untitled step'
}

/**
 * One step in the editor: a header that can be moved (buttons, or Alt+↑/↓
 * anywhere inside the step) and the step's fields, shown on demand.
 */
export function StepCard(props: StepCardProps) {
  const { step, index, count, expanded, errors, onToggle, onMove, onRemove } = props
  const title = stepTitle(step)
  const headingId = `step-${step.key}-title`
  const hasErrors = Object.keys(errors).some((k) => k.startsWith(`step:${step.key}.`))
  const first = index === 0
  const last = index === count - 1

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key === 'ArrowUp' && !first) {
      event.preventDefault()
      onMove(index - 1)
    } else if (event.key === 'ArrowDown' && !last) {
      event.preventDefault()
      onMove(index + 1)
    }
  }

  return (
    <li
      className={`step-card${hasErrors ? ' step-card--invalid' : ''}`}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="step-card__header">
        <span className="step-card__number" aria-hidden="true">
          {index + 1}
        </span>
        <ExerciseFigure exerciseId={step.exerciseId} className="step-card__figure" />
        <div className="step-card__text">
          <h3 id={headingId} className="step-card__title" tabIndex={-1}>
            <span className="visually-hidden">Step {index + 1}: </span>
            {title}
          </h3>
          <p className="step-card__summary">{draftSummary(step)}</p>
          {hasErrors && !expanded ? <p className="field__error">Needs a fix</p> : null}
        </div>
        <div className="step-card__actions">
          <button
            type="button"
            className="icon-button step-card__move"
            aria-label={`Move ${title} up`}
            aria-disabled={first || undefined}
            aria-keyshortcuts="Alt+ArrowUp"
            onClick={() => {
              if (!first) onMove(index - 1)
            }}
          >
            <ArrowUpIcon size={18} />
          </button>
          <button
            type="button"
            className="icon-button step-card__move"
            aria-label={`Move ${title} down`}
            aria-disabled={last || undefined}
            aria-keyshortcuts="Alt+ArrowDown"
            onClick={() => {
              if (!last) onMove(index + 1)
            }}
          >
            <ArrowDownIcon size={18} />
          </button>
          <Button
            tone="quiet"
            aria-expanded={expanded}
            aria-controls={expanded ? `step-${step.key}-fields` : undefined}
            aria-label={`${expanded ? 'Close' : 'Edit'} ${title}`}
            onClick={onToggle}
          >
            <EditIcon size={16} />
            {expanded ? 'Close' : 'Edit'}
          </Button>
          <button
            type="button"
            className="icon-button rt-icon-button--danger"
            aria-label={`Remove ${title}`}
            onClick={onRemove}
          >
            <TrashIcon size={18} />
          </button>
        </div>
      </div>
      {expanded ? (
        <StepFields
          step={step}
          errors={errors}
          onChange={props.onChange}
          onExercise={props.onExercise}
        />
      ) : null}
    </li>
  )
}
