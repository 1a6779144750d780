import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { mockSystemTheme } from './match-media'
import { closeBridges } from './test-bridge'

// Whole-app tests walk several screens with role queries, which are slow in
// jsdom; on a busy shared machine 5 s is not enough headroom.
vi.setConfig({ testTimeout: 20_000 })
configure({ asyncUtilTimeout: 5_000 })

beforeEach(() => {
  // Each test starts at the app's entry URL, in a light system theme.
  window.history.replaceState(null, '', '/')
  mockSystemTheme(false)
})

afterEach(() => {
  cleanup()
  // After the app unmounts: main closes and its temp folder goes.
  closeBridges()
  delete (window as Partial<Window>).limber
  delete document.documentElement.dataset.theme
  document.title = ''
})
