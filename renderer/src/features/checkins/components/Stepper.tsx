import { Button } from '@renderer/components/Button'
import { AlertIcon } from '@renderer/components/icons'

interface StepperProps {
  id: string
  label: string
  value: string
  onValueChange: (value: string) => void
  step: number
  max: number
  suffix?: string
  hint?: string
  error?: string | undefined
  /** Accessible names for the buttons, e.g. "One more caffeine drink". */
  lessLabel: string
  moreLabel: string
}

/**
 * A number typed as text (so a mistake stays visible to fix) between − and +
 * buttons for the usual one-step change. At a limit the button says so
 * (aria-disabled) but keeps focus, so keyboard users are not dropped.
 */
export function Stepper({
  id,
  label,
  value,
  onValueChange,
  step,
  max,
  suffix,
  hint,
  error,
  lessLabel,
  moreLabel,
}: StepperProps) {
  const current = Number(value.trim().replace(',', '.'))
  const base = Number.isFinite(current) ? current : 0
  const set = (next: number) => {
    onValueChange(String(Math.min(max, Math.max(0, Math.round(next * 10) / 10))))
  }
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const atMin = base <= 0
  const atMax = base >= max
  return (
    <div className="field stepper">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="stepper__row">
        <Button
          className="stepper__button"
          aria-label={lessLabel}
          aria-disabled={atMin || undefined}
          onClick={() => {
            if (!atMin) set(base - step)
          }}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <input
          id={id}
          type="text"
          className="input stepper__input"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
        <Button
          className="stepper__button"
          aria-label={moreLabel}
          aria-disabled={atMax || undefined}
          onClick={() => {
            if (!atMax) set(base + step)
          }}
        >
          <span aria-hidden="true">+</span>
        </Button>
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
