import type { ReactNode } from 'react'
import type { Option } from '../labels'
import { describedBy, FieldError } from '@renderer/components/form/FieldError'
import '../form.css'

interface ChoiceGroupProps<T extends string> {
  /** Field name; also the radios' name and the anchor for errors (`data-field`). */
  name: string
  legend: ReactNode
  options: readonly Option<T>[]
  value: T | ''
  onChange: (value: T) => void
  hint?: ReactNode
  error?: string | undefined
  /** `large` for the cramp-now answers, read at arm's length. */
  size?: 'normal' | 'large'
  children?: ReactNode
}

/** One answer from a few: a fieldset of real radios (arrow keys move between them). */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  size = 'normal',
  children,
}: ChoiceGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  return (
    <fieldset
      className={`fieldset ep-choice-group ep-choice-group--${size}`}
      data-field={name}
      aria-describedby={describedBy(hintId, errorId)}
      data-invalid={error ? '' : undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
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
            <span>
              {option.label}
              {option.hint ? <span className="choice__hint"> ({option.hint})</span> : null}
            </span>
          </label>
        ))}
      </div>
      {children}
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  )
}
