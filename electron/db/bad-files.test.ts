import { randomBytes } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../services/core'
import { testCore } from '../testing/core'
import { badDatabases, type BadDatabaseKind } from '../testing/fixtures'
import { useTempDirs } from '../testing/temp-dir'
import { DB_FILE } from './constants'
import { existingFiles, sha256 } from './quarantine'

// The whole app (a Core, as Electron and the harness build it) facing each
// bad file: nothing is created over it, nothing is written to it, and every
// call says why.

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})

function hashes(dir: string): Record<string, string> {
  const dbPath = join(dir, DB_FILE)
  return Object.fromEntries(existingFiles(dbPath).map((f) => [f.slice(dir.length), sha256(f)]))
}

/** A damaged database with -wal and -shm files beside it, as a crash leaves them. */
function flippedWithSidecars(dir: string): void {
  badDatabases.flippedPage(dir)
  writeFileSync(join(dir, `${DB_FILE}-wal`), randomBytes(8192))
  writeFileSync(join(dir, `${DB_FILE}-shm`), Buffer.alloc(32 * 1024, 7))
}

const kinds: (BadDatabaseKind | 'flippedWithSidecars')[] = [
  ...(Object.keys(badDatabases) as BadDatabaseKind[]),
  'flippedWithSidecars',
]

describe.each(kinds)('the app facing a %s database', (kind) => {
  it('leaves it byte for byte, creates nothing over it, and explains', async () => {
    const dir = tempDir()
    if (kind === 'flippedWithSidecars') flippedWithSidecars(dir)
    else badDatabases[kind](dir)
    const before = hashes(dir)
    const listing = readdirSync(dir).sort()
    const { core } = testCore(dir)
    cores.push(core)
    const status = core.storage.status()
    expect(status.state).toBe('quarantined')
    if (status.state !== 'quarantined') return
    expect(status.message).toMatch(/newer version|not made by Limber|damaged/)
    expect(() => core.services()).toThrow(/not available until you choose/)
    await expect(core.backups.create('daily')).rejects.toThrow(/not available/)
    // Only the quarantine folder is new; the originals are untouched.
    expect(readdirSync(dir).sort()).toEqual([...listing, 'quarantine'].sort())
    expect(hashes(dir)).toEqual(before)
    expect(hashes(status.quarantinePath)).toEqual(before)
  })
})
