import { describe, expect, it } from 'vitest'
import type { DayRecord } from '../days'
import { hardRun } from '../test-days'
import { cramp, input, window } from './test-input'
import { weekendWarrior } from './weekend-warrior'

/** Sedentary weekdays, a hard run every Saturday, cramps the night after each run. */
function journal(activeWeekdays: number, hardSaturdays = true) {
  let active = 0
  const days = window()
  const shaped: DayRecord[] = days.map((d) => {
    if (d.weekday === 6) return { ...d, exercise: hardSaturdays ? [hardRun] : [] }
    if (d.weekday <= 5 && active < activeWeekdays) {
      active++
      return { ...d, exercise: [{ ...hardRun, effort: 3, hardOrNew: false }] }
    }
    return d
  })
  const saturdays = shaped.filter((d) => d.weekday === 6).map((d) => d.date)
  const episodes = saturdays.slice(0, 5).map((d) => cramp(d, 23, d))
  return { days: shaped, episodes, weekdays: shaped.filter((d) => d.weekday <= 5).length }
}

describe('weekend warrior', () => {
  it('fires on sedentary weekdays, hard Saturdays and cramps that night', () => {
    const j = journal(0)
    const p = weekendWarrior(input(j))
    expect(p?.id).toBe('weekend_warrior')
    expect(p?.evidence).toContainEqual({
      label: 'Cramps that day or night',
      value: '5 of 5 (100%)',
    })
    expect(p?.actions).toEqual(['start-warm-up', 'enable-warm-up-reminder', 'enable-move-reminder'])
  })

  it('fires with exercise on exactly 40% of weekdays, not one more', () => {
    const { weekdays } = journal(0)
    const limit = Math.floor(weekdays * 0.4)
    expect(weekendWarrior(input(journal(limit)))).not.toBeNull()
    expect(weekendWarrior(input(journal(limit + 1)))).toBeNull()
  })

  it('does not fire without hard days, or when most cramps are on other days', () => {
    expect(weekendWarrior(input(journal(0, false)))).toBeNull()
    const j = journal(0)
    const quiet = [
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09',
      '2026-10-13',
      '2026-10-14',
    ]
    const moreElsewhere = [...j.episodes, ...quiet.map((d) => cramp(d, 14))]
    expect(weekendWarrior(input({ ...j, episodes: moreElsewhere }))).toBeNull()
  })

  it('does not fire on thin data: under 14 check-ins or under 4 cramps', () => {
    const j = journal(0)
    expect(weekendWarrior(input({ ...j, days: j.days.slice(-13) }))).toBeNull()
    expect(weekendWarrior(input({ ...j, episodes: j.episodes.slice(0, 3) }))).toBeNull()
  })
})

describe('weekend warrior from imported workouts', () => {
  /** A run of `km` on `date` at 08:00 UTC. */
  const run = (date: string, km: number) => ({
    localDate: date,
    startedAt: Date.parse(`${date}T08:00:00Z`),
    movingSeconds: km * 330,
    elapsedSeconds: km * 340,
    distanceMeters: km * 1000,
    effort: null,
    sport: 'running' as const,
  })
  // Steady 8 km runs, then two long ones with a cramp that night, and two usual ones with a cramp.
  const workouts = [
    run('2026-10-03', 8),
    run('2026-10-10', 8),
    run('2026-10-17', 15),
    run('2026-10-24', 8),
    run('2026-10-31', 17),
    run('2026-11-07', 8),
  ]
  const episodes = ['2026-10-17', '2026-10-31', '2026-11-07', '2026-10-24'].map((d) =>
    cramp(d, 23, d),
  )

  it('fires on cramps after sessions much longer than usual, saying so in the person’s own numbers', () => {
    const p = weekendWarrior(input({ episodes, workouts }))
    expect(p?.id).toBe('weekend_warrior')
    expect(p?.evidence).toEqual([
      { label: 'Exercise-day cramps after a much longer session', value: '2 of 4' },
    ])
    expect(p?.finding).toBe(
      '2 of your last 4 exercise-day cramps came after a session much longer than usual (your longest in the 30 days before: 15 km; that day: 17 km). This is what went together in your journal, not proof that one caused the other.',
    )
  })

  it('stays quiet when the cramps came after usual sessions', () => {
    const usual = workouts.map((w) => ({ ...w, distanceMeters: 8000 }))
    expect(weekendWarrior(input({ episodes, workouts: usual }))).toBeNull()
  })

  it('adds the sentence to the check-in rule when both fit', () => {
    const j = journal(0)
    // Each Saturday's run a good deal longer than the last.
    const saturdayRuns = j.episodes.map((e, i) => run(e.localDate, 8 + i * 4))
    const p = weekendWarrior(input({ ...j, workouts: saturdayRuns }))
    expect(p?.evidence).toContainEqual({
      label: 'Cramps that day or night',
      value: '5 of 5 (100%)',
    })
    expect(p?.finding).toMatch(/^4 of your last 4 exercise-day cramps came after a session/)
  })
})
