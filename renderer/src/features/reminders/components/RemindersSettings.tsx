import { useQuery } from '@tanstack/react-query'
import { BellIcon } from './icons'
import { SectionHeader } from '../../settings/components/SectionHeader'
import { reminderQueries } from '../queries'
import { LaunchAtLoginSection } from './LaunchAtLoginSection'
import { ReminderSettingsForm } from './ReminderSettingsForm'

/** Settings → Reminders, then "start with the computer" (which keeps them coming). */
export function RemindersSettings() {
  const query = useQuery(reminderQueries.settings())
  return (
    <>
      <section className="card settings-section" aria-labelledby="reminders-title">
        <SectionHeader id="reminders-title" icon={<BellIcon />} title="Reminders">
          Small nudges while you work: to move, drink and stretch. Turn each one on or off and
          choose when it comes.
        </SectionHeader>
        {query.data ? (
          <ReminderSettingsForm saved={query.data.settings} />
        ) : query.isError ? (
          <p className="field__hint">Your reminder settings could not be loaded.</p>
        ) : (
          <p className="field__hint" role="status">
            Loading your reminders…
          </p>
        )}
      </section>
      <LaunchAtLoginSection />
    </>
  )
}
