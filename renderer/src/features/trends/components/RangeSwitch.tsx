import { rangeOptions, type TrendsRange } from '../range'

interface RangeSwitchProps {
  value: TrendsRange
  onChange: (range: TrendsRange) => void
}

/** The period every chart covers: real radios, styled as a segmented control. */
export function RangeSwitch({ value, onChange }: RangeSwitchProps) {
  return (
    <fieldset className="fieldset range-switch">
      <legend className="fieldset__legend">Period</legend>
      <div className="choices">
        {rangeOptions.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="trends-range"
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
