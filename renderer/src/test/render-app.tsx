import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { App } from '../app/App'
import { installBridge, type FakeBridge, type FakeBridgeOptions } from './fake-bridge'

interface RenderAppOptions extends FakeBridgeOptions {
  path?: string
  /** Adjust the fake before the first call (start-up failures). */
  setup?: (bridge: FakeBridge) => void
}

/** Mounts the whole app at `path` (a hash route) over a fresh fake bridge. */
export function renderApp(options: RenderAppOptions = {}) {
  const { path = '/', setup, ...bridgeOptions } = options
  const bridge = installBridge(bridgeOptions)
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
