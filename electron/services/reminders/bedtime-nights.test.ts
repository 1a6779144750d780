import { describe, expect, it } from 'vitest'
import { defaultReminderSettings, type BedtimeNights } from '../../../shared/domain/reminders'
import { shiftDate } from '../../../shared/domain/local-time'
import { simulate } from './test-fixtures'

// Nights decided by an experiment, on the scheduler alone (the journal side is
// in experiments/bedtime-reminder.test.ts).
const nights = (from: string, arms: boolean[]): BedtimeNights =>
  Object.fromEntries(arms.map((on, i) => [shiftDate(from, i), on]))
const userOff = { ...defaultReminderSettings, bedtime: { enabled: false, at: '22:00' } }

describe('bedtime nights from an experiment', () => {
  it('finds the ON night after sixteen OFF nights, longer than the week it usually looks ahead', () => {
    const sim = simulate('2026-03-02 07:30', userOff)
    const arms = [...Array<boolean>(16).fill(false), true, true]
    sim.scheduler.updateBedtimeNights(nights('2026-03-02', arms))
    sim.run('2026-03-25 07:30')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-18 22:00', '2026-03-19 22:00'])
  })

  it('never shows tonight’s reminder late when an ON night is set after its time', () => {
    const sim = simulate('2026-03-02 07:30', userOff)
    sim.run('2026-03-02 22:10')
    sim.scheduler.updateBedtimeNights(nights('2026-03-02', [true, true]))
    sim.run('2026-03-04 07:30')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-03 22:00'])
  })

  it('takes away a bedtime reminder on an OFF night set during the day', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 12:00')
    sim.scheduler.updateBedtimeNights(nights('2026-03-02', [false]))
    sim.run('2026-03-04 07:30')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-03 22:00'])
  })
})
