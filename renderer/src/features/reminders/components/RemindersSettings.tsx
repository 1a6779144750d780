import { buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { SectionHeader } from '@renderer/components/SectionHeader'
import { reminderQueries } from '../queries'
import { hoursSummary, reminderSummary } from '../summary'
import { BellIcon } from './icons'
import { CrampShortcutSection } from './CrampShortcutSection'
import { LaunchAtLoginSection } from './LaunchAtLoginSection'

/**
 * Settings → Reminders: what is on, at a glance, and the way to the full
 * form (its own screen, with the live preview); then "start with the computer".
 */
export function RemindersSettings() {
  const query = useQuery(reminderQueries.settings())
  const lines = query.data ? reminderSummary(query.data.settings) : []
  return (
    <>
      <section className="card settings-section" aria-labelledby="reminders-title">
        <SectionHeader id="reminders-title" icon={<BellIcon />} title="Reminders">
          Small nudges while you work: to move, drink and stretch.
        </SectionHeader>
        {query.data ? (
          <>
            {lines.length > 0 ? (
              <ul className="list" aria-label="Reminders that are on">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>All reminders are off.</p>
            )}
            <p className="field__hint">{hoursSummary(query.data.settings)}</p>
          </>
        ) : query.isError ? (
          <p className="field__hint">Your reminder settings could not be loaded.</p>
        ) : (
          <p className="field__hint" role="status">
            Loading your reminders…
          </p>
        )}
        <div>
          <Link to="/settings/reminders" className={buttonClass()}>
            Change reminders
          </Link>
        </div>
      </section>
      <LaunchAtLoginSection />
      <CrampShortcutSection />
    </>
  )
}
