import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { wireCore } from '../testing/fuzz/wire'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from './core'

// Import files that are wrong in ways the existing transfer tests do not try:
// sizes, versions, and a failure half-way through the merge.

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function setup() {
  const t = testCore(tempDir())
  open.push(t.core)
  return { core: t.core, ...t.core.services() }
}

type ExportFile = { episodes: Record<string, unknown>[]; version: unknown } & Record<
  string,
  unknown
>

/** An export with `n` entries, built from a real export so every field is right. */
function exportWith(n: number): ExportFile {
  const s = setup()
  const one = s.journal.create(episodeInput({ notes: 'template' }), 'form')
  const file = JSON.parse(s.transfer.render('json').content) as ExportFile
  const template = file.episodes[0] ?? {}
  file.episodes = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: i === 0 ? one.id : randomUUID(),
    startedAt: Date.UTC(2020, 0, 1) + i * 3_600_000,
    notes: `entry ${i}`,
  }))
  return file
}

function count(s: ReturnType<typeof setup>): number {
  return s.transfer.snapshot().episodes.length
}

describe('importing hostile files', () => {
  it.each([
    ['an empty file', '', /not valid JSON/],
    ['only spaces', '   \n ', /not valid JSON/],
    ['a JSON string', '"limber-journal"', /not a Limber journal export/],
    ['an array', '[]', /not a Limber journal export/],
    [
      'version 0',
      JSON.stringify({ format: 'limber-journal', version: 0 }),
      /version \(0\) is not one Limber can read/,
    ],
    [
      'a version as text',
      JSON.stringify({ format: 'limber-journal', version: '1' }),
      /version \(1\) is not one/,
    ],
    [
      'a truncated export',
      (f: string) => f.slice(0, Math.floor(f.length / 2)),
      /not valid JSON \(line \d+, column \d+\)/,
    ],
  ] as [string, string | ((f: string) => string), RegExp][])(
    'refuses %s with a precise message and imports nothing',
    (_name, content, message) => {
      const text =
        typeof content === 'string' ? content : content(JSON.stringify(exportWith(3), null, 2))
      const s = setup()
      s.journal.create(episodeInput({ notes: 'mine' }), 'form')
      expect(() => s.transfer.import(text)).toThrow(message)
      expect(count(s)).toBe(1)
    },
  )

  it('refuses a file over 64 MB at the door, with the reason', async () => {
    const w = wireCore(tempDir())
    open.push(w.core)
    const result = await w.invoke('journal:import', { content: ' '.repeat(64 * 1024 * 1024 + 1) })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('too large') as unknown },
    })
  })

  it('imports a large file (2,000 entries, years of cramps) whole', () => {
    const file = exportWith(2_000)
    const started = performance.now()
    const s = setup()
    const summary = s.transfer.import(JSON.stringify(file))
    expect(summary.episodes).toEqual({ added: 2_000, updated: 0, unchanged: 0 })
    expect(count(s)).toBe(2_000)
    console.info(`import of 2,000 entries: ${Math.round(performance.now() - started)} ms`)
  }, 120_000)

  it('merges by id: a newer copy updates, an older one is left alone', () => {
    const s = setup()
    const mine = s.journal.create(episodeInput({ notes: 'original' }), 'form')
    const file = JSON.parse(s.transfer.render('json').content) as ExportFile
    const [entry] = file.episodes
    const newer = { ...entry, notes: 'edited elsewhere', updatedAt: mine.updatedAt + 1 }
    const older = { ...entry, notes: 'stale copy', updatedAt: mine.updatedAt - 1 }
    expect(s.transfer.import(JSON.stringify({ ...file, episodes: [older] })).episodes).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    })
    expect(s.journal.get(mine.id).notes).toBe('original')
    s.transfer.import(JSON.stringify({ ...file, episodes: [newer] }))
    expect(s.journal.get(mine.id).notes).toBe('edited elsewhere')
  })

  it('leaves nothing half-imported when the database refuses a row midway', () => {
    const file = exportWith(200)
    file.episodes[150] = { ...file.episodes[150], notes: 'poison' }
    const s = setup()
    s.journal.create(episodeInput({ notes: 'mine' }), 'form')
    // The database itself fails on row 151, after 150 rows were written.
    s.core.storage
      .connection()
      .exec(
        "CREATE TEMP TRIGGER poison BEFORE INSERT ON episodes WHEN NEW.notes = 'poison' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
      )
    expect(() => s.transfer.import(JSON.stringify(file))).toThrow(/disk trouble/)
    expect(s.transfer.snapshot().episodes.map((e) => e.notes)).toEqual(['mine'])
  })
})
