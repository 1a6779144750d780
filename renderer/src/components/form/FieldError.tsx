import { AlertIcon } from '../icons'

/** An error under a group of controls (a fieldset), or the whole form. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field__error">
      <AlertIcon size={16} />
      <span>{message}</span>
    </p>
  )
}
