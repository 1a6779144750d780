import { useEffect, useLayoutEffect, useRef, type MouseEvent, type RefObject } from 'react'
import {
  Navigate,
  NavigationType,
  NavLink,
  Outlet,
  useLocation,
  useNavigate,
  useNavigationType,
} from 'react-router'
import { LeafIcon, LockIcon } from '../components/icons'
import { LiveBanner } from '../features/episodes/components/LiveBanner'
import { UndoSnackbar } from '../features/episodes/components/UndoSnackbar'
import { ReminderPrompts } from '../features/reminders/components/ReminderPrompts'
import { ReminderStatus } from '../features/reminders/components/ReminderStatus'
import { useNeedsWelcome } from '../features/welcome/useNeedsWelcome'
// Straight from its file, not the feature index: the start-up bundle carries only the drop target.
import { WorkoutImportHost } from '../features/workouts/components/WorkoutImportHost'
import { onEvent } from '../lib/ipc'
import { navItems, pathFor } from './nav'

/** The shell: skip link, sidebar navigation and the main landmark. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null)
  useNavigateEvents()
  useFocusOnNavigation(mainRef)
  const needsWelcome = useNeedsWelcome()

  // The hash router owns the URL fragment, so the skip link moves focus
  // itself instead of letting the browser follow "#main-content".
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    mainRef.current?.focus()
  }

  if (needsWelcome) return <Navigate to="/welcome" replace />
  return (
    <WorkoutImportHost>
      <div className="app-shell">
        <a className="skip-link" href="#main-content" onClick={skipToContent}>
          Skip to content
        </a>
        <header className="sidebar">
          <div className="brand">
            <span className="brand__mark">
              <LeafIcon size={18} />
            </span>
            <span className="brand__name">Limber</span>
          </div>
          <nav aria-label="Main">
            <ul className="nav-list">
              {navItems.map((item) => (
                <li key={item.route}>
                  <NavLink to={item.path} className="nav-link">
                    {item.icon}
                    <span className="nav-link__label">{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ReminderStatus />
          <p className="sidebar__footer">
            <LockIcon size={16} />
            <span className="sidebar__footer-text">Everything stays on this computer.</span>
          </p>
        </header>
        <main id="main-content" ref={mainRef} tabIndex={-1} className="main">
          {/* A cramp timer survives restarts; every screen offers the way back to it. */}
          <LiveBanner />
          {/* Reminders waiting for an answer; first in the content so Tab reaches them early. */}
          <ReminderPrompts />
          <Outlet />
          {/* Outlives the screen that deleted, so Undo is still there after leaving it. */}
          <UndoSnackbar />
        </main>
      </div>
    </WorkoutImportHost>
  )
}

/** Tray, menu and notifications ask main to show a screen. */
function useNavigateEvents(): void {
  const navigate = useNavigate()
  useEffect(() => onEvent('app:navigate', ({ route }) => void navigate(pathFor(route))), [navigate])
}

/**
 * After the user moves to another screen, focus its heading so keyboard and
 * screen-reader users start at the top of the new content. Redirects
 * (REPLACE), such as the start-up jump to Today, leave focus alone.
 */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation()
  const navigationType = useNavigationType()
  const previous = useRef(pathname)
  // A layout effect moves focus in the same commit that shows the screen, so
  // nothing (a key press, a screen reader) lands on the old focus in between.
  useLayoutEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    if (navigationType === NavigationType.Replace) return
    const heading = mainRef.current?.querySelector<HTMLElement>('[data-screen-heading]')
    ;(heading ?? mainRef.current)?.focus()
  }, [pathname, navigationType, mainRef])
}
