import { describedBy, FieldError } from '@renderer/components/form/FieldError'
import '../form.css'

const words = [
  'No pain',
  'Barely',
  'Mild',
  'Mild',
  'Moderate',
  'Moderate',
  'Strong',
  'Strong',
  'Severe',
  'Severe',
  'Worst imaginable',
]

interface PainScaleProps {
  name?: string
  /** "" until chosen, then "0"-"10". */
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  size?: 'normal' | 'large'
}

/** Peak pain 0-10 as a row of radios, with the chosen value spelled out beside the legend. */
export function PainScale({
  name = 'pain',
  value,
  onChange,
  error,
  size = 'normal',
}: PainScaleProps) {
  const hintId = `${name}-hint`
  const errorId = error ? `${name}-error` : undefined
  const chosen = value === '' ? null : Number(value)
  return (
    <fieldset
      className={`fieldset pain-scale pain-scale--${size}`}
      data-field={name}
      aria-describedby={describedBy(hintId, errorId)}
      data-invalid={error ? '' : undefined}
    >
      <legend className="fieldset__legend">Pain at its worst</legend>
      <p id={hintId} className="field__hint">
        0 is no pain, 10 the worst you can imagine.
      </p>
      <div className="pain-scale__row">
        {words.map((word, n) => (
          <label key={n} className="pain-scale__option" title={word}>
            <input
              type="radio"
              name={name}
              value={String(n)}
              checked={chosen === n}
              onChange={() => {
                onChange(String(n))
              }}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="pain-scale__value" aria-hidden="true">
        {chosen === null ? 'Not chosen yet' : `${chosen} of 10 · ${words[chosen] ?? ''}`}
      </p>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  )
}
