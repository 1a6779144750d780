import { useQuery } from '@tanstack/react-query'
import { appQueries } from '../features/app/queries'
import { settingsQueries } from '../features/settings/queries'
import { useAppliedTheme } from './theme'

/**
 * Keeps <html data-theme> in step with Settings. Settings live in the
 * database, so while it is quarantined (or still loading) the system theme
 * applies.
 */
export function ThemeSync() {
  const storage = useQuery(appQueries.storageStatus())
  const settings = useQuery({
    ...settingsQueries.get(),
    enabled: storage.data?.state === 'ok',
  })
  useAppliedTheme(settings.data?.settings.theme ?? 'system')
  return null
}
