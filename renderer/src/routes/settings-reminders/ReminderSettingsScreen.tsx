import { QueryErrorNotice } from '@renderer/components/QueryError'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { ReminderSettingsForm } from '@renderer/features/reminders/components/ReminderSettingsForm'
import { reminderQueries } from '@renderer/features/reminders/queries'

/** settings/reminders: every reminder's schedule, the hours, and today's preview. */
export function ReminderSettingsScreen() {
  const query = useQuery(reminderQueries.settings())
  return (
    <div className="screen">
      <p>
        <Link to="/settings">Back to Settings</Link>
      </p>
      <ScreenHeader
        title="Reminders"
        lead="Turn each reminder on or off and choose when it comes. The preview shows what today would look like."
      />
      {query.data ? (
        <section className="card settings-section" aria-label="Reminder settings">
          <ReminderSettingsForm saved={query.data.settings} />
        </section>
      ) : query.isError ? (
        <QueryErrorNotice
          tone="danger"
          title="Limber couldn’t load your reminder settings"
          query={query}
        />
      ) : (
        <p className="field__hint" role="status">
          Loading your reminders…
        </p>
      )}
    </div>
  )
}
