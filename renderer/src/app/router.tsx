import { useState, type ComponentType } from 'react'
import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router'
import { RouteErrorFallback } from './RouteErrorFallback'
import { Layout } from './Layout'
import { TodayScreen } from '../routes/today/TodayScreen'

/**
 * Only Today, the screen the window opens on, ships in the start-up bundle;
 * every other screen is its own chunk, fetched when first visited. The
 * router loads it before it changes the location, so the current screen
 * stays until the next one can render whole, and the layout still moves
 * focus to the new screen's h1. A failed load lands in the errorElement.
 */
const screen =
  <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  async () => ({ Component: (await load())[name] })

/**
 * Opening the window straight on a screen that is not loaded yet (a reload,
 * or main asking for Journal at start-up) shows this until its code arrives.
 * The splash fades in late, so a quick load never flickers.
 */
const loading = (
  <div className="splash" role="status">
    Loading…
  </div>
)

/**
 * Hash history: the app is served from app://limber/index.html and, in the
 * harness, from a static server; neither can answer deep paths.
 */
export const routes: RouteObject[] = [
  // First run: full window, outside the shell (the layout sends new users here).
  {
    path: '/welcome',
    lazy: screen(() => import('../routes/welcome/WelcomeRoute'), 'WelcomeRoute'),
    hydrateFallbackElement: loading,
    errorElement: <RouteErrorFallback fullWindow />,
  },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorFallback fullWindow />,
    children: [
      {
        // A screen that throws shows the fallback inside the shell, so the
        // sidebar still works.
        errorElement: <RouteErrorFallback />,
        hydrateFallbackElement: loading,
        children: [
          { index: true, element: <Navigate to="/today" replace /> },
          { path: 'today', element: <TodayScreen /> },
          {
            path: 'journal',
            lazy: screen(() => import('../routes/journal/JournalScreen'), 'JournalScreen'),
          },
          {
            path: 'journal/log',
            lazy: screen(() => import('../routes/log/LogCrampScreen'), 'LogCrampScreen'),
          },
          {
            path: 'journal/entry/:id',
            lazy: screen(() => import('../routes/entry/EditEntryScreen'), 'EditEntryScreen'),
          },
          {
            path: 'check-in',
            lazy: screen(() => import('../routes/checkin/CheckInScreen'), 'CheckInScreen'),
          },
          {
            path: 'check-in/:date',
            lazy: screen(() => import('../routes/checkin/CheckInScreen'), 'CheckInScreen'),
          },
          {
            path: 'cramp-now',
            lazy: screen(() => import('../routes/cramp-now/CrampNowScreen'), 'CrampNowScreen'),
          },
          {
            path: 'routines',
            lazy: screen(() => import('../routes/routines/RoutinesScreen'), 'RoutinesScreen'),
          },
          {
            path: 'routines/new',
            lazy: screen(() => import('../routes/routines/RoutineEditScreen'), 'NewRoutineScreen'),
          },
          {
            path: 'routines/:id',
            lazy: screen(
              () => import('../routes/routines/RoutineDetailScreen'),
              'RoutineDetailScreen',
            ),
          },
          {
            path: 'routines/:id/edit',
            lazy: screen(() => import('../routes/routines/RoutineEditScreen'), 'RoutineEditScreen'),
          },
          {
            path: 'routines/:id/play',
            lazy: screen(() => import('../routes/routines/PlayerScreen'), 'PlayerScreen'),
          },
          {
            path: 'trends',
            lazy: screen(() => import('../routes/trends/TrendsScreen'), 'TrendsScreen'),
          },
          {
            path: 'trends/insights',
            lazy: screen(() => import('../routes/trends/InsightsScreen'), 'InsightsScreen'),
          },
          {
            path: 'trends/report',
            lazy: screen(() => import('../routes/report/ReportScreen'), 'ReportScreen'),
          },
          {
            path: 'experiments',
            lazy: screen(
              () => import('../routes/experiments/ExperimentsScreen'),
              'ExperimentsScreen',
            ),
          },
          {
            path: 'settings',
            lazy: screen(() => import('../routes/settings/SettingsScreen'), 'SettingsScreen'),
          },
          {
            path: 'settings/reminders',
            lazy: screen(
              () => import('../routes/settings-reminders/ReminderSettingsScreen'),
              'ReminderSettingsScreen',
            ),
          },
          { path: '*', element: <Navigate to="/today" replace /> },
        ],
      },
    ],
  },
]

export function AppRouter() {
  const [router] = useState(() => createHashRouter(routes))
  return <RouterProvider router={router} />
}
