import type { ReactNode } from 'react'
import type { Option } from '../labels'
import { describedBy, FieldError } from '@renderer/components/form/FieldError'
import '../form.css'

interface CheckGroupProps<T extends string> {
  name: string
  legend: ReactNode
  options: readonly Option<T>[]
  values: readonly T[]
  onChange: (values: T[]) => void
  hint?: ReactNode
  error?: string | undefined
}

/** Any number of answers: a fieldset of checkboxes, each with an optional short hint. */
export function CheckGroup<T extends string>({
  name,
  legend,
  options,
  values,
  onChange,
  hint,
  error,
}: CheckGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  const toggle = (value: T, on: boolean) => {
    // Keep the list in the options' order so saved entries read the same way.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v))))
  }
  return (
    <fieldset
      className="fieldset ep-check-group"
      data-field={name}
      data-invalid={error ? '' : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="ep-check-list">
        {options.map((option) => {
          const labelId = `${name}-${option.value}-label`
          const optionHint = option.hint ? `${name}-${option.value}-hint` : undefined
          return (
            <label key={option.value} className="ep-check">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={values.includes(option.value)}
                // The name is the label alone; the hint is read as its description.
                aria-labelledby={labelId}
                aria-describedby={optionHint}
                onChange={(event) => {
                  toggle(option.value, event.target.checked)
                }}
              />
              <span className="ep-check__text">
                <span id={labelId} className="ep-check__label">
                  {option.label}
                </span>
                {option.hint ? (
                  <span id={optionHint} className="ep-check__hint">
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </label>
          )
        })}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  )
}
