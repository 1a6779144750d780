import { AlertIcon } from '../../../components/icons'

/** A problem under a field or a group of choices; its id goes in the control's aria-describedby. */
export function ErrorLine({ id, message }: { id: string; message: string | undefined }) {
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
