import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DESIGN,
  scheduleContent,
  scheduleFromSeed,
} from '../../../shared/domain/experiments/design'
import { type ExperimentSetup, hexBytes } from '../../../shared/domain/experiments/record'
import { shiftDate } from '../../../shared/domain/local-time'
import { useTestCores } from '../../testing/test-cores'
import { AppError } from '../errors'

const newCore = useTestCores()
// Testing core: 10:00 local (UTC+1) on 25 November 2026.
const TODAY = '2026-11-25'
const setup = (over: Partial<ExperimentSetup> = {}): ExperimentSetup => ({
  habit: 'bedtime-stretch',
  customHabit: null,
  design: DEFAULT_DESIGN,
  startDate: TODAY,
  followsId: null,
  ...over,
})
const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? error.code : 'other'
  }
  return 'none'
}

describe('starting and locking an experiment', () => {
  it('draws the schedule from a stored random seed and locks it with a SHA-256 of its content', () => {
    const { core } = newCore()
    const { experiment, status, totalNights } = core.services().experiments.start(setup())
    expect(status).toBe('running')
    expect(totalNights).toBe(56)
    expect(experiment.endDate).toBe(shiftDate(TODAY, 55))
    expect(experiment.periods).toEqual(scheduleFromSeed(DEFAULT_DESIGN, hexBytes(experiment.seed)))
    const hash = createHash('sha256').update(scheduleContent(DEFAULT_DESIGN, experiment.periods))
    expect(experiment.scheduleHash).toBe(hash.digest('hex'))
  })

  it('draws different orders on different starts (a real random seed)', () => {
    const { core } = newCore()
    const s = core.services().experiments
    const orders = new Set<string>()
    for (let i = 0; i < 12; i++) {
      const view = s.start(setup())
      orders.add(view.experiment.periods.map((p) => p.arm).join())
      s.abandon(view.experiment.id)
    }
    // 16 possible orders; 12 draws all alike would happen once in 16^11.
    expect(orders.size).toBeGreaterThan(1)
  })

  it('refuses an overlapping second experiment, a start in the past and an unknown follow-up, keeping the first', () => {
    const { core } = newCore()
    const s = core.services().experiments
    const first = s.start(setup())
    expect(code(() => s.start(setup({ startDate: shiftDate(TODAY, 30) })))).toBe('conflict')
    expect(() => s.start(setup({ startDate: shiftDate(TODAY, 30) }))).toThrow(
      /Another experiment runs/,
    )
    expect(code(() => s.start(setup({ startDate: shiftDate(TODAY, -1) })))).toBe('invalid_input')
    expect(
      code(() =>
        s.start(setup({ startDate: shiftDate(TODAY, 56), followsId: crypto.randomUUID() })),
      ),
    ).toBe('not_found')
    expect(s.list().map((v) => v.experiment.id)).toEqual([first.experiment.id])
  })

  it('refuses any edit of a locked schedule in the database itself, and never deletes one', () => {
    const { core } = newCore()
    const { experiment } = core.services().experiments.start(setup())
    const db = core.storage.connection()
    expect(() =>
      db.prepare("UPDATE experiments SET periods = '[]' WHERE id = ?").run(experiment.id),
    ).toThrow(/locked/)
    expect(() =>
      db
        .prepare('UPDATE experiments SET start_date = ? WHERE id = ?')
        .run('2027-01-01', experiment.id),
    ).toThrow(/locked/)
    expect(() => db.prepare('DELETE FROM experiments').run()).toThrow(/kept/)
  })

  it('will not analyse a schedule changed behind its lock', () => {
    const { core } = newCore()
    const s = core.services().experiments
    const { experiment } = s.start(setup())
    const db = core.storage.connection()
    db.exec('DROP TRIGGER experiments_locked')
    const swapped = experiment.periods.map((p) => ({ ...p, arm: p.arm === 'on' ? 'off' : 'on' }))
    db.prepare('UPDATE experiments SET periods = ? WHERE id = ?').run(
      JSON.stringify(swapped),
      experiment.id,
    )
    expect(code(() => s.result(experiment.id))).toBe('conflict')
  })

  it('keeps an abandoned experiment, marked, and lets a follow-up start over its dates', () => {
    const { core } = newCore()
    const s = core.services().experiments
    const first = s.start(setup())
    expect(s.abandon(first.experiment.id).status).toBe('abandoned')
    expect(code(() => s.abandon(first.experiment.id))).toBe('conflict')
    const again = s.start(
      setup({ design: { ...DEFAULT_DESIGN, periodNights: 14 }, followsId: first.experiment.id }),
    )
    expect(again.experiment.followsId).toBe(first.experiment.id)
    expect(again.totalNights).toBe(112)
    expect(s.list().map((v) => v.status)).toEqual(['abandoned', 'running'])
  })
})

describe('tonight', () => {
  it('says which night it is and whether the habit is on, e.g. "Night 9 of 56"', () => {
    const { core, clock } = newCore()
    const s = core.services().experiments
    expect(s.tonight()).toBeNull()
    const { experiment } = s.start(setup())
    clock.advance(8 * 86_400_000)
    const tonight = s.tonight()
    const arm = experiment.periods[1]?.arm ?? 'on'
    expect(tonight).toMatchObject({ night: 9, totalNights: 56, role: arm, washout: true })
    expect(tonight?.line).toBe(`Night 9 of 56. Tonight: the bedtime stretch (${arm.toUpperCase()})`)
    clock.advance(60 * 86_400_000)
    expect(s.tonight()).toBeNull()
    expect(s.list()[0]?.status).toBe('finished')
    expect(code(() => s.abandon(experiment.id))).toBe('conflict')
  })
})
