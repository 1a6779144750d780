import { Button } from '@renderer/components/Button'
import { useRef, type SubmitEvent } from 'react'
import type { Settings } from '@shared/domain/settings'
import { MoonIcon } from '@renderer/components/icons'
import { ClockRangeFields } from '@renderer/components/ClockRangeFields'
import { FieldError } from '@renderer/components/form/FieldError'
import { SaveStatus, SectionHeader } from '@renderer/components/SectionHeader'
import { useDraft } from './useDraft'
import { useFocusFirstInvalid, useSectionSave } from './useSectionSave'

type NightProps = Pick<Settings, 'nightStart' | 'nightEnd'>

export function NightHoursSection({ nightStart, nightEnd }: NightProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const { draft, update, reset } = useDraft({ nightStart, nightEnd })
  const { save, errors, saved, clearSaved, pending } = useSectionSave()
  useFocusFirstInvalid(formRef, errors)

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const patch = { nightStart: draft.nightStart.trim(), nightEnd: draft.nightEnd.trim() }
    if (await save(patch)) reset(patch)
  }

  return (
    <section className="card settings-section" aria-labelledby="night-title">
      <SectionHeader id="night-title" icon={<MoonIcon />} title="Night hours">
        Cramps logged between these times count as night cramps.
      </SectionHeader>
      <form
        ref={formRef}
        className="settings-form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <FieldError id="night-form-error" message={errors['']} />
        <ClockRangeFields
          start={{
            id: 'night-start',
            label: 'Night starts',
            hint: '24-hour time, e.g. 22:00',
            value: draft.nightStart,
            error: errors.nightStart,
          }}
          end={{
            id: 'night-end',
            label: 'Night ends',
            hint: '24-hour time, e.g. 07:00',
            value: draft.nightEnd,
            error: errors.nightEnd,
          }}
          onChange={({ start, end }) => {
            clearSaved()
            update({ nightStart: start ?? draft.nightStart, nightEnd: end ?? draft.nightEnd })
          }}
        />
        <div className="form-actions">
          <Button type="submit" tone="primary" aria-disabled={pending || undefined}>
            Save night hours
          </Button>
          <SaveStatus saved={saved} />
        </div>
      </form>
    </section>
  )
}
