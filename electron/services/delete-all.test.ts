import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from './core'
import { deleteAllData } from './data-actions'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

const SECRET = 'calf-cramp-after-the-Hendricks-visit'

/** Every file under `dir` whose raw bytes contain `needle`, as relative paths. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (readFileSync(path).includes(Buffer.from(needle, 'utf8')))
        hits.push(relative(dir, path))
    }
  }
  walk(dir)
  return hits.sort()
}

/** A journal whose note is spread over many pages, the -wal and a backup. */
async function journalWithSecret(dir: string): Promise<Core> {
  const { core } = testCore(dir)
  cores.push(core)
  const journal = core.services().journal
  for (let i = 0; i < 300; i++) {
    const e = journal.create(
      episodeInput({ notes: `${SECRET} #${i} ${'x'.repeat(i * 5)}` }),
      'form',
    )
    if (i % 3 === 0) journal.update(e.id, episodeInput({ notes: `${SECRET} edited ${i}` }))
    if (i % 7 === 0) journal.delete(e.id)
  }
  await core.backups.create('daily')
  // A quarantined copy from some earlier problem holds the journal too.
  mkdirSync(join(dir, 'quarantine', 'earlier'), { recursive: true })
  writeFileSync(join(dir, 'quarantine', 'earlier', 'limber.db'), `junk ${SECRET} junk`)
  return core
}

describe('delete all data', () => {
  it('leaves no byte of a journal note in any file of the data folder', async () => {
    const dir = tempDir()
    const core = await journalWithSecret(dir)
    expect(filesContaining(dir, SECRET).length).toBeGreaterThan(2)
    await deleteAllData(core, false)
    expect(filesContaining(dir, SECRET)).toEqual([])
    // The app goes on with an empty, working journal.
    const saved = core.services().journal.create(episodeInput({ notes: 'fresh start' }), 'form')
    expect(core.services().journal.get(saved.id).notes).toBe('fresh start')
  })

  it('keeps the backups, and only them, when the user asks', async () => {
    const dir = tempDir()
    const core = await journalWithSecret(dir)
    const before = core.backups.list()
    await expect(deleteAllData(core, true)).resolves.toEqual({ backupsKept: 1 })
    expect(filesContaining(dir, SECRET)).toEqual(before.map((b) => join('backups', b.name)))
  })
})
