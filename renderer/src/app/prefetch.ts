import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query'
import { journalQueries } from '../features/episodes/queries'
import { reminderQueries } from '../features/reminders/queries'
import { routinesQueries } from '../features/routines/queries'

/** The window opens on Today unless it was asked for another screen. */
function opensOnToday(): boolean {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? ''
  return path === '' || path === '/' || path === '/today'
}

/**
 * Asks main for what the window's frame and Today show while it is still answering the storage
 * check, instead of one round trip after it: the screen then mounts onto
 * answers already on their way. Quiet: a call that fails before Today is
 * there to show it (a quarantined journal, the recovery screen instead) is
 * forgotten, and Today asks again, and reports it, as it always has.
 */
export function prefetchToday(queryClient: QueryClient): void {
  // What every screen's frame asks for: the sidebar's reminders and whether
  // a cramp timer runs. (Not settings: ThemeSync asks only once storage is
  // known to be open, so the recovery screen keeps the system theme.)
  quietly(queryClient, reminderQueries.state())
  quietly(queryClient, journalQueries.live())
  if (!opensOnToday()) return
  quietly(queryClient, journalQueries.today())
  quietly(queryClient, journalQueries.list({}, 3))
  quietly(queryClient, routinesQueries.adherence())
}

function quietly<T, K extends QueryKey>(
  queryClient: QueryClient,
  query: QueryExecuteOptions<T, Error, T, T, K>,
): void {
  void queryClient
    .query({ ...query, meta: { errorToast: false } })
    .catch(() => undefined)
    .then(() => {
      const cached = queryClient.getQueryCache().find({ queryKey: query.queryKey, exact: true })
      if (cached?.state.status === 'error' && cached.getObserversCount() === 0)
        queryClient.removeQueries({ queryKey: query.queryKey, exact: true })
    })
}
