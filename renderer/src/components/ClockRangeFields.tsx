import { TextField } from './TextField'

/** A clock-time field ("22:30"): short, digits keyboard, no autocomplete or spelling marks. */
export const clockInputProps = {
  className: 'input--short',
  autoComplete: 'off',
  spellCheck: false,
  inputMode: 'numeric',
} as const

export interface ClockEnd {
  id: string
  label: string
  hint: string
  value: string
  error?: string | undefined
}

interface ClockRangeFieldsProps {
  start: ClockEnd
  end: ClockEnd
  onChange: (patch: { start?: string; end?: string }) => void
}

/**
 * A from-to pair of clock times side by side: working hours, quiet hours,
 * night hours. Plain text fields, so a half-typed time survives a failed save.
 */
export function ClockRangeFields({ start, end, onChange }: ClockRangeFieldsProps) {
  return (
    <div className="form-row">
      {[
        { field: start, key: 'start' as const },
        { field: end, key: 'end' as const },
      ].map(({ field, key }) => (
        <TextField
          key={key}
          {...clockInputProps}
          id={field.id}
          label={field.label}
          hint={field.hint}
          value={field.value}
          error={field.error}
          onValueChange={(value) => {
            onChange({ [key]: value })
          }}
        />
      ))}
    </div>
  )
}
