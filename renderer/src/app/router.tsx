import { useState } from 'react'
import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router'
import { RouteErrorFallback } from './RouteErrorFallback'
import { Layout } from './Layout'
import { TodayScreen } from '../routes/today/TodayScreen'
import { JournalScreen } from '../routes/journal/JournalScreen'
import { RoutinesScreen } from '../routes/routines/RoutinesScreen'
import { RoutineDetailScreen } from '../routes/routines/RoutineDetailScreen'
import { NewRoutineScreen, RoutineEditScreen } from '../routes/routines/RoutineEditScreen'
import { PlayerScreen } from '../routes/routines/PlayerScreen'
import { TrendsScreen } from '../routes/trends/TrendsScreen'
import { InsightsScreen } from '../routes/trends/InsightsScreen'
import { ReportScreen } from '../routes/report/ReportScreen'
import { SettingsScreen } from '../routes/settings/SettingsScreen'
import { LogCrampScreen } from '../routes/log/LogCrampScreen'
import { EditEntryScreen } from '../routes/entry/EditEntryScreen'
import { CheckInScreen } from '../routes/checkin/CheckInScreen'
import { CrampNowScreen } from '../routes/cramp-now/CrampNowScreen'
import { WelcomeRoute } from '../routes/welcome/WelcomeRoute'
import { ReminderSettingsScreen } from '../routes/settings-reminders/ReminderSettingsScreen'

/**
 * Hash history: the app is served from app://limber/index.html and, in the
 * harness, from a static server; neither can answer deep paths.
 */
export const routes: RouteObject[] = [
  // First run: full window, outside the shell (the layout sends new users here).
  { path: '/welcome', element: <WelcomeRoute />, errorElement: <RouteErrorFallback fullWindow /> },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorFallback fullWindow />,
    children: [
      {
        // A screen that throws shows the fallback inside the shell, so the
        // sidebar still works.
        errorElement: <RouteErrorFallback />,
        children: [
          { index: true, element: <Navigate to="/today" replace /> },
          { path: 'today', element: <TodayScreen /> },
          { path: 'journal', element: <JournalScreen /> },
          { path: 'journal/log', element: <LogCrampScreen /> },
          { path: 'journal/entry/:id', element: <EditEntryScreen /> },
          { path: 'check-in', element: <CheckInScreen /> },
          { path: 'check-in/:date', element: <CheckInScreen /> },
          { path: 'cramp-now', element: <CrampNowScreen /> },
          { path: 'routines', element: <RoutinesScreen /> },
          { path: 'routines/new', element: <NewRoutineScreen /> },
          { path: 'routines/:id', element: <RoutineDetailScreen /> },
          { path: 'routines/:id/edit', element: <RoutineEditScreen /> },
          { path: 'routines/:id/play', element: <PlayerScreen /> },
          { path: 'trends', element: <TrendsScreen /> },
          { path: 'trends/insights', element: <InsightsScreen /> },
          { path: 'trends/report', element: <ReportScreen /> },
          { path: 'settings', element: <SettingsScreen /> },
          { path: 'settings/reminders', element: <ReminderSettingsScreen /> },
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
