import { TextField } from '@renderer/components/TextField'
import type { DurationChoice, EpisodeDraft } from '../draft'
import { bucketOptions, type Option } from '../labels'
import { ChoiceGroup } from './ChoiceGroup'

const durationOptions: readonly Option<DurationChoice>[] = [
  ...bucketOptions,
  { value: 'exact', label: 'Exact length' },
  { value: 'unknown', label: 'Not sure' },
]

interface DurationFieldProps {
  draft: EpisodeDraft
  update: (patch: Partial<EpisodeDraft>) => void
  error: string | undefined
}

export function DurationField({ draft, update, error }: DurationFieldProps) {
  const exact = draft.duration === 'exact'
  return (
    <ChoiceGroup
      name="duration"
      legend="How long did it last?"
      options={durationOptions}
      value={draft.duration}
      onChange={(duration) => {
        update({ duration })
      }}
      // With the exact fields shown, they carry the error themselves.
      error={exact ? undefined : error}
    >
      {exact ? (
        <div className="form-row ep-form-row">
          <TextField
            id="duration-minutes"
            label="Minutes"
            inputMode="numeric"
            autoComplete="off"
            className="input--short"
            value={draft.minutes}
            error={error}
            onValueChange={(minutes) => {
              update({ minutes })
            }}
          />
          <TextField
            id="duration-seconds"
            label="Seconds"
            inputMode="numeric"
            autoComplete="off"
            className="input--short"
            value={draft.seconds}
            onValueChange={(seconds) => {
              update({ seconds })
            }}
          />
        </div>
      ) : null}
    </ChoiceGroup>
  )
}
