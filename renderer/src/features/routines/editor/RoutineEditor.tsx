import { SubmitButton } from '@renderer/components/form/SubmitButton'
import { buttonClass } from '@renderer/components/Button'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { useLayoutEffect, useRef, useState, type SubmitEvent } from 'react'
import { Link } from 'react-router'
import type { Routine, RoutineKind } from '@shared/domain/routines/schema'
import { Notice } from '@renderer/components/Notice'
import { TextField } from '@renderer/components/TextField'
import { isIpcError } from '@renderer/lib/ipc'
import { FieldError } from '@renderer/components/form/FieldError'
import { SelectField } from '../components/fields'
import { kindLabels } from '../format'
import { useSaveRoutine } from '../queries'
import '../routines.css'
import { AddStep } from './AddStep'
import {
  errorsFrom,
  moved,
  newStepDraft,
  withExercise,
  type DraftErrors,
  type RoutineDraft,
  type StepDraft,
} from './draft'
import { StepCard, stepTitle } from './StepCard'
import { validateDraft } from './validate'

interface RoutineEditorProps {
  initial: RoutineDraft
  /** Where Cancel goes. */
  cancelTo: string
  onSaved: (routine: Routine) => void
}

const kindOptions = (Object.keys(kindLabels) as RoutineKind[]).map((value) => ({
  value,
  label: kindLabels[value],
}))

/**
 * The routine editor. The draft lives here and is never replaced by a
 * failed save: errors (the schema's own messages, checked here first and
 * again by main) show next to their fields and the first one takes focus.
 */
export function RoutineEditor({ initial, cancelTo, onSaved }: RoutineEditorProps) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  const [announcement, setAnnouncement] = useState('')
  const [focusInvalid, setFocusInvalid] = useState(0)
  const focusTarget = useRef<string | null>(null)
  const refocus = useRef<HTMLElement | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const save = useSaveRoutine()

  // Moving a step moves its DOM node, which drops focus; put it back.
  useLayoutEffect(() => {
    const element = refocus.current
    refocus.current = null
    if (element?.isConnected && document.activeElement !== element) element.focus()
  }, [draft.steps])

  useFocusFirstInvalid(formRef, focusInvalid)

  // A step added or removed: focus moves to where the user's attention goes next.
  useLayoutEffect(() => {
    if (focusTarget.current === null) return
    document.getElementById(focusTarget.current)?.focus()
    focusTarget.current = null
  })

  const announce = (text: string) => {
    // A trailing no-break space makes a repeated message a new one for screen readers.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text))
  }

  const clearErrors = (keys: string[]) => {
    if (!keys.some((k) => k in errors)) return
    setErrors((current) => {
      const next = { ...current }
      for (const key of keys) Reflect.deleteProperty(next, key)
      return next
    })
  }

  const update = (patch: Partial<Omit<RoutineDraft, 'steps'>>) => {
    setDraft((d) => ({ ...d, ...patch }))
    clearErrors(Object.keys(patch))
  }

  const updateStep = (key: string, change: (step: StepDraft) => StepDraft, fields: string[]) => {
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.key === key ? change(s) : s)) }))
    clearErrors(fields.map((f) => `step:${key}.${f}`))
  }

  const moveStep = (from: number, to: number) => {
    const step = draft.steps[from]
    if (step === undefined || to < 0 || to >= draft.steps.length) return
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDraft((d) => ({ ...d, steps: moved(d.steps, from, to) }))
    announce(`${stepTitle(step)} moved to position ${to + 1} of ${draft.steps.length}.`)
  }

  const removeStep = (index: number) => {
    const step = draft.steps[index]
    if (step === undefined) return
    setDraft((d) => ({ ...d, steps: d.steps.filter((s) => s.key !== step.key) }))
    announce(`${stepTitle(step)} removed.`)
    // Keep focus in the list: the step that took its place, or the add button.
    const neighbour = draft.steps[index + 1] ?? draft.steps[index - 1]
    focusTarget.current = neighbour ? `step-${neighbour.key}-title` : 'add-step-exercise'
  }

  const addStep = (exerciseId: string) => {
    const step = newStepDraft(exerciseId)
    setDraft((d) => ({ ...d, steps: [...d.steps, step] }))
    setExpanded((e) => new Set(e).add(step.key))
    clearErrors(['steps'])
    announce(`${stepTitle(step)} added as step ${draft.steps.length + 1}.`)
    focusTarget.current = `step-${step.key}-name`
  }

  const toggle = (key: string) => {
    setExpanded((current) => {
      const next = new Set(current)
      if (!next.delete(key)) next.add(key)
      return next
    })
  }

  const showErrors = (next: DraftErrors) => {
    setErrors(next)
    const invalidSteps = draft.steps.filter((s) =>
      Object.keys(next).some((k) => k.startsWith(`step:${s.key}.`)),
    )
    setExpanded((current) => new Set([...current, ...invalidSteps.map((s) => s.key)]))
    setFocusInvalid((n) => n + 1)
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (save.isPending) return
    setFormError(null)
    const checked = validateDraft(draft)
    if (!checked.ok) {
      showErrors(checked.errors)
      return
    }
    const submitted = draft
    save.mutate(checked.input, {
      onSuccess: onSaved,
      onError: (error) => {
        const fieldErrors = isIpcError(error) ? errorsFrom(error.issues, submitted) : {}
        if (Object.keys(fieldErrors).length > 0) showErrors(fieldErrors)
        else
          setFormError(
            isIpcError(error) ? error.message : 'Something unexpected happened. Nothing was saved.',
          )
      },
    })
  }

  const errorCount = Object.keys(errors).length

  return (
    <form ref={formRef} className="routine-editor" onSubmit={submit} noValidate>
      {formError ? (
        <Notice tone="danger" title="Routine not saved" role="alert">
          <p>{formError} What you typed is still here.</p>
        </Notice>
      ) : null}
      {errorCount > 0 ? (
        <Notice tone="warning" role="alert">
          <p>
            {errorCount === 1
              ? 'One thing needs a fix before saving. '
              : `${errorCount} things need a fix before saving. `}
            They are marked below; everything you typed is kept.
          </p>
        </Notice>
      ) : null}

      <section className="card routine-editor__section" aria-labelledby="routine-about-title">
        <h2 id="routine-about-title">About this routine</h2>
        <TextField
          id="routine-name"
          label="Name"
          value={draft.name}
          error={errors.name}
          autoComplete="off"
          onValueChange={(name) => {
            update({ name })
          }}
        />
        <TextField
          id="routine-description"
          label="Description"
          hint="One line for the routine list (optional)."
          value={draft.description}
          error={errors.description}
          autoComplete="off"
          onValueChange={(description) => {
            update({ description })
          }}
        />
        <div className="form-row">
          <SelectField
            id="routine-kind"
            label="Counts as"
            hint="Bedtime and warm-up routines count toward those habits."
            value={draft.kind}
            options={kindOptions}
            onChange={(kind) => {
              update({ kind })
            }}
          />
          <TextField
            id="routine-rounds"
            label="Rounds"
            hint="How many times to go through the steps (1 to 5)."
            className="input--short"
            inputMode="numeric"
            autoComplete="off"
            value={draft.rounds}
            error={errors.rounds}
            onValueChange={(rounds) => {
              update({ rounds })
            }}
          />
        </div>
      </section>

      <section className="routine-editor__section" aria-labelledby="routine-steps-title">
        <div className="rt-section-heading">
          <h2 id="routine-steps-title">Steps</h2>
          <p className="rt-section-heading__hint" id="routine-steps-hint">
            Reorder with the arrow buttons, or press Alt+↑ or Alt+↓ inside a step.
          </p>
        </div>
        {draft.steps.length === 0 ? (
          <p className="routine-editor__empty">No steps yet. Pick an exercise below to add one.</p>
        ) : (
          <ol className="step-list" aria-describedby="routine-steps-hint">
            {draft.steps.map((step, index) => (
              <StepCard
                key={step.key}
                step={step}
                index={index}
                count={draft.steps.length}
                expanded={expanded.has(step.key)}
                errors={errors}
                onToggle={() => {
                  toggle(step.key)
                }}
                onChange={(patch) => {
                  updateStep(step.key, (s) => ({ ...s, ...patch }), Object.keys(patch))
                }}
                onExercise={(exerciseId) => {
                  updateStep(step.key, (s) => withExercise(s, exerciseId), ['name', 'howTo', 'cue'])
                }}
                onMove={(to) => {
                  moveStep(index, to)
                }}
                onRemove={() => {
                  removeStep(index)
                }}
              />
            ))}
          </ol>
        )}
        <FieldError id="routine-steps-error" message={errors.steps} />
        <AddStep onAdd={addStep} invalid={Boolean(errors.steps)} />
      </section>

      <div className="form-actions routine-editor__actions">
        <SubmitButton pending={save.isPending}>Save routine</SubmitButton>
        <Link to={cancelTo} className={buttonClass()}>
          Cancel
        </Link>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  )
}
