import { afterEach, describe, expect, it } from 'vitest'
import { channels, type IpcResult } from '../../shared/contract'
import type { Episode } from '../../shared/domain/episode'
import { episodeInput } from '../testing/episodes'
import { NASTY_TEXT } from '../testing/fuzz/from-zod'
import { wireCore } from '../testing/fuzz/wire'
import { useTempDirs } from '../testing/temp-dir'

// Hand-picked payloads through the real handlers and a real journal file.

const tempDir = useTempDirs()
const open: ReturnType<typeof wireCore>[] = []
afterEach(() => {
  for (const w of open.splice(0)) w.core.close()
})

function wired() {
  const w = wireCore(tempDir())
  open.push(w)
  return w
}

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const code = (r: IpcResult<unknown>) => (r.ok ? 'ok' : r.error.code)

function nested(depth: number): unknown {
  let node: unknown = 'leaf'
  for (let i = 0; i < depth; i++) node = i % 2 ? { a: node } : [node]
  return node
}

describe('hand-picked hostile payloads', () => {
  it('stores notes full of SQL and quoting characters exactly as typed', async () => {
    const w = wired()
    for (const notes of [...NASTY_TEXT, NASTY_TEXT.join(' ')]) {
      const saved = value(
        (await w.invoke('journal:create', {
          episode: episodeInput({ notes }),
        })) as IpcResult<Episode>,
      )
      const read = value((await w.invoke('journal:get', { id: saved.id })) as IpcResult<Episode>)
      expect(read.notes).toBe(notes)
    }
    // LIKE wildcards in a search match literally.
    const found = value(
      (await w.invoke('journal:list', { filter: { text: '100%' }, limit: 200 })) as IpcResult<{
        items: Episode[]
      }>,
    )
    expect(found.items.map((e) => e.notes).every((n) => n.includes('100%'))).toBe(true)
    expect(found.items.length).toBe(2)
    const none = value(
      (await w.invoke('journal:list', { filter: { text: '%%%' }, limit: 200 })) as IpcResult<{
        items: Episode[]
      }>,
    )
    expect(none.items).toEqual([])
  })

  it('refuses a lone surrogate rather than storing a changed note', async () => {
    const w = wired()
    for (const notes of ['\uD800', 'cramp \uDFFF', 'ok \uD83D']) {
      const before = w.writes()
      const result = await w.invoke('journal:create', { episode: episodeInput({ notes }) })
      if (result.ok) {
        // Stored: then it must come back exactly.
        const read = value(
          (await w.invoke('journal:get', {
            id: (result.value as Episode).id,
          })) as IpcResult<Episode>,
        )
        expect(read.notes).toBe(notes)
      } else {
        expect(result.error.code).toBe('invalid_input')
        expect(w.writes()).toBe(before)
      }
    }
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['2^53 + 2', 2 ** 53 + 2],
    ['-(2^53)', -(2 ** 53)],
    ['a fraction', 0.5],
  ])('refuses %s in every number field of an entry', async (_name, bad) => {
    const w = wired()
    const before = w.writes()
    for (const field of ['startedAt', 'utcOffsetMin', 'durationSec', 'pain', 'soreness'] as const) {
      const result = await w.invoke('journal:create', { episode: episodeInput({ [field]: bad }) })
      expect([field, code(result)]).toEqual([field, 'invalid_input'])
    }
    expect(w.writes()).toBe(before)
  })

  it('takes -0 as zero', async () => {
    const w = wired()
    const saved = value(
      (await w.invoke('journal:create', {
        episode: episodeInput({ pain: -0, utcOffsetMin: -0 }),
      })) as IpcResult<Episode>,
    )
    const read = value((await w.invoke('journal:get', { id: saved.id })) as IpcResult<Episode>)
    expect(read.pain === 0 && read.utcOffsetMin === 0).toBe(true)
  })

  it.each([
    ['Europe spring forward', Date.UTC(2026, 2, 29, 0, 59, 59, 999), 60],
    ['Europe spring forward', Date.UTC(2026, 2, 29, 1), 120],
    ['Europe fall back, first 02:30', Date.UTC(2026, 9, 25, 0, 30), 120],
    ['Europe fall back, second 02:30', Date.UTC(2026, 9, 25, 1, 30), 60],
    ['US spring forward', Date.UTC(2026, 2, 8, 7), -240],
    ['Lord Howe half-hour shift', Date.UTC(2026, 3, 4, 15), 630],
    ['the epoch', 0, 0],
    ['the last moment accepted', 7_258_118_400_000, 840],
    ['far west', Date.UTC(2026, 0, 1), -720],
  ])('keeps an entry at %s exactly', async (_name, startedAt, utcOffsetMin) => {
    const w = wired()
    const saved = value(
      (await w.invoke('journal:create', {
        episode: episodeInput({ startedAt, utcOffsetMin }),
      })) as IpcResult<Episode>,
    )
    const read = value((await w.invoke('journal:get', { id: saved.id })) as IpcResult<Episode>)
    expect([read.startedAt, read.utcOffsetMin]).toEqual([startedAt, utcOffsetMin])
  })

  it.each([
    ['before 1970', -1],
    ['after 2200', 7_258_118_400_001],
    ['beyond a JavaScript date', 8.64e15 + 1],
  ])('refuses a time %s', async (_name, startedAt) => {
    const w = wired()
    const result = await w.invoke('journal:create', { episode: episodeInput({ startedAt }) })
    expect(code(result)).toBe('invalid_input')
  })

  it('refuses 1 MB strings, 100,000-element arrays and deep nesting quickly, changing nothing', async () => {
    const w = wired()
    const before = w.writes()
    const mb = 'x'.repeat(1024 * 1024)
    const huge = Array.from({ length: 100_000 }, () => 'heat')
    const deep = nested(100_000)
    const started = performance.now()
    const results = [
      await w.invoke('journal:create', { episode: episodeInput({ notes: mb }) }),
      await w.invoke('journal:create', { episode: episodeInput({ triggers: huge as never }) }),
      await w.invoke('journal:list', { filter: { text: mb } }),
      await w.invoke('settings:update', { theme: mb }),
      await w.invoke('journal:import', { content: mb }),
      await w.invoke('journal:create', huge),
    ]
    for (const channel of channels) results.push(await w.invoke(channel, deep))
    expect(new Set(results.map(code))).toEqual(new Set(['invalid_input']))
    expect(w.writes()).toBe(before)
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('ignores __proto__ and constructor keys and pollutes nothing', async () => {
    const w = wired()
    const payloads = [
      JSON.parse('{"__proto__":{"polluted":true},"theme":"dark"}') as unknown,
      JSON.parse('{"constructor":{"prototype":{"polluted":true}},"theme":"dark"}') as unknown,
      JSON.parse(
        `{"episode":${JSON.stringify(episodeInput())},"__proto__":{"polluted":true}}`,
      ) as unknown,
    ]
    for (const channel of ['settings:update', 'journal:create']) {
      for (const payload of payloads) {
        expect(code(await w.invoke(channel, payload))).toBe('invalid_input')
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(
      value((await w.invoke('settings:get')) as IpcResult<{ settings: { theme: string } }>).settings
        .theme,
    ).toBe('system')
  })
})
