import { AlertIcon } from '../icons'

/**
 * The problem under a field, a group of choices (a fieldset) or the whole
 * form; its id goes in the control's aria-describedby.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field__error">
      <AlertIcon size={16} />
      <span>{message}</span>
    </p>
  )
}

/** ids for aria-describedby, skipping the ones not shown. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined
}
