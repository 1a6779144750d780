import { useQuery } from '@tanstack/react-query'
import { FieldError } from '@renderer/components/form/FieldError'
import { SaveStatus, SectionHeader } from '@renderer/components/SectionHeader'
import { useSectionSave, settingsQueries } from '@renderer/features/settings'
import { PowerIcon } from './icons'

/** Applies as soon as it is switched, like the theme: nothing to type. */
export function LaunchAtLoginSection() {
  const settings = useQuery(settingsQueries.get())
  const { save, errors, saved } = useSectionSave()
  const on = settings.data?.settings.launchAtLogin ?? false
  return (
    <section className="card settings-section" aria-labelledby="startup-title">
      <SectionHeader id="startup-title" icon={<PowerIcon />} title="Start with your computer">
        Reminders only come while Limber is running. It waits quietly in the tray.
      </SectionHeader>
      <label className="rm-inline-check">
        <input
          type="checkbox"
          role="switch"
          className="rm-switch"
          checked={on}
          disabled={!settings.data}
          aria-describedby={errors.launchAtLogin ? 'launch-error' : undefined}
          onChange={(event) => void save({ launchAtLogin: event.target.checked })}
        />
        Start Limber in the tray when I log in
      </label>
      <FieldError id="launch-error" message={errors.launchAtLogin} />
      <SaveStatus saved={saved} />
    </section>
  )
}
