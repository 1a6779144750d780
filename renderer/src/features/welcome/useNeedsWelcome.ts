import { useQuery } from '@tanstack/react-query'
import { settingsQueries } from '@renderer/features/settings'

/**
 * True once settings say the welcome was neither finished nor skipped. While
 * settings load (or if they cannot), the app shows as usual: the welcome is
 * a help, never a wall.
 */
export function useNeedsWelcome(): boolean {
  const settings = useQuery(settingsQueries.get())
  return settings.data?.settings.welcomeDone === false
}
