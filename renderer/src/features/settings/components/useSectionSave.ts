import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { useState } from 'react'
import type { SettingsPatch } from '@shared/domain/settings'
import { fieldErrorsFrom } from '@renderer/lib/ipc'
import { useUpdateSettings } from '../queries'

export type FieldErrors = Record<string, string>

/**
 * Save state for one settings section: field errors from main's issues
 * (keyed by setting name), a "Saved" flag, and pending. Drafts live in the
 * section, so a failed save never touches what the user typed.
 */
export function useSectionSave() {
  const update = useUpdateSettings()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState(false)

  const save = async (patch: SettingsPatch): Promise<boolean> => {
    setSaved(false)
    try {
      await update.mutateAsync(patch)
      setErrors({})
      setSaved(true)
      return true
    } catch (error) {
      // Non-field failures are raised as toasts by the mutation cache.
      setErrors(fieldErrorsFrom(error))
      return false
    }
  }

  return {
    save,
    errors,
    setErrors,
    saved,
    clearSaved: () => {
      setSaved(false)
    },
    pending: update.isPending,
  }
}

/** After a failed save, the keyboard goes to the first field to fix (one rule for every form). */
export { useFocusFirstInvalid }
