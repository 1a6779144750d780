import { Button } from '@renderer/components/Button'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { useLayoutEffect, useRef, useState, type SubmitEvent } from 'react'
import { useNavigate } from 'react-router'
import type { ReminderSettings } from '@shared/domain/reminders'
import type { Settings } from '@shared/domain/settings'
import { LeafIcon } from '@renderer/components/icons'
import { useSaveReminderSettings } from '@renderer/features/reminders'
import type { DraftErrors } from '@renderer/features/reminders'
import { useUpdateSettings } from '@renderer/features/settings'
import { stepErrors, toSave, welcomeDraftFrom, welcomeSteps, type WelcomeDraft } from '../draft'
import { IntroStep } from './IntroStep'
import { NightStep } from './NightStep'
import { RemindersStep } from './RemindersStep'
import { stepTitles, type StepProps } from './steps'
import { WaterStep } from './WaterStep'
import { WorkStep } from './WorkStep'
import '../welcome.css'

const stepViews = {
  intro: IntroStep,
  work: WorkStep,
  night: NightStep,
  water: WaterStep,
  reminders: RemindersStep,
} satisfies Record<(typeof welcomeSteps)[number], (props: StepProps) => React.ReactNode>

/**
 * First run: a few calm steps, each with Back, Next and "Skip setup". Skip
 * and Finish both mark the welcome done; nothing else is saved on Skip.
 */
export function WelcomeScreen({
  settings,
  reminders,
}: {
  settings: Settings
  reminders: ReminderSettings
}) {
  const navigate = useNavigate()
  const [draft, setDraft] = useState<WelcomeDraft>(() => welcomeDraftFrom(settings, reminders))
  const [index, setIndex] = useState(0)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [failedTries, setFailedTries] = useState(0)
  const updateSettings = useUpdateSettings()
  const saveReminders = useSaveReminderSettings()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const first = useRef(true)
  const step = welcomeSteps[index] ?? 'intro'
  const last = index === welcomeSteps.length - 1
  const busy = updateSettings.isPending || saveReminders.isPending
  const Step = stepViews[step]

  useLayoutEffect(() => {
    // Each new step starts at its heading, so screen readers hear where they are.
    if (first.current) {
      first.current = false
      return
    }
    headingRef.current?.focus()
  }, [index])

  // After a refused Next (not on every keystroke), the keyboard goes to the
  // first field to fix, once the errors are on screen.
  useFocusFirstInvalid(formRef, failedTries)

  const change = (patch: Partial<WelcomeDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    if (Object.keys(errors).length > 0) setErrors(stepErrors(step, next))
  }

  const leave = () => void navigate('/today', { replace: true })

  const skip = () => {
    if (!busy) updateSettings.mutate({ welcomeDone: true }, { onSuccess: leave })
  }

  const next = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const found = stepErrors(step, draft)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setFailedTries((tries) => tries + 1)
      return
    }
    if (!last) {
      setIndex(index + 1)
      return
    }
    const save = toSave(draft)
    if (!save) return
    try {
      await saveReminders.mutateAsync(save.reminders)
      await updateSettings.mutateAsync(save.settings)
      leave()
    } catch {
      // The mutations raise a toast; every answer stays as typed.
    }
  }

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <form
        ref={formRef}
        className="welcome__panel"
        onSubmit={(event) => void next(event)}
        noValidate
      >
        <div className="welcome__top">
          <span className="brand__mark">
            <LeafIcon size={18} />
          </span>
          <p className="welcome__progress">
            Step {index + 1} of {welcomeSteps.length}
          </p>
        </div>
        <h1 id="welcome-title" ref={headingRef} tabIndex={-1} className="welcome__title">
          {stepTitles[step]}
        </h1>
        <Step draft={draft} errors={errors} change={change} />
        <div className="welcome__actions">
          <Button tone="quiet" onClick={skip}>
            Skip setup
          </Button>
          <span className="welcome__spacer" />
          {index > 0 ? (
            <Button
              onClick={() => {
                setErrors({})
                setIndex(index - 1)
              }}
            >
              Back
            </Button>
          ) : null}
          <Button type="submit" tone="primary" aria-disabled={busy || undefined}>
            {last ? 'Finish' : index === 0 ? 'Get started' : 'Next'}
          </Button>
        </div>
      </form>
    </main>
  )
}
