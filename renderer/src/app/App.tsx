import { ToastRegion } from '../components/Toasts'
import { hasBridge } from '../lib/ipc'
import { DeskNotices } from './DeskNotices'
import { ErrorBoundary } from './ErrorBoundary'
import { EventSubscriptions } from './EventSubscriptions'
import { MissingBridge } from './MissingBridge'
import { AppProviders } from './providers'
import { AppRouter } from './router'
import { StorageGate } from './StorageGate'
import { ThemeSync } from './ThemeSync'

export function App() {
  if (!hasBridge()) return <MissingBridge />
  return (
    <ErrorBoundary>
      <AppProviders>
        <ThemeSync />
        <EventSubscriptions />
        <DeskNotices />
        <StorageGate>
          <AppRouter />
        </StorageGate>
        <ToastRegion />
      </AppProviders>
    </ErrorBoundary>
  )
}
