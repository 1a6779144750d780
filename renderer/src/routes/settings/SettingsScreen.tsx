import { QueryErrorNotice } from '@renderer/components/QueryError'
import { useQuery } from '@tanstack/react-query'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { DataPrivacySection } from '@renderer/features/app/components/DataPrivacySection'
import { DataSection } from '@renderer/features/data/components/DataSection'
import { AppearanceSection } from '@renderer/features/settings/components/AppearanceSection'
import { NightHoursSection } from '@renderer/features/settings/components/NightHoursSection'
import { RemindersSettings } from '@renderer/features/reminders/components/RemindersSettings'
import { ProblemsNotice } from '@renderer/features/settings/components/ProblemsNotice'
import { WaterSection } from '@renderer/features/settings/components/WaterSection'
import { settingsQueries } from '@renderer/features/settings/queries'
import { YourDataSection } from '@renderer/features/transfer/components/YourDataSection'

export function SettingsScreen() {
  const query = useQuery(settingsQueries.get())
  return (
    <div className="screen">
      <ScreenHeader title="Settings" lead="Changes are saved on this computer." />
      {query.isPending ? (
        <p className="field__hint" role="status">
          Loading your settings…
        </p>
      ) : null}
      {query.isError ? (
        <QueryErrorNotice tone="danger" title="Limber couldn’t load your settings" query={query} />
      ) : null}
      {query.data ? (
        <>
          <ProblemsNotice problems={query.data.problems} />
          <AppearanceSection theme={query.data.settings.theme} />
          <NightHoursSection
            nightStart={query.data.settings.nightStart}
            nightEnd={query.data.settings.nightEnd}
          />
          <WaterSection
            waterUnit={query.data.settings.waterUnit}
            waterTargetMl={query.data.settings.waterTargetMl}
          />
          <RemindersSettings />
        </>
      ) : null}
      <YourDataSection />
      <DataSection />
      <DataPrivacySection />
    </div>
  )
}
