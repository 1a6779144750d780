import type { LimberBridge } from '../../shared/contract'

// What specs reach with page.evaluate: the bridge the harness injects.
declare global {
  interface Window {
    limber: LimberBridge
  }
}
