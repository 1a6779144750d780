import type { ReactNode } from 'react'

interface ChoiceGroupProps<V> {
  name: string
  legend: string
  value: V
  options: readonly { value: V; label: string; hint?: string }[]
  onChange: (value: V) => void
  hint?: ReactNode
  /** Tighter chips, for rows of many short choices. */
  compact?: boolean
}

/** Radio buttons in a fieldset, drawn as the app's choice chips. */
export function ChoiceGroup<V extends string | number | null>({
  name,
  legend,
  value,
  options,
  onChange,
  hint,
  compact = false,
}: ChoiceGroupProps<V>) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? <p className="field__hint choice-group__hint">{hint}</p> : null}
      <div className={compact ? 'choices choices--compact' : 'choices'}>
        {options.map((option) => (
          <label key={String(option.value)} className="choice">
            <input
              type="radio"
              name={name}
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
