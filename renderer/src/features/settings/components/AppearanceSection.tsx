import type { Theme } from '@shared/domain/settings'
import { PaletteIcon } from '@renderer/components/icons'
import { useDraft } from './useDraft'
import { SaveStatus, SectionHeader } from '@renderer/components/SectionHeader'
import { useSectionSave } from './useSectionSave'
import { FieldError } from '@renderer/components/form/FieldError'

const themes: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Theme applies as soon as it is picked: there is nothing to type, so no Save button. */
export function AppearanceSection({ theme }: { theme: Theme }) {
  const { draft, update } = useDraft({ theme })
  const { save, errors, saved } = useSectionSave()

  const choose = (value: Theme) => {
    update({ theme: value })
    void save({ theme: value })
  }

  return (
    <section className="card settings-section" aria-labelledby="appearance-title">
      <SectionHeader id="appearance-title" icon={<PaletteIcon />} title="Appearance">
        System follows your computer’s light or dark setting.
      </SectionHeader>
      <fieldset className="fieldset" aria-describedby={errors.theme ? 'theme-error' : undefined}>
        <legend className="fieldset__legend">Theme</legend>
        <div className="choices">
          {themes.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name="theme"
                value={option.value}
                checked={draft.theme === option.value}
                onChange={() => {
                  choose(option.value)
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id="theme-error" message={errors.theme} />
      <SaveStatus saved={saved} />
    </section>
  )
}
