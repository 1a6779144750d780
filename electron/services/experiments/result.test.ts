import { describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN } from '../../../shared/domain/experiments/design'
import { shiftDate } from '../../../shared/domain/local-time'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { addSession, at } from '../trends/test-journal'

const newCore = useTestCores()
const START = '2026-11-25'

/**
 * A whole 56-night experiment through the journal: the bedtime routine
 * played on ON nights (except two), never on OFF nights (except one), a
 * morning answer every day but three, one 03:00 cramp on most OFF
 * mornings and on every fourth ON morning.
 */
function runExperiment() {
  const t = newCore()
  const { experiments, checkIns, journal } = t.core.services()
  const { experiment } = experiments.start({
    habit: 'bedtime-stretch',
    customHabit: null,
    design: DEFAULT_DESIGN,
    startDate: START,
    followsId: null,
  })
  const db = t.core.storage.connection()
  const onPeriod = experiment.periods.find((p) => p.arm === 'on')
  const offPeriod = experiment.periods.find((p) => p.arm === 'off')
  const skipped = new Set([(onPeriod?.firstNight ?? 0) + 3, (onPeriod?.firstNight ?? 0) + 4])
  const crossed = (offPeriod?.firstNight ?? 0) + 5
  const unanswered = new Set([10, 30, 50])
  for (const p of experiment.periods) {
    for (let i = 0; i < p.nights; i++) {
      const night = p.firstNight + i
      const evening = shiftDate(START, night)
      const morning = shiftDate(evening, 1)
      const stretched = (p.arm === 'on' && !skipped.has(night)) || night === crossed
      t.clock.set(at(morning, '08:00'))
      if (stretched) addSession(db, at(evening, '22:15'), 'bedtime')
      if (unanswered.has(night)) continue
      const cramp = p.arm === 'off' ? i % 3 !== 0 : i % 4 === 0
      if (cramp)
        journal.create(
          episodeInput({ startedAt: at(morning, '03:00'), context: 'asleep', pain: 7 }),
          'form',
        )
      else checkIns.setNightReport(morning, 'none')
    }
  }
  t.clock.set(at(shiftDate(START, 57), '10:00'))
  return { ...t, experiment, result: experiments.result(experiment.id), skipped, crossed }
}

describe('an experiment analysed from the journal', () => {
  it('counts cramps per night from the morning answers and logged cramps, missing nights as missing', () => {
    const { result } = runExperiment()
    expect(result.view.status).toBe('finished')
    expect(result.nights).toHaveLength(56)
    expect(result.nights.filter((n) => n.cramps === null).map((n) => n.night)).toEqual([11, 31, 51])
    const cramped = result.nights.find((n) => n.cramps === 1)
    expect(cramped).toMatchObject({ worstPain: 7 })
    const itt = result.intentionToTreat
    expect(itt.on.nights + itt.off.nights + result.missingNights).toBe(40)
  })

  it('takes adherence from the player’s sessions: missed ON nights and a crossed-over OFF night', () => {
    const { result, experiment, skipped, crossed } = runExperiment()
    const missed = result.adherence.filter((a) => a.missed > 0)
    expect(missed).toHaveLength(1)
    expect(missed[0]?.missed).toBe(skipped.size)
    const over = result.adherence.find((a) => a.crossedOver > 0)
    expect(over?.firstNight).toBe(experiment.periods.find((p) => p.arm === 'off')?.firstNight)
    expect(result.nights[crossed]?.done).toBe(true)
    // Per-protocol leaves out the non-adherent analysed nights (washout ones were never in).
    const itt = result.intentionToTreat
    const pp = result.perProtocol
    expect(pp.on.nights + pp.off.nights).toBeLessThan(itt.on.nights + itt.off.nights)
  })

  it('finds fewer cramps ON, says it in words with the interval, and names the 1/16 floor', () => {
    const { result } = runExperiment()
    const itt = result.intentionToTreat
    expect(itt.bayes?.median).toBeLessThan(1)
    expect(itt.exact?.smallestP).toBe(1 / 16)
    expect(itt.words?.headline).toMatch(
      /^Nights with the bedtime stretch had \d+% fewer cramps \(95% interval: /,
    )
    expect(itt.words?.exact).toContain('smallest possible p is 1/16')
  })
})
