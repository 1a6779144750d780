import { Button } from '@renderer/components/Button'
import { useFocusFirstInvalid } from '@renderer/components/form/focus-first-invalid'
import { format } from 'date-fns'
import { useRef, useState, type SubmitEvent } from 'react'
import type { CheckInDay } from '@shared/contract/checkins'
import type { Medication } from '@shared/domain/checkin'
import { emptyCheckIn } from '@shared/domain/checkin-basics'
import type { WaterUnit } from '@shared/domain/settings'
import { isIpcError } from '@renderer/lib/ipc'
import {
  draftFrom,
  errorsFromIssues,
  parseDraft,
  sameAs,
  sameDraft,
  type CheckInDraft,
  type CheckInErrors,
} from '../draft'
import { unsavedCheckIns } from '../draft-store'
import { sleepLabels } from '../labels'
import { useSaveCheckIn } from '../queries'
import { ChoiceGroup } from './ChoiceGroup'
import { ElectrolytesField } from './ElectrolytesField'
import { ErrorSummary } from '@renderer/components/form/ErrorSummary'
import { SubmitButton } from '@renderer/components/form/SubmitButton'
import { ImportedSessions } from '@renderer/features/workouts'
import { ExerciseSessions } from './ExerciseSessions'
import { MedicationsField } from './MedicationsField'
import { previousDayName, SameAsYesterday } from './SameAsYesterday'
import { Stepper } from './Stepper'
import { WaterField } from './WaterField'

interface CheckInFormProps {
  date: string
  day: CheckInDay
  unit: WaterUnit
  targetMl: number
  medications: readonly Medication[]
}

/** Fields shown next to their input; any other problem is listed above the form. */
const placed = /^(waterMl|caffeineDrinks|sittingHours|exercise\.\d+\.(type|minutes))$/

const sleepOptions = [
  { value: null, label: 'Not rated' },
  ...([1, 2, 3, 4, 5] as const).map((n) => ({
    value: n,
    label: `${n} ${sleepLabels[n].toLowerCase()}`,
  })),
]

const nightOptions = [
  { value: null, label: 'Not answered' },
  { value: 'none' as const, label: 'No cramps' },
  { value: 'cramps' as const, label: 'Yes, cramps' },
]

/** One day's check-in. What is typed survives errors and leaving the screen until saved. */
export function CheckInForm({ date, day, unit, targetMl, medications }: CheckInFormProps) {
  const save = useSaveCheckIn()
  // A morning answer given on Today is there before any check-in is.
  const blank = { ...emptyCheckIn(date), nightReport: day.night?.report ?? null }
  const savedDraft = draftFrom(day.checkIn ?? blank, unit)
  const [base, setBase] = useState(savedDraft)
  const [draft, setDraft] = useState(() => unsavedCheckIns.get(date, unit) ?? savedDraft)
  const [errors, setErrors] = useState<CheckInErrors>({})
  const [status, setStatus] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)

  // Saved data changed (this save, or another window): follow it unless the user is mid-edit.
  if (!sameDraft(base, savedDraft)) {
    setBase(savedDraft)
    if (sameDraft(draft, base)) setDraft(savedDraft)
  }
  const dirty = !sameDraft(draft, savedDraft)

  const change = (patch: Partial<CheckInDraft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    setStatus('')
    if (sameDraft(next, savedDraft)) unsavedCheckIns.forget(date)
    else unsavedCheckIns.set(next, unit)
  }

  useFocusFirstInvalid(formRef, errors, summaryRef)

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (save.isPending) return
    const parsed = parseDraft(draft, unit)
    if (!parsed.ok) {
      setErrors(parsed.errors)
      setStatus('')
      return
    }
    try {
      const saved = await save.mutateAsync(parsed.fields)
      unsavedCheckIns.forget(date)
      const fresh = draftFrom(saved, unit)
      setBase(fresh)
      setDraft(fresh)
      setErrors({})
      setStatus(`Check-in saved at ${format(saved.updatedAt, 'HH:mm')}.`)
    } catch (error) {
      // Non-field failures also raise a toast; the draft is untouched either way.
      setErrors(isIpcError(error) && error.issues.length > 0 ? errorsFromIssues(error.issues) : {})
    }
  }

  const activeIds = new Set(medications.filter((m) => !m.archived).map((m) => m.id))
  const unplaced = Object.entries(errors).filter(([key]) => !placed.test(key))

  return (
    <form
      ref={formRef}
      className="checkin-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <SameAsYesterday
        previous={day.previous}
        onFill={(previous) => {
          change(sameAs(previous, draft, unit, activeIds))
          setErrors({})
          setStatus(`Filled in from ${previousDayName(previous)}. Check it, then save.`)
        }}
      />
      {Object.keys(errors).length > 0 ? (
        <ErrorSummary ref={summaryRef} title="Check-in not saved" unplaced={unplaced} />
      ) : null}

      <section className="card checkin-section" aria-labelledby="checkin-water-title">
        <h2 id="checkin-water-title">Water and food</h2>
        <WaterField
          value={draft.water}
          unit={unit}
          targetMl={targetMl}
          error={errors.waterMl}
          onValueChange={(water) => {
            change({ water })
          }}
        />
        <ElectrolytesField
          value={draft.electrolytes}
          onChange={(electrolytes) => {
            change({ electrolytes })
          }}
        />
        <Stepper
          id="checkin-caffeine"
          label="Caffeine drinks"
          hint="Coffee, tea, cola, energy drinks"
          value={draft.caffeine}
          step={1}
          max={30}
          error={errors.caffeineDrinks}
          lessLabel="One caffeine drink fewer"
          moreLabel="One caffeine drink more"
          onValueChange={(caffeine) => {
            change({ caffeine })
          }}
        />
        <p className="checkin-caution">
          With kidney disease, or a fluid or mineral limit from your clinician, their advice comes
          before any water or food tip here.
        </p>
      </section>

      <section className="card checkin-section" aria-labelledby="checkin-activity-title">
        <h2 id="checkin-activity-title">Activity</h2>
        <ExerciseSessions
          sessions={draft.exercise}
          errors={errors}
          onChange={(exercise) => {
            change({ exercise })
          }}
        />
        <ImportedSessions date={date} />
        <Stepper
          id="checkin-sitting"
          label="Hours sitting"
          hint="At a desk, driving or on the sofa, in total"
          value={draft.sitting}
          step={1}
          max={24}
          suffix="hours"
          error={errors.sittingHours}
          lessLabel="One hour less sitting"
          moreLabel="One hour more sitting"
          onValueChange={(sitting) => {
            change({ sitting })
          }}
        />
      </section>

      <section className="card checkin-section" aria-labelledby="checkin-night-title">
        <h2 id="checkin-night-title">Night and sleep</h2>
        <ChoiceGroup
          name="nightReport"
          legend="Any cramps last night?"
          value={draft.nightReport}
          options={nightOptions}
          onChange={(nightReport) => {
            change({ nightReport })
          }}
        />
        <ChoiceGroup
          name="sleepQuality"
          legend="How did you sleep?"
          compact
          value={draft.sleepQuality}
          options={sleepOptions}
          onChange={(sleepQuality) => {
            change({ sleepQuality })
          }}
        />
        <label className="choice choice--check checkin-single">
          <input
            type="checkbox"
            checked={draft.stretchedBeforeBed}
            onChange={(event) => {
              change({ stretchedBeforeBed: event.target.checked })
            }}
          />
          Stretched before bed
        </label>
      </section>

      <section className="card checkin-section" aria-labelledby="checkin-meds-title">
        <h2 id="checkin-meds-title">Medications</h2>
        <p className="card__text">
          Some diuretics, statins and blood-pressure medicines may contribute to cramps. If your
          cramps are new, frequent or severe, a medication review with your clinician is worth
          asking for. Do not stop a prescribed medicine on your own.
        </p>
        <MedicationsField
          medications={medications}
          selected={draft.medicationIds}
          onAnnounce={setStatus}
          onChange={(medicationIds) => {
            change({ medicationIds })
          }}
        />
      </section>

      <section className="card checkin-section" aria-labelledby="checkin-note-title">
        <h2 id="checkin-note-title">Note</h2>
        <div className="field">
          <label className="visually-hidden" htmlFor="checkin-note">
            Note
          </label>
          <textarea
            id="checkin-note"
            className="input textarea"
            rows={3}
            maxLength={5000}
            placeholder="Anything else about the day: new shoes, a long drive, a hot room…"
            value={draft.note}
            onChange={(event) => {
              change({ note: event.target.value })
            }}
          />
        </div>
      </section>

      <div className="checkin-savebar">
        <SubmitButton pending={save.isPending}>Save check-in</SubmitButton>
        {dirty ? (
          <Button
            tone="quiet"
            onClick={() => {
              unsavedCheckIns.forget(date)
              setDraft(savedDraft)
              setErrors({})
              setStatus('Changes discarded.')
            }}
          >
            Discard changes
          </Button>
        ) : null}
        <p className="form-status checkin-savebar__status" role="status">
          {status}
        </p>
        {dirty && !status ? <p className="checkin-savebar__dirty">Unsaved changes</p> : null}
      </div>
    </form>
  )
}
