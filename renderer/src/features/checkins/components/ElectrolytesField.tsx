import type { ElectrolyteGroup } from '@shared/domain/checkin'
import { electrolyteHints, electrolyteLabels } from '../labels'

/** The four electrolyte groups, each with CONTENT.md's food examples as its hint. */
export function ElectrolytesField({
  value,
  onChange,
}: {
  value: ElectrolyteGroup[]
  onChange: (value: ElectrolyteGroup[]) => void
}) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Foods rich in electrolytes</legend>
      <div className="electrolytes">
        {(Object.keys(electrolyteLabels) as ElectrolyteGroup[]).map((group) => (
          <label key={group} className="choice choice--check choice--card">
            <input
              type="checkbox"
              checked={value.includes(group)}
              aria-describedby={`electrolyte-${group}-hint`}
              onChange={(event) => {
                onChange(
                  event.target.checked ? [...value, group] : value.filter((g) => g !== group),
                )
              }}
            />
            <span className="choice__text">
              <span className="choice__label">{electrolyteLabels[group]}</span>
              <span id={`electrolyte-${group}-hint`} className="choice__hint">
                {electrolyteHints[group]}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
