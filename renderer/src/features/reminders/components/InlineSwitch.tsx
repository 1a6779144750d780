import type { ReactNode } from 'react'

/** A checkbox drawn as a switch, with its label beside it (the reminder settings' on/off rows). */
export function InlineSwitch({
  checked,
  onChange,
  children,
  disabled,
  describedBy,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  disabled?: boolean
  describedBy?: string | undefined
}) {
  return (
    <label className="rm-inline-check">
      <input
        type="checkbox"
        role="switch"
        className="rm-switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.checked)
        }}
      />
      {children}
    </label>
  )
}
