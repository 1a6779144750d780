import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temp folder per call (under `parent`, the OS temp folder by default), removed after the test. */
export function useTempDirs(): (parent?: string) => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return (parent = tmpdir()) => {
    const dir = mkdtempSync(join(parent, 'limber-test-'))
    dirs.push(dir)
    return dir
  }
}
