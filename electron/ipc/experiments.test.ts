import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN } from '../../shared/domain/experiments/design'
import { wireCore } from '../testing/fuzz/wire'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from '../services/core'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})
const wire = () => {
  const w = wireCore(tempDir())
  cores.push(w.core)
  return w
}
const setup = {
  habit: 'bedtime-stretch',
  customHabit: null,
  design: DEFAULT_DESIGN,
  startDate: '2026-11-25',
  followsId: null,
}

describe('experiments over IPC', () => {
  it('gives Insights every started experiment’s result in one call, newest first, none scheduled', async () => {
    const { invoke } = wire()
    const idOf = (r: unknown) =>
      (r as { value: { experiment: { id: string } } }).value.experiment.id
    const first = idOf(await invoke('experiments:start', setup))
    await invoke('experiments:abandon', { id: first })
    const second = idOf(await invoke('experiments:start', setup))
    // One set for later is scheduled: it has no result yet.
    expect((await invoke('experiments:start', { ...setup, startDate: '2027-03-01' })).ok).toBe(true)
    const results = await invoke('experiments:results')
    expect(results).toMatchObject({
      ok: true,
      value: [
        { view: { status: 'running', experiment: { id: second } } },
        { view: { status: 'abandoned', experiment: { id: first } } },
      ],
    })
    expect((results as { value: unknown[] }).value).toHaveLength(2)
  })

  it('starts one, and refuses an overlapping one with a clear conflict that writes nothing', async () => {
    const { invoke, writes, unexpected } = wire()
    const first = await invoke('experiments:start', setup)
    expect(first.ok).toBe(true)
    const before = writes()
    const second = await invoke('experiments:start', { ...setup, startDate: '2026-12-10' })
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(writes()).toBe(before)
    expect(unexpected).toEqual([])
  })

  it('refuses hostile set-ups before anything is stored', async () => {
    const { invoke, writes } = wire()
    const before = writes()
    for (const bad of [
      { ...setup, habit: 'custom', customHabit: '   ' },
      { ...setup, design: { ...DEFAULT_DESIGN, pairs: 9 } },
      { ...setup, design: { ...DEFAULT_DESIGN, periodNights: 3 } },
      { ...setup, startDate: '2026-02-30' },
      { ...setup, seed: '00' },
    ]) {
      const result = await invoke('experiments:start', bad)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(writes()).toBe(before)
    expect(await invoke('experiments:list')).toEqual({ ok: true, value: [] })
  })

  it('answers tonight, the result and a refused tick for the bedtime stretch', async () => {
    const { invoke } = wire()
    const started = await invoke('experiments:start', setup)
    const id = started.ok ? (started.value as { experiment: { id: string } }).experiment.id : ''
    const tonight = await invoke('experiments:tonight')
    expect(tonight.ok && (tonight.value as { line: string }).line).toMatch(
      /^Night 1 of 56\. Tonight: the bedtime stretch \((ON|OFF)\)$/,
    )
    expect((await invoke('experiments:result', { id })).ok).toBe(true)
    expect(await invoke('experiments:tick', { id, date: '2026-11-25', done: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })

  it('asks the morning question all day while an experiment runs, only mornings otherwise', async () => {
    const { invoke, clock } = wire()
    const ask = async () => {
      const today = await invoke('journal:today')
      return today.ok && (today.value as { askAboutLastNight: boolean }).askAboutLastNight
    }
    clock.set(Date.UTC(2026, 10, 25, 14)) // 15:00 local
    expect(await ask()).toBe(false)
    expect((await invoke('experiments:start', setup)).ok).toBe(true)
    expect(await ask()).toBe(false) // the first night is tonight
    clock.set(Date.UTC(2026, 10, 26, 14))
    expect(await ask()).toBe(true)
  })
})
