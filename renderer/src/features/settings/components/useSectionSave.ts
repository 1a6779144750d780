import { useLayoutEffect, useState, type RefObject } from 'react'
import type { SettingsPatch } from '../../../../../shared/domain/settings'
import { fieldErrorsFrom } from '../../../lib/ipc'
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

/** After a failed save, put the keyboard on the first field to fix. */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLElement | null>,
  errors: FieldErrors,
): void {
  useLayoutEffect(() => {
    if (Object.keys(errors).length === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors, formRef])
}
