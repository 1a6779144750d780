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
