import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { App } from '../app/App'
import { installBridge, type TestBridge, type TestBridgeOptions } from './test-bridge'

interface RenderAppOptions extends TestBridgeOptions {
  path?: string
  /** Seed main or adjust the bridge before the first call (data, start-up failures). */
  setup?: (bridge: TestBridge) => void
  /** A bridge installed and seeded beforehand (seeding that has to wait, such as backups). */
  bridge?: TestBridge
}

/** Mounts the whole app at `path` (a hash route) over a fresh real main. */
export function renderApp(options: RenderAppOptions = {}) {
  const { path = '/', setup, bridge: given, ...bridgeOptions } = options
  const bridge = given ?? installBridge(bridgeOptions)
  setup?.(bridge)
  window.history.replaceState(null, '', `/#${path}`)
  const user = userEvent.setup()
  const view = render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  return { bridge, user, ...view }
}
