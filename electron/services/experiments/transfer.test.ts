import { describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN } from '../../../shared/domain/experiments/design'
import type { ExperimentSetup } from '../../../shared/domain/experiments/record'
import { useTestCores } from '../../testing/test-cores'
import { AppError } from '../errors'

const newCore = useTestCores()
const setup: ExperimentSetup = {
  habit: 'custom',
  customHabit: 'Magnesium-rich dinner',
  design: DEFAULT_DESIGN,
  startDate: '2026-11-25',
  followsId: null,
}
const rejected = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? error.message : String(error)
  }
  return null
}

describe('experiments in the JSON export (version 3)', () => {
  it('carry the locked schedule and the ticks to another journal, and an abandon later on', () => {
    const a = newCore()
    const s = a.core.services()
    const { experiment } = s.experiments.start(setup)
    s.experiments.tick(experiment.id, '2026-11-25', true)
    const file = s.transfer.render('json').content
    expect(JSON.parse(file)).toMatchObject({
      version: 3,
      experiments: [{ experiment: { id: experiment.id } }],
    })

    const b = newCore().core.services()
    expect(b.transfer.import(file).experiments).toEqual({ added: 1, updated: 0, unchanged: 0 })
    const [view] = b.experiments.list()
    expect(view?.experiment).toEqual(experiment)
    expect(b.experiments.result(experiment.id).nights[0]?.done).toBe(true)
    expect(b.transfer.import(file).experiments).toEqual({ added: 0, updated: 0, unchanged: 1 })

    a.clock.advance(60_000)
    s.experiments.abandon(experiment.id)
    b.transfer.import(s.transfer.render('json').content)
    expect(b.experiments.list()[0]?.status).toBe('abandoned')
  })

  it('refuses a file whose schedule was edited, or that overlaps a running experiment, importing nothing', () => {
    const a = newCore().core.services()
    const { experiment } = a.experiments.start(setup)
    const file = JSON.parse(a.transfer.render('json').content) as {
      experiments: {
        experiment: { periods: { arm: string }[]; seed: string; scheduleHash: string }
      }[]
    }
    const b = newCore().core.services()
    b.experiments.start(setup)
    expect(rejected(() => b.transfer.import(JSON.stringify(file)))).toMatch(
      /overlaps one in your journal/,
    )

    const edited = structuredClone(file)
    const first = edited.experiments[0]?.experiment
    if (first) first.scheduleHash = '0'.repeat(64)
    const c = newCore().core.services()
    expect(rejected(() => c.transfer.import(JSON.stringify(edited)))).toMatch(
      /does not match its lock/,
    )
    // Arms swapped without the seed: the schema itself refuses it.
    const swapped = structuredClone(file)
    for (const p of swapped.experiments[0]?.experiment.periods ?? [])
      p.arm = p.arm === 'on' ? 'off' : 'on'
    expect(rejected(() => c.transfer.import(JSON.stringify(swapped)))).toMatch(
      /Nothing was imported/,
    )
    expect(c.experiments.list()).toEqual([])
    expect(experiment.id).toBeTruthy()
  })

  it('still imports a version 2 file, with no experiments', () => {
    const a = newCore().core.services()
    const v3 = JSON.parse(a.transfer.render('json').content) as Record<string, unknown>
    // A real version 2 file has neither of version 3's lists.
    const { experiments: _none, workouts: _noWorkouts, ...rest } = v3
    const v2 = { ...rest, version: 2 }
    const b = newCore().core.services()
    expect(b.transfer.import(JSON.stringify(v2)).experiments).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
    })
  })
})
