import { afterEach } from 'vitest'
import type { Core } from '../services/core'
import { testCore } from './core'
import { useTempDirs } from './temp-dir'

/**
 * testCore in a fresh temp folder per call; each core is closed after its
 * test (before the folder is removed), so service tests need no bookkeeping.
 */
export function useTestCores(): (
  ...args: Parameters<typeof testCore> extends [string, ...infer Rest] ? Rest : never
) => ReturnType<typeof testCore> {
  const tempDir = useTempDirs()
  const open: Core[] = []
  afterEach(() => {
    for (const core of open.splice(0)) core.close()
  })
  return (...args) => {
    const t = testCore(tempDir(), ...args)
    open.push(t.core)
    return t
  }
}
