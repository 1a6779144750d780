import type { InputHTMLAttributes } from 'react'
import { AlertIcon } from './icons'

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'>

interface TextFieldProps extends NativeProps {
  id: string
  label: string
  value: string
  onValueChange: (value: string) => void
  hint?: string
  /** Shown under the field and announced with it; the typed value stays. */
  error?: string | undefined
  /** A unit after the input, e.g. "glasses". */
  suffix?: string
}

/**
 * A text input with its label, hint and error wired up for assistive tech.
 * Always type="text" so whatever the user typed survives a failed save
 * (number and time inputs silently drop values they cannot parse).
 */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  suffix,
  className,
  ...rest
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          {...rest}
          id={id}
          type="text"
          className={`input ${className ?? ''}`.trim()}
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {suffix ? <span className="field__suffix">{suffix}</span> : null}
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <AlertIcon size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  )
}
