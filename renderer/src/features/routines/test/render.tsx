import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { App } from '@renderer/app/App'
import { installBridge } from '@renderer/test/fake-bridge'
import { fakeRoutines, type FakeRoutinesOptions } from './fake-routines'

/** The whole app at `path` over a fake bridge that also answers the routines channels. */
export function renderRoutines(path: string, options: FakeRoutinesOptions = {}) {
  const bridge = installBridge()
  const routines = fakeRoutines(bridge, options)
  window.history.replaceState(null, '', `/#${path}`)
  const user = userEvent.setup()
  const view = render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  return { bridge, routines, user, ...view }
}
