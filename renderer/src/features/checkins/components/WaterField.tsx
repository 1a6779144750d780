import type { WaterUnit } from '@shared/domain/settings'
import { ML_PER_GLASS } from '@shared/domain/checkin-basics'
import { parseWater, waterLabel, waterProgress, waterText, MAX_WATER_ML } from '../water'
import { Stepper } from './Stepper'

interface WaterFieldProps {
  value: string
  unit: WaterUnit
  targetMl: number
  error: string | undefined
  onValueChange: (value: string) => void
}

/** Water so far, in the user's unit, against the daily target from Settings. */
export function WaterField({ value, unit, targetMl, error, onValueChange }: WaterFieldProps) {
  const parsed = parseWater(value, unit)
  const ml = parsed.ok ? parsed.ml : 0
  const share = waterProgress(ml, targetMl)
  const percent = Math.round(share * 100)
  const glasses = unit === 'glasses'
  const amount = `${waterLabel(ml, unit)} of ${waterLabel(targetMl, unit)}`
  return (
    <div className="water">
      <div className="water__summary">
        <p className="water__amount" id="water-progress-label">
          <span className="water__big">{waterText(ml, unit)}</span>{' '}
          <span className="water__of">of {waterLabel(targetMl, unit)}</span>
        </p>
        <div
          className="meter"
          role="progressbar"
          aria-labelledby="water-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${amount}, ${percent}% of your daily target`}
        >
          <div
            className={`meter__fill${share >= 1 ? ' meter__fill--done' : ''}`}
            style={{ width: `${percent}%` }}
          />
        </div>
        <p className="field__hint">
          {parsed.ok ? (share >= 1 ? 'Daily target reached. ' : `${100 - percent}% to go. `) : ''}
          Sip steadily through the day rather than all at once.
        </p>
      </div>
      <Stepper
        id="checkin-water"
        label="Water today"
        value={value}
        onValueChange={onValueChange}
        step={glasses ? 1 : 250}
        max={glasses ? MAX_WATER_ML / ML_PER_GLASS : MAX_WATER_ML}
        suffix={glasses ? 'glasses' : 'ml'}
        hint={
          glasses
            ? 'A glass is 250 ml. Change the unit or target in Settings.'
            : 'Change the unit or target in Settings.'
        }
        error={error}
        lessLabel={glasses ? 'One glass less' : '250 ml less'}
        moreLabel={glasses ? 'One glass more' : '250 ml more'}
      />
    </div>
  )
}
