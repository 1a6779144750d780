import { useQuery } from '@tanstack/react-query'
import { Navigate } from 'react-router'
import { defaultReminderSettings } from '@shared/domain/reminders'
import { reminderQueries } from '@renderer/features/reminders/queries'
import { settingsQueries } from '@renderer/features/settings/queries'
import { WelcomeScreen } from '@renderer/features/welcome/components/WelcomeScreen'

/** /welcome: the first-run steps, full window (no sidebar yet). */
export function WelcomeRoute() {
  const settings = useQuery(settingsQueries.get())
  const reminders = useQuery(reminderQueries.settings())
  // Without settings the app cannot tell the welcome is due, so it opens as usual.
  if (settings.isError) return <Navigate to="/today" replace />
  // Unreadable reminder settings start from the defaults (Skip still works).
  const reminderSettings = reminders.isError ? defaultReminderSettings : reminders.data?.settings
  if (!settings.data || !reminderSettings) {
    return (
      <div className="splash" role="status">
        Opening Limber…
      </div>
    )
  }
  return <WelcomeScreen settings={settings.data.settings} reminders={reminderSettings} />
}
