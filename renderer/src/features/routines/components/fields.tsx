import type { ReactNode } from 'react'
import { describedBy, FieldError } from '@renderer/components/form/FieldError'

interface SelectFieldProps<T extends string> {
  id: string
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  hint?: string
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  hint,
}: SelectFieldProps<T>) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={hintId}
        onChange={(event) => {
          const option = options.find((o) => o.value === event.target.value)
          if (option) onChange(option.value)
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

interface TextAreaFieldProps {
  id: string
  label: string
  value: string
  onValueChange: (value: string) => void
  hint?: string
  error?: string | undefined
  rows?: number
}

export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  rows = 4,
}: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input routine-textarea"
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => {
          onValueChange(event.target.value)
        }}
      />
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

interface RadioGroupProps<T extends string> {
  name: string
  legend: ReactNode
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}

/** Real radios in a fieldset: arrow keys move between them. */
export function RadioGroup<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value)
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
