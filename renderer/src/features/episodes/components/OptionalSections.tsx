import type { Relief } from '@shared/domain/episode'
import type { DraftErrors, EpisodeDraft } from '../draft'
import { NOTES_MAX } from '../draft'
import {
  legChangedOptions,
  reliefOptions,
  sorenessOptions,
  symptomOptions,
  triggerOptions,
  type Option,
} from '../labels'
import { CheckGroup } from './CheckGroup'
import { ChoiceGroup } from './ChoiceGroup'
import { describedBy, FieldError } from '@renderer/components/form/FieldError'
import { FormSection } from './FormSection'

interface SectionProps {
  draft: EpisodeDraft
  update: (patch: Partial<EpisodeDraft>) => void
  errors: DraftErrors
}

/** The details after the essentials: each section can be left for later. */
export function OptionalSections({ draft, update, errors }: SectionProps) {
  return (
    <>
      <FormSection id="triggers-title" title="What might have set it off" optional>
        <CheckGroup
          name="triggers"
          legend="Suspected triggers"
          hint="Pick any that fit. Guesses are fine: patterns show up over time."
          options={triggerOptions}
          values={draft.triggers}
          onChange={(triggers) => {
            update({ triggers })
          }}
          error={errors.triggers}
        />
      </FormSection>
      <ReliefSection draft={draft} update={update} errors={errors} />
      <FormSection id="symptoms-title" title="Anything that came with it" optional>
        <CheckGroup
          name="symptoms"
          legend="Signs that came with the cramp"
          hint="Some of these are worth mentioning to a clinician; Limber points them out when they show up."
          options={symptomOptions}
          values={draft.symptoms}
          onChange={(symptoms) => {
            update({ symptoms })
          }}
          error={errors.symptoms}
        />
      </FormSection>
      <FormSection
        id="later-title"
        title="Afterwards"
        optional
        lead="You can come back and add these later."
      >
        <ChoiceGroup
          name="soreness"
          legend="Soreness the next day"
          options={sorenessOptions}
          value={draft.soreness}
          onChange={(soreness) => {
            update({ soreness })
          }}
          error={errors.soreness}
        />
        <CheckGroup
          name="legChanged"
          legend="Since the cramp"
          hint="Worth mentioning to a clinician; Limber points it out when you tick it."
          options={legChangedOptions}
          values={draft.legChanged ? ['yes'] : []}
          onChange={(values) => {
            update({ legChanged: values.includes('yes') })
          }}
          error={errors.legChanged}
        />
        <div className="field" data-field="notes" data-invalid={errors.notes ? '' : undefined}>
          <label className="field__label" htmlFor="notes">
            Notes
          </label>
          <textarea
            id="notes"
            className="input ep-textarea"
            rows={4}
            value={draft.notes}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={describedBy('notes-count', errors.notes && 'notes-error')}
            onChange={(event) => {
              update({ notes: event.target.value })
            }}
          />
          <p id="notes-count" className="field__hint">
            {draft.notes.length > NOTES_MAX - 500
              ? `${(NOTES_MAX - draft.notes.length).toLocaleString('en')} characters left`
              : 'Anything else worth remembering.'}
          </p>
          <FieldError id="notes-error" message={errors.notes} />
        </div>
      </FormSection>
    </>
  )
}

function ReliefSection({ draft, update, errors }: SectionProps) {
  const used: readonly Option<Relief | 'none'>[] = [
    ...reliefOptions.filter((o) => draft.relief.includes(o.value)),
    { value: 'none', label: 'Nothing stood out' },
  ]
  return (
    <FormSection id="relief-title" title="What you did about it" optional>
      <CheckGroup
        name="relief"
        legend="Relief you used"
        options={reliefOptions}
        values={draft.relief}
        onChange={(relief) => {
          // What helped most must be one of what was used.
          const best =
            draft.reliefBest !== '' && relief.includes(draft.reliefBest) ? draft.reliefBest : ''
          update({ relief, reliefBest: best })
        }}
        error={errors.relief}
      />
      {draft.relief.length > 0 ? (
        <ChoiceGroup
          name="reliefBest"
          legend="Which helped most?"
          options={used}
          value={draft.reliefBest === '' ? 'none' : draft.reliefBest}
          onChange={(best) => {
            update({ reliefBest: best === 'none' ? '' : best })
          }}
          error={errors.reliefBest}
        />
      ) : (
        <FieldError id="reliefBest-error" message={errors.reliefBest} />
      )}
    </FormSection>
  )
}
