import { Button } from '@renderer/components/Button'
import { useState } from 'react'
import type { Medication } from '@shared/domain/checkin'
import { medicationKindLabels } from '../labels'
import { MedicationManager } from './MedicationManager'

interface MedicationsFieldProps {
  medications: readonly Medication[]
  selected: string[]
  onChange: (ids: string[]) => void
  /** Polite announcements from the manager. */
  onAnnounce: (message: string) => void
}

/** Which of the user's medications were taken, and a small manager for the list. */
export function MedicationsField({
  medications,
  selected,
  onChange,
  onAnnounce,
}: MedicationsFieldProps) {
  const [managing, setManaging] = useState(false)
  // Archived ones stay visible where an old check-in already names them.
  const shown = medications.filter((m) => !m.archived || selected.includes(m.id))
  const toggle = (id: string, on: boolean) => {
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id))
  }
  return (
    <div className="medications">
      {shown.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Taken this day</legend>
          <div className="choices choices--stack">
            {shown.map((m) => (
              <label key={m.id} className="choice choice--check">
                <input
                  type="checkbox"
                  checked={selected.includes(m.id)}
                  onChange={(event) => {
                    toggle(m.id, event.target.checked)
                  }}
                />
                <span>
                  {m.name}
                  <span className="choice__hint">
                    {' '}
                    {medicationKindLabels[m.kind]}
                    {m.archived ? ', no longer taking' : ''}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="field__hint">
          No medications in your list. Add the ones you take regularly to tick them off each day.
        </p>
      )}
      <div>
        <Button
          tone="quiet"
          aria-expanded={managing}
          aria-controls="medication-manager"
          onClick={() => {
            setManaging((open) => !open)
          }}
        >
          <span className="disclosure-mark" aria-hidden="true">
            {managing ? '▾' : '▸'}
          </span>
          Manage medications
        </Button>
      </div>
      <div id="medication-manager" hidden={!managing}>
        {managing ? <MedicationManager medications={medications} onChanged={onAnnounce} /> : null}
      </div>
    </div>
  )
}
