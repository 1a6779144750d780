import { Button } from '@renderer/components/Button'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { useRef, useState, type SubmitEvent } from 'react'
import type { ReminderSettings } from '@shared/domain/reminders'
import { isIpcError } from '@renderer/lib/ipc'
import { FieldError } from '@renderer/components/form/FieldError'
import { SaveStatus } from '@renderer/components/SectionHeader'
import { checkDraft, draftFrom, errorsFrom, type DraftErrors, type ReminderDraft } from '../draft'
import { useSaveReminderSettings } from '../queries'
import { BusyFields } from './BusyFields'
import { HoursFields } from './HoursFields'
import { KindFields } from './KindFields'
import { ReminderPreview } from './ReminderPreview'

/**
 * The reminder settings form. Problems are checked with main's own schema
 * before saving and shown next to their fields; after a failed save they
 * follow the user's edits, and nothing typed is ever reset by an error.
 */
export function ReminderSettingsForm({ saved }: { saved: ReminderSettings }) {
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<ReminderDraft>(() => draftFrom(saved))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [tried, setTried] = useState(false)
  const [done, setDone] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const save = useSaveReminderSettings()
  const check = checkDraft(draft)
  useFocusFirstInvalid(formRef, focusRequest)

  const change = (patch: Partial<ReminderDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    setDone(false)
    // Once a save has failed, messages come and go as the user fixes things.
    if (tried) {
      const result = checkDraft(next)
      setErrors(result.ok ? {} : result.errors)
    }
  }

  const fail = (found: DraftErrors) => {
    setTried(true)
    setErrors(found)
    setFocusRequest((n) => n + 1)
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (save.isPending) return
    setDone(false)
    if (!check.ok) {
      fail(check.errors)
      return
    }
    try {
      await save.mutateAsync(check.settings)
      setTried(false)
      setErrors({})
      setDone(true)
    } catch (error) {
      // Other failures become a toast (the mutation's meta); the draft stays as typed.
      if (isIpcError(error) && error.issues.length > 0) fail(errorsFrom(error.issues))
    }
  }

  return (
    <form
      ref={formRef}
      className="settings-form rm-form"
      aria-label="Reminders"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="rm-form__fields">
        <FieldError id="rm-form-error" message={errors['']} />
        <KindFields draft={draft} errors={errors} change={change} />
        <HoursFields draft={draft} errors={errors} change={change} />
        <BusyFields draft={draft} errors={errors} change={change} />
        <div className="form-actions">
          <Button type="submit" tone="primary" aria-disabled={save.isPending || undefined}>
            Save reminders
          </Button>
          <SaveStatus saved={done} />
        </div>
      </div>
      {/* Beside the fields on wide windows, so it stays in view while editing. */}
      <ReminderPreview settings={check.ok ? check.settings : check.previewable} />
    </form>
  )
}
