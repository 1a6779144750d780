import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CrashFallback } from '../components/CrashFallback'

interface State {
  failed: boolean
}

/** The last line of defence: a calm page with a way back, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for DevTools / the harness log; the user sees the fallback.
    console.error('Limber crashed while rendering', error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashFallback fullWindow /> : this.props.children
  }
}
