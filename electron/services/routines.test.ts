import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../shared/domain/checkin'
import {
  BUILT_IN_IDS,
  builtInRoutine,
  duplicateRoutine,
} from '../../shared/domain/routines/catalogue'
import type { SessionInput } from '../../shared/domain/routines/history'
import { useTestCores } from '../testing/test-cores'

const newCore = useTestCores()

// Today is Wednesday 25 November 2026, 20:00 local (UTC+1).
function setup() {
  const t = newCore(Date.UTC(2026, 10, 25, 19))
  return { ...t, ...t.core.services() }
}

/** A session at a local date and time (UTC+1). */
function session(date: string, time: string, over: Partial<SessionInput> = {}): SessionInput {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const startedAt = Date.UTC(y, m - 1, d, hh - 1, mm)
  return {
    routineId: BUILT_IN_IDS.bedtime,
    routineName: 'Bedtime',
    routineKind: 'bedtime',
    startedAt,
    endedAt: startedAt + 240_000,
    utcOffsetMin: 60,
    status: 'completed',
    requiredDone: true,
    steps: [],
    source: 'routines',
    ...over,
  }
}

describe('RoutinesService', () => {
  it('lists the six built-ins, then the user’s own; built-ins can be hidden and restored', () => {
    const { routines } = setup()
    expect(routines.list().routines).toHaveLength(6)
    routines.remove(BUILT_IN_IDS.bedtime)
    expect(routines.list().routines.map((r) => r.id)).not.toContain(BUILT_IN_IDS.bedtime)
    expect(routines.list().hiddenBuiltIns).toEqual([
      { id: BUILT_IN_IDS.bedtime, name: 'Bedtime stretch' },
    ])
    routines.restoreBuiltIn(BUILT_IN_IDS.bedtime)
    expect(routines.list().routines.map((r) => r.id)).toContain(BUILT_IN_IDS.bedtime)
  })

  it('saves a duplicate of a built-in as the user’s own, edits it, and refuses to change a built-in', () => {
    const { routines } = setup()
    const original = builtInRoutine(BUILT_IN_IDS.bedtime)
    if (!original) throw new Error('missing built-in')
    const { id: _id, builtIn: _b, ...copy } = duplicateRoutine(original, 'ignored')
    const saved = routines.save({ ...copy, name: 'My bedtime' })
    expect(saved).toMatchObject({ name: 'My bedtime', builtIn: false, kind: 'bedtime' })
    routines.save({ ...saved, rounds: 2 })
    expect(routines.get(saved.id).rounds).toBe(2)
    expect(() => routines.save({ ...copy, id: BUILT_IN_IDS.bedtime })).toThrow(/cannot be changed/)
    routines.remove(saved.id)
    expect(() => routines.get(saved.id)).toThrow(/no longer exists/)
  })

  it('skips a stored routine that no longer validates and says so', () => {
    const { routines, core } = setup()
    core.storage
      .connection()
      .prepare('INSERT INTO routines VALUES (\'broken\', \'{"name":""}\', 0, 0)')
      .run()
    const list = routines.list()
    expect(list.unreadable).toEqual(['broken'])
    expect(list.routines).toHaveLength(6)
  })

  it('counts bedtime nights in the last 7, including one done after midnight', () => {
    const { routines } = setup()
    routines.recordSession(session('2026-11-24', '22:30'))
    routines.recordSession(session('2026-11-23', '00:30')) // belongs to the night of the 22nd
    routines.recordSession(
      session('2026-11-20', '22:00', { requiredDone: false, status: 'stopped_early' }),
    )
    routines.recordSession(session('2026-11-18', '22:00')) // 8th night back: outside
    routines.recordSession(session('2026-11-21', '22:00', { routineKind: 'warm_up' }))
    expect(routines.adherence().bedtimeNights).toBe(2)
  })

  it('counts exercise days with a warm-up (a warm-up routine that day, or warmed up in the check-in)', () => {
    const { routines, checkIns } = setup()
    const run = {
      type: 'Run',
      minutes: 30,
      effort: 6,
      hardOrNew: false,
      cooledDown: false,
      hot: false,
    }
    checkIns.save({ ...emptyCheckIn('2026-11-20'), exercise: [{ ...run, warmedUp: false }] })
    checkIns.save({ ...emptyCheckIn('2026-11-21'), exercise: [{ ...run, warmedUp: true }] })
    checkIns.save({ ...emptyCheckIn('2026-11-22'), exercise: [{ ...run, warmedUp: false }] })
    routines.recordSession(
      session('2026-11-22', '07:00', { routineKind: 'warm_up', routineId: BUILT_IN_IDS.warmUp }),
    )
    expect(routines.adherence()).toMatchObject({ exerciseDays: 3, warmedUpDays: 2 })
  })

  it('keeps a gentle streak that survives until today’s routine is done', () => {
    const { routines } = setup()
    for (const d of ['2026-11-22', '2026-11-23', '2026-11-24'])
      routines.recordSession(session(d, '12:00', { routineKind: 'desk_break' }))
    expect(routines.adherence().streakDays).toBe(3)
    routines.recordSession(session('2026-11-25', '12:00'))
    expect(routines.adherence().streakDays).toBe(4)
  })

  it('keeps history with wall-clock times and outcomes', () => {
    const { routines } = setup()
    const saved = routines.recordSession(
      session('2026-11-25', '19:00', {
        steps: [
          {
            round: 1,
            stepIndex: 0,
            exerciseId: 'seated_hamstring',
            optional: false,
            outcome: 'skipped',
          },
        ],
      }),
    )
    expect(routines.recent(7)).toEqual([saved])
  })
})
