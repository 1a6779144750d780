import { describe, expect, it } from 'vitest'
import type { Episode } from './episode'
import { shiftDate } from './local-time'
import { FLAG_ORDER, flagChecks, journalFlags, type RedFlagKey } from './red-flags'
import { storedCramp } from '../testing/cramps'

const night = { start: '22:00', end: '07:00' }
const TODAY = '2026-11-25'
let seq = 0

/** A cramp on a local date and time (UTC+1), with overrides. */
function cramp(date: string, time: string, over: Partial<Episode> = {}): Episode {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const at = Date.UTC(y, m - 1, d, hh, mm) - 60 * 60_000
  seq++
  return storedCramp({
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    startedAt: at,
    utcOffsetMin: 60,
    durationSec: 60,
    ...over,
  })
}

const keys = (episodes: Episode[]): RedFlagKey[] =>
  journalFlags(episodes, TODAY, night).map((f) => f.key)

describe('red flags', () => {
  it('raises nothing for an ordinary, quiet month', () => {
    expect(
      keys([cramp('2026-11-20', '18:00'), cramp('2026-11-02', '03:00', { context: 'asleep' })]),
    ).toEqual([])
  })

  describe('wakes you most nights (4 of the last 7)', () => {
    const nights = ['2026-11-19', '2026-11-21', '2026-11-23', '2026-11-24'] // nights began on these evenings
    const at3am = (evening: string) => cramp(shiftDate(evening, 1), '03:00', { context: 'asleep' })
    it('fires on four different nights, and says the rule and the count', () => {
      const flag = journalFlags(nights.map(at3am), TODAY, night)[0]
      expect(flag?.key).toBe('most_nights')
      expect(flag?.rule).toBe(
        'Cramps that wake you (logged while asleep) on at least 4 of the last 7 nights.',
      )
      expect(flag?.found).toBe('4 of the last 7 nights')
    })
    it('does not count a cramp in the night window while awake as waking you', () => {
      const awake = cramp(shiftDate(nights[3] ?? '', 1), '03:00', { context: 'standing' })
      expect(keys([...nights.slice(0, 3).map(at3am), awake])).not.toContain('most_nights')
    })
    it('does not fire on three nights, even with several cramps a night', () => {
      const three = nights.slice(0, 3).flatMap((n) => [at3am(n), at3am(n)])
      expect(keys(three)).not.toContain('most_nights')
    })
    it('does not count a night older than 7 nights', () => {
      expect(keys([...nights.slice(0, 3), '2026-11-17'].map(at3am))).not.toContain('most_nights')
    })
    it('counts an "asleep" cramp just after the night window with the night before', () => {
      const late = cramp('2026-11-25', '07:30', { context: 'asleep' })
      expect(keys([...nights.slice(0, 3).map(at3am), late])).toContain('most_nights')
    })
  })

  it('frequent: fires at 10 cramps in 30 days, not at 9', () => {
    const days = Array.from({ length: 10 }, (_, i) =>
      cramp(`2026-11-${String(10 + i).padStart(2, '0')}`, '17:00'),
    )
    expect(keys(days)).toContain('frequent')
    expect(keys(days.slice(1))).not.toContain('frequent')
    // The 30-day window starts on 2026-10-27.
    expect(keys([...days.slice(1), cramp('2026-10-26', '17:00')])).not.toContain('frequent')
    expect(keys([...days.slice(1), cramp('2026-10-27', '17:00')])).toContain('frequent')
  })

  it('severe: three with pain 8+ or over 10 minutes fire, two do not', () => {
    const severe = [
      cramp('2026-11-10', '17:00', { pain: 8 }),
      cramp('2026-11-12', '17:00', { durationSec: 700, durationBucket: 'over_10m' }),
      cramp('2026-11-14', '17:00', { symptoms: ['over_10_min'] }),
    ]
    expect(keys(severe)).toContain('severe')
    expect(keys(severe.slice(0, 2))).not.toContain('severe')
    expect(keys([cramp('2026-11-10', '17:00', { pain: 7 }), ...severe.slice(1)])).not.toContain(
      'severe',
    )
  })

  it.each(['weakness', 'numbness', 'swelling', 'skin_colour'] as const)(
    'a cramp with %s raises "with signs"',
    (s) => {
      const flags = journalFlags([cramp('2026-11-24', '12:00', { symptoms: [s] })], TODAY, night)
      expect(flags.map((f) => f.key)).toEqual(['with_signs'])
      expect(flags[0]?.who).toMatch(/doctor/i)
    },
  )

  it('walking pain that eases with rest raises its own flag; older than 30 days does not', () => {
    expect(keys([cramp('2026-11-01', '12:00', { symptoms: ['walking_pain'] })])).toEqual([
      'walking_pain',
    ])
    expect(keys([cramp('2026-10-20', '12:00', { symptoms: ['walking_pain'] })])).toEqual([])
  })

  it('lingering: soreness 3 fires, soreness 2 does not', () => {
    expect(keys([cramp('2026-11-20', '12:00', { soreness: 3 })])).toEqual(['lingering'])
    expect(keys([cramp('2026-11-20', '12:00', { soreness: 2 })])).toEqual([])
  })

  it('lingering: a leg that looks or feels different fires on its own', () => {
    const flags = journalFlags([cramp('2026-11-20', '12:00', { legChanged: true })], TODAY, night)
    expect(flags.map((f) => f.key)).toEqual(['lingering'])
    expect(flags[0]?.found).toBe('1 entry in the last 30 days')
    expect(keys([cramp('2026-11-20', '12:00', { legChanged: false })])).toEqual([])
  })

  it('"with signs" adds the same-day line; other flags do not', () => {
    const flags = journalFlags(
      [cramp('2026-11-24', '12:00', { symptoms: ['swelling'], soreness: 3 })],
      TODAY,
      night,
    )
    expect(flags.find((f) => f.key === 'with_signs')?.sameDay).toMatch(
      /same day .* swollen, warm, red or painful, or a leg turns cold, pale or bluish\. With sudden breathlessness or chest pain, it is an emergency\./,
    )
    expect(flags.find((f) => f.key === 'lingering')?.sameDay).toBeNull()
  })

  describe('a report period', () => {
    const from = '2026-08-28' // 90 days to TODAY
    const windows = { asOf: TODAY, signsFrom: from, dated: true }
    it('reads per-entry signs over the whole period, and says so', () => {
      const day10 = cramp('2026-09-06', '12:00', { symptoms: ['numbness'] })
      const checks = flagChecks([day10], windows, night)
      const signs = checks.find((c) => c.key === 'with_signs')
      expect(signs?.present).toBe(true)
      expect(signs?.episodeIds).toEqual([day10.id])
      expect(signs?.found).toBe('1 entry in the whole period (28 Aug 2026 to 25 Nov 2026)')
      // The day before the period is not read.
      const before = cramp('2026-08-27', '12:00', { symptoms: ['numbness'] })
      expect(
        flagChecks([before], windows, night).find((c) => c.key === 'with_signs')?.present,
      ).toBe(false)
    })
    it('checks every rule and names the window each frequency rule read', () => {
      const checks = flagChecks([cramp('2026-09-06', '12:00')], windows, night)
      expect(checks.map((c) => c.key)).toEqual(FLAG_ORDER)
      expect(checks).toHaveLength(6)
      expect(checks.every((c) => !c.present)).toBe(true)
      const byKey = (k: RedFlagKey) => checks.find((c) => c.key === k)
      expect(byKey('most_nights')?.found).toBe('0 of the 7 nights before 25 Nov 2026')
      // A cramp on day 10 is outside the 30 days the frequency rule reads.
      expect(byKey('frequent')?.found).toBe('0 cramps in the 30 days to 25 Nov 2026')
      expect(byKey('frequent')?.rule).toBe('10 or more cramps in the 30 days to 25 Nov 2026.')
    })
  })

  it('lists the entries behind a flag, newest first', () => {
    const a = cramp('2026-11-01', '12:00', { symptoms: ['numbness'] })
    const b = cramp('2026-11-20', '12:00', { symptoms: ['swelling'] })
    expect(journalFlags([a, b], TODAY, night)[0]?.episodeIds).toEqual([b.id, a.id])
  })
})
