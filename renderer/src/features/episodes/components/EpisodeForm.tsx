import { SubmitButton } from '@renderer/components/form/SubmitButton'
import { Button } from '@renderer/components/Button'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { useRef, useState, type ReactNode, type SubmitEvent } from 'react'
import type { EpisodeInput } from '@shared/domain/episode'
import { Notice } from '@renderer/components/Notice'
import { isIpcError } from '@renderer/lib/ipc'
import { mainNow } from '@renderer/lib/main-clock'
import {
  errorsFromIssues,
  fieldOrder,
  toEpisodeInput,
  type DraftErrors,
  type DraftField,
  type EpisodeDraft,
} from '../draft'
import { useStoredDraft } from '../draft-store'
import { contextOptions, muscleOptions, sideOptions } from '../labels'
import { useNow } from '@renderer/lib/use-now'
import { ChoiceGroup } from './ChoiceGroup'
import { DurationField } from './DurationField'
import { FormSection } from './FormSection'
import { OptionalSections } from './OptionalSections'
import { PainScale } from './PainScale'
import { WhenField } from './WhenField'
import '../form.css'

const fieldNames: Record<DraftField, string> = {
  '': 'Entry',
  when: 'When it started',
  duration: 'How long it lasted',
  side: 'Which leg',
  muscle: 'Which muscle',
  pain: 'Pain',
  context: 'What you were doing',
  triggers: 'Suspected triggers',
  relief: 'Relief you used',
  reliefBest: 'Which helped most',
  symptoms: 'Signs that came with it',
  soreness: 'Soreness the next day',
  legChanged: 'Since the cramp',
  notes: 'Notes',
}

interface EpisodeFormProps {
  /** Where the half-filled form is kept ("log", "entry:<id>"). */
  storageKey: string
  initial: () => EpisodeDraft
  /** Applied once on top of the starting draft (e.g. "last night" from Today). */
  preset?: (draft: EpisodeDraft) => EpisodeDraft
  /** New entries get quick time choices; edits show the entry's date and time. */
  mode: 'new' | 'edit'
  submitLabel: string
  /**
   * Saves and resolves with the form's next clean state; rejects with an
   * IpcError on failure (the form keeps everything typed).
   */
  save: (input: EpisodeInput) => Promise<EpisodeDraft>
  onSaved: () => void
  /** More buttons beside Save (Cancel, Delete). */
  actions?: ReactNode
}

/** Log or edit a cramp: the essentials first, then clearly optional details. */
export function EpisodeForm({
  storageKey,
  initial,
  preset,
  mode,
  submitLabel,
  save,
  onSaved,
  actions,
}: EpisodeFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const { draft, update, reset, restored } = useStoredDraft(storageKey, initial, preset)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [pending, setPending] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const now = useNow(30_000)
  useFocusFirstInvalid(formRef, focusRequest)

  const change = (patch: Partial<EpisodeDraft>) => {
    update(patch)
    // A fixed answer stops being flagged as soon as it changes.
    const touched = Object.keys(patch).map((k) =>
      k === 'date' || k === 'time' ? 'when' : k === 'minutes' || k === 'seconds' ? 'duration' : k,
    )
    if (touched.some((k) => k in errors)) {
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([k]) => !touched.includes(k))),
      )
    }
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const checked = toEpisodeInput(draft, mainNow())
    if (!checked.ok) {
      setErrors(checked.errors)
      setFocusRequest((n) => n + 1)
      return
    }
    setPending(true)
    try {
      const next = await save(checked.input)
      setErrors({})
      reset(next)
      onSaved()
    } catch (error) {
      // Other failures are toasts (mutation cache); what was typed stays either way.
      if (isIpcError(error) && error.issues.length > 0) {
        setErrors(errorsFromIssues(error.issues))
        setFocusRequest((n) => n + 1)
      }
    } finally {
      setPending(false)
    }
  }

  const problems = fieldOrder.filter((f) => errors[f] !== undefined)
  return (
    <form
      ref={formRef}
      className="episode-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {restored ? (
        <Notice title="Your unsaved answers are still here">
          <p>Limber kept what you had filled in before you left this form.</p>
          <div>
            <Button
              onClick={() => {
                setErrors({})
                reset(initial())
              }}
            >
              {mode === 'new' ? 'Start over' : 'Discard changes'}
            </Button>
          </div>
        </Notice>
      ) : null}
      {problems.length > 0 ? (
        <Notice
          tone="danger"
          title={
            problems.length === 1
              ? 'One answer needs a look'
              : `${problems.length} answers need a look`
          }
        >
          <ul className="list list--plain">
            {problems.map((field) => (
              <li key={field}>
                {field === '' ? null : <strong>{fieldNames[field]}: </strong>}
                {errors[field]}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <FormSection id="essentials-title" title="The essentials">
        <WhenField
          draft={draft}
          update={change}
          error={errors.when}
          now={now}
          quickChoices={mode === 'new'}
        />
        <DurationField draft={draft} update={change} error={errors.duration} />
        <ChoiceGroup
          name="side"
          legend="Which leg?"
          options={sideOptions}
          value={draft.side}
          onChange={(side) => {
            change({ side })
          }}
          error={errors.side}
        />
        <ChoiceGroup
          name="muscle"
          legend="Which muscle?"
          options={muscleOptions}
          value={draft.muscle}
          onChange={(muscle) => {
            change({ muscle })
          }}
          error={errors.muscle}
        />
        <PainScale
          value={draft.pain}
          onChange={(pain) => {
            change({ pain })
          }}
          error={errors.pain}
        />
        <ChoiceGroup
          name="context"
          legend="What were you doing?"
          options={contextOptions}
          value={draft.context}
          onChange={(context) => {
            change({ context })
          }}
          error={errors.context}
        />
      </FormSection>
      <OptionalSections draft={draft} update={change} errors={errors} />
      <div className="episode-form__actions">
        <SubmitButton pending={pending} size="large">
          {submitLabel}
        </SubmitButton>
        {actions}
      </div>
    </form>
  )
}
