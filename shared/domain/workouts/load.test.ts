import { format, parseISO, startOfISOWeek } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  compareWithLongest,
  describeAcuteChronic,
  fasterThanUsual,
  fastWeeklyIncreases,
  sessionLoad,
  weeklyLoad,
} from './load'
import { longSessionCramps, longSessionCrampsText } from './warrior'

const run = (localDate: string, km: number, minutes = km * 6, effort: number | null = null) => ({
  localDate,
  startedAt: Date.parse(`${localDate}T08:00:00Z`),
  movingSeconds: minutes * 60,
  elapsedSeconds: minutes * 60,
  distanceMeters: km * 1000,
  effort,
  sport: 'running' as const,
})

describe('session load', () => {
  it('is effort × minutes where the effort is known, else minutes and distance', () => {
    expect(sessionLoad(run('2026-05-01', 10, 50, 6))).toEqual({
      minutes: 50,
      km: 10,
      effortMinutes: 300,
    })
    expect(sessionLoad(run('2026-05-01', 10, 50))).toEqual({
      minutes: 50,
      km: 10,
      effortMinutes: null,
    })
  })
})

describe('longer than the longest of the 30 days before', () => {
  const history = [run('2026-05-01', 8), run('2026-05-10', 6)]
  it.each([
    [8.7, 'usual'],
    [8.8, 'longer'],
    [15, 'longer'],
    [16, 'longer'],
    [16.1, 'more-than-double'],
  ])('%s km after a longest of 8 km is %s', (km, signal) => {
    expect(compareWithLongest(run('2026-05-20', km), history)).toMatchObject({
      signal,
      longestBefore: 8,
      unit: 'km',
    })
  })

  it('ignores sessions more than 30 days before, and has nothing to say with none', () => {
    expect(compareWithLongest(run('2026-06-15', 20), history)).toBeNull()
  })
})

describe('weekly increases and the acute:chronic description', () => {
  it('sums minutes, km and known effort-minutes per Monday week', () => {
    const monday = (d: string) => format(startOfISOWeek(parseISO(d)), 'yyyy-MM-dd')
    const weeks = weeklyLoad(
      [run('2026-05-04', 5, 30, 5), run('2026-05-10', 10, 60), run('2026-05-11', 4, 24)],
      monday,
    )
    expect(weeks).toEqual([
      { week: '2026-05-04', minutes: 90, km: 15, effortMinutes: 150 },
      { week: '2026-05-11', minutes: 24, km: 4, effortMinutes: 0 },
    ])
  })

  it('flags a week more than 30% above the week before', () => {
    const weeks = [
      { week: '2026-05-04', minutes: 100 },
      { week: '2026-05-11', minutes: 130 },
      { week: '2026-05-18', minutes: 170 },
    ]
    expect(fastWeeklyIncreases(weeks)).toEqual(['2026-05-18'])
  })

  it('describes, and never scores', () => {
    const text = describeAcuteChronic(200, [100, 100, 100, 100])
    expect(text).toContain('about 2.0 times your average week')
    expect(text).not.toMatch(/risk|%/i)
    expect(describeAcuteChronic(200, [100, 100])).toBeNull()
  })
})

describe('faster than usual', () => {
  it('is 10% or more under the median pace of 3+ earlier sessions', () => {
    const history = [run('2026-05-01', 5, 30), run('2026-05-03', 5, 30), run('2026-05-05', 5, 31)]
    expect(fasterThanUsual(run('2026-05-08', 5, 27), history)).toBe(true)
    expect(fasterThanUsual(run('2026-05-08', 5, 28), history)).toBe(false)
    expect(fasterThanUsual(run('2026-05-08', 5, 20), history.slice(0, 2))).toBe(false)
  })
})

describe('the weekend-warrior pattern', () => {
  it('counts exercise-day cramps after much longer sessions and says it as a count', () => {
    const workouts = [
      run('2026-05-02', 8),
      run('2026-05-09', 12),
      run('2026-05-12', 5),
      run('2026-05-16', 9),
      run('2026-05-23', 15),
    ]
    const result = longSessionCramps(workouts, [
      '2026-05-09',
      '2026-05-12',
      '2026-05-16',
      '2026-05-23',
      '2026-05-25',
    ])
    expect(result).toMatchObject({ of: 4, afterLonger: 2 })
    const text = longSessionCrampsText(result)
    expect(text).toBe(
      '2 of your last 4 exercise-day cramps came after a session much longer than usual ' +
        '(your longest in the 30 days before: 12 km; that day: 15 km). ' +
        'This is what went together in your journal, not proof that one caused the other.',
    )
  })

  it('says nothing from a single day', () => {
    const result = longSessionCramps([run('2026-05-02', 8), run('2026-05-09', 12)], ['2026-05-09'])
    expect(longSessionCrampsText(result)).toBeNull()
  })
})
