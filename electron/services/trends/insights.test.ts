import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import { shiftDate } from '../../../shared/domain/local-time'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { WorkoutsRepository } from '../../db/workouts-repo'
import { storedWorkout } from '../../../shared/testing/workouts'
import { addSession, at } from './test-journal'

const newCore = useTestCores()

// 10:00 local (UTC+1) on 25 November 2026.
function setup() {
  const t = newCore(Date.UTC(2026, 10, 25, 9))
  const s = t.core.services()
  return { ...t, ...s, db: t.core.storage.connection() }
}

const TODAY = '2026-11-25'

describe('Insights', () => {
  it('says nothing about patterns in a new journal, only what is missing', () => {
    const { trends } = setup()
    const insights = trends.insights.insights()
    expect(insights.patterns).toEqual([])
    expect(insights.thinData).toMatch(
      /at least 4 logged cramps and 14 days of check-ins\. So far: 0 cramps/,
    )
    expect(insights.factors.every((f) => f.strength === null && f.daysNeeded === 14)).toBe(true)
    expect(insights.redFlags).toEqual([])
  })

  it('attaches a night’s cramps to the day before and finds the 3 a.m. ambush', () => {
    const { trends, checkIns, journal, db } = setup()
    // 20 days: a bedtime routine on even days; a 03:00 cramp after each odd day.
    for (let i = 20; i >= 1; i--) {
      const date = shiftDate(TODAY, -i)
      checkIns.save({ ...emptyCheckIn(date), waterMl: 1500 })
      if (i % 2 === 0) addSession(db, at(date, '22:15'), 'bedtime')
      else
        journal.create(
          episodeInput({ startedAt: at(shiftDate(date, 1), '03:00'), context: 'asleep' }),
          'form',
        )
    }
    const insights = trends.insights.insights()
    const bedtime = insights.factors.find((f) => f.factor === 'bedtime_stretch')
    expect(bedtime?.with).toEqual({ days: 10, crampNights: 0 })
    expect(bedtime?.without).toEqual({ days: 10, crampNights: 10 })
    expect(bedtime?.strength).toBe('clear')
    expect(bedtime?.direction).toBe('fewer')
    expect(insights.patterns.map((p) => p.id)).toContain('night_ambush')
    // Ten nights of cramps in a row, four in the last week: the red flag shows too.
    expect(insights.redFlags.map((f) => f.key)).toContain('most_nights')
    expect(insights.patterns.map((p) => p.id)).toContain('see_professional')
  })

  it('counts a "cramps last night" answer as a cramp night of the day before', () => {
    const { trends, checkIns } = setup()
    for (let i = 14; i >= 1; i--) {
      const date = shiftDate(TODAY, -i)
      checkIns.save({ ...emptyCheckIn(date), stretchedBeforeBed: i > 7 })
    }
    // Mornings after the 7 days without a stretch.
    for (let i = 6; i >= 0; i--) checkIns.setNightReport(shiftDate(TODAY, -i), 'cramps')
    const bedtime = trends.insights.insights().factors.find((f) => f.factor === 'bedtime_stretch')
    expect(bedtime?.with).toEqual({ days: 7, crampNights: 0 })
    expect(bedtime?.without).toEqual({ days: 7, crampNights: 7 })
  })

  it('twenty quiet nights and five cramp nights do not make the hydration pattern', () => {
    const { trends, checkIns, journal } = setup()
    for (let i = 25; i >= 1; i--) {
      const date = shiftDate(TODAY, -i)
      if (i % 5 === 0) {
        checkIns.save({ ...emptyCheckIn(date), waterMl: 1000 })
        journal.create(
          episodeInput({ startedAt: at(shiftDate(date, 1), '03:00'), context: 'asleep' }),
          'form',
        )
      } else {
        // "No, a quiet night", answered the next morning.
        checkIns.setNightReport(shiftDate(date, 1), 'none')
      }
    }
    const insights = trends.insights.insights()
    expect(insights.cramps).toBe(5)
    expect(insights.patterns.map((p) => p.id)).not.toContain('hydration_nutrition')
  })
})

describe('Insights with imported workouts', () => {
  it('shows the weekend-warrior pattern when cramps followed runs much longer than usual', () => {
    const { trends, journal, db } = setup()
    const repo = new WorkoutsRepository(db)
    // Saturday runs over eight weeks: 8 km, then longer ones on the cramp days.
    const runs: [string, number, boolean][] = [
      ['2026-10-03', 8, false],
      ['2026-10-10', 8, false],
      ['2026-10-17', 14, true],
      ['2026-10-24', 8, false],
      ['2026-10-31', 16, true],
      ['2026-11-07', 8, true],
      ['2026-11-14', 19, true],
    ]
    for (const [i, [date, km, cramped]] of runs.entries()) {
      repo.insertFile(
        [
          storedWorkout({
            id: `run-${i}`,
            localDate: date,
            startedAt: at(date, '09:00'),
            distanceMeters: km * 1000,
            movingSeconds: km * 330,
            elapsedSeconds: km * 340,
            contentHash: String(i).repeat(64).slice(0, 64),
            sourceName: `run-${i}.fit`,
          }),
        ].map((w) => ({ ...w, sessionIndex: 0 })),
      )
      if (cramped)
        journal.create(
          episodeInput({ startedAt: at(shiftDate(date, 1), '02:00'), context: 'asleep' }),
          'form',
        )
    }
    const pattern = trends.insights.insights().patterns.find((p) => p.id === 'weekend_warrior')
    expect(pattern?.finding).toBe(
      '3 of your last 4 exercise-day cramps came after a session much longer than usual (your longest in the 30 days before: 16 km; that day: 19 km). This is what went together in your journal, not proof that one caused the other.',
    )
  })
})
