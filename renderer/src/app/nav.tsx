import type { ReactNode } from 'react'
import type { Route } from '@shared/contract'
import { JournalIcon, RoutinesIcon, SettingsIcon, TodayIcon, TrendsIcon } from '../components/icons'

export interface NavItem {
  route: Route
  path: string
  label: string
  icon: ReactNode
}

/** The sidebar, in order. `route` matches main's `app:navigate` names. */
export const navItems: readonly NavItem[] = [
  { route: 'today', path: '/today', label: 'Today', icon: <TodayIcon /> },
  { route: 'journal', path: '/journal', label: 'Journal', icon: <JournalIcon /> },
  { route: 'routines', path: '/routines', label: 'Routines', icon: <RoutinesIcon /> },
  { route: 'trends', path: '/trends', label: 'Trends', icon: <TrendsIcon /> },
  { route: 'settings', path: '/settings', label: 'Settings', icon: <SettingsIcon /> },
]

/** Screens main can open that are not in the sidebar. */
const otherPaths: Partial<Record<Route, string>> = {
  'check-in': '/check-in',
  'log-cramp': '/journal/log',
  'cramp-now': '/cramp-now',
}

export function pathFor(route: Route): string {
  return navItems.find((item) => item.route === route)?.path ?? otherPaths[route] ?? '/today'
}
