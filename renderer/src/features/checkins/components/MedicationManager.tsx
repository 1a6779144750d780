import { Button } from '@renderer/components/Button'
import { useState, type KeyboardEvent } from 'react'
import type { Medication, MedicationKind } from '@shared/domain/checkin'
import { TextField } from '@renderer/components/TextField'
import { fieldErrorsFrom } from '@renderer/lib/ipc'
import { FieldError } from '@renderer/components/form/FieldError'
import { isLocalDate } from '../dates'
import { medicationKindLabels } from '../labels'
import { useSaveMedication } from '../queries'

interface MedicationManagerProps {
  medications: readonly Medication[]
  /** Announced after a change ("Added Furosemide."). */
  onChanged: (message: string) => void
}

interface NewMedication {
  name: string
  kind: MedicationKind
  startedOn: string
}

const blank: NewMedication = { name: '', kind: 'other', startedOn: '' }

/**
 * Add a medication, or archive one no longer taken (old check-ins keep
 * naming it). Not a nested form: Enter in a field adds, and never submits
 * the check-in around it.
 */
export function MedicationManager({ medications, onChanged }: MedicationManagerProps) {
  const save = useSaveMedication()
  const [draft, setDraft] = useState<NewMedication>(blank)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const active = medications.filter((m) => !m.archived)
  const archived = medications.filter((m) => m.archived)

  const add = async () => {
    if (save.isPending) return
    const startedOn = draft.startedOn.trim()
    if (startedOn !== '' && !isLocalDate(startedOn)) {
      setErrors({ startedOn: 'Use a date like 2025-03-31, or leave it empty.' })
      return
    }
    try {
      const saved = await save.mutateAsync({
        name: draft.name,
        kind: draft.kind,
        startedOn: startedOn === '' ? null : startedOn,
      })
      setDraft(blank)
      setErrors({})
      onChanged(`Added ${saved.name}.`)
      document.getElementById('medication-name')?.focus()
    } catch (error) {
      setErrors(fieldErrorsFrom(error))
    }
  }

  const setArchived = async (medication: Medication, archivedNow: boolean) => {
    try {
      const { id, name, kind, startedOn } = medication
      await save.mutateAsync({ id, name, kind, startedOn, archived: archivedNow })
      onChanged(
        archivedNow ? `${name} moved to “no longer taking”.` : `${name} is back in your list.`,
      )
    } catch {
      // The mutation cache shows a toast; the list is unchanged.
    }
  }

  const addOnEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void add()
  }

  return (
    <div className="med-manager">
      {active.length + archived.length > 0 ? (
        <ul className="med-list">
          {[...active, ...archived].map((m) => (
            <li key={m.id} className="med-list__item">
              <span>
                <span className="med-list__name">{m.name}</span>{' '}
                <span className="med-list__meta">
                  {medicationKindLabels[m.kind]}
                  {m.startedOn ? ` · since ${m.startedOn}` : ''}
                  {m.archived ? ' · no longer taking' : ''}
                </span>
              </span>
              <Button tone="quiet" onClick={() => void setArchived(m, !m.archived)}>
                {m.archived ? `Restore ${m.name}` : `Archive ${m.name}`}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="fieldset med-add">
        <legend className="fieldset__legend">Add a medication</legend>
        <FieldError id="medication-form-error" message={errors['']} />
        <div className="med-add__fields">
          <TextField
            id="medication-name"
            label="Name"
            value={draft.name}
            maxLength={100}
            autoComplete="off"
            error={errors.name}
            onKeyDown={addOnEnter}
            onValueChange={(name) => {
              setDraft((d) => ({ ...d, name }))
            }}
          />
          <div className="field">
            <label className="field__label" htmlFor="medication-kind">
              Kind
            </label>
            <select
              id="medication-kind"
              className="select"
              value={draft.kind}
              aria-describedby={errors.kind ? 'medication-kind-error' : undefined}
              onChange={(event) => {
                setDraft((d) => ({ ...d, kind: event.target.value as MedicationKind }))
              }}
            >
              {(Object.keys(medicationKindLabels) as MedicationKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {medicationKindLabels[kind]}
                </option>
              ))}
            </select>
            <FieldError id="medication-kind-error" message={errors.kind} />
          </div>
          <TextField
            id="medication-started"
            label="Started on (optional)"
            placeholder="2025-03-31"
            hint="Year-month-day"
            value={draft.startedOn}
            autoComplete="off"
            inputMode="numeric"
            error={errors.startedOn}
            onKeyDown={addOnEnter}
            onValueChange={(startedOn) => {
              setDraft((d) => ({ ...d, startedOn }))
            }}
          />
        </div>
        <div className="form-actions">
          <Button aria-disabled={save.isPending || undefined} onClick={() => void add()}>
            Add medication
          </Button>
        </div>
      </fieldset>
    </div>
  )
}
