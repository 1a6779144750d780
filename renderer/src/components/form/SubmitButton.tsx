import type { ReactNode } from 'react'
import { Button, type ButtonSize } from '@renderer/components/Button'

interface SubmitButtonProps {
  /** While saving, the label says so; the button stays focusable (aria-disabled) and the form ignores a second press. */
  pending: boolean
  size?: ButtonSize
  children: ReactNode
}

/** A form's one main action: primary, submits, and reads "Saving…" while it works. */
export function SubmitButton({ pending, size, children }: SubmitButtonProps) {
  return (
    <Button type="submit" tone="primary" size={size} aria-disabled={pending || undefined}>
      {pending ? 'Saving…' : children}
    </Button>
  )
}
