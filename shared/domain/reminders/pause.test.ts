import { tzOffset } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { isPausedAt, PauseState, startPause } from './pause'

const berlin = (at: number) => tzOffset('Europe/Berlin', new Date(at))
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString().slice(0, 16))

describe('pausing', () => {
  const now = Date.UTC(2026, 2, 2, 9, 5)

  it('30 min, 1 h and 2 h are elapsed time', () => {
    expect(iso(startPause('30m', now, berlin).until)).toBe('2026-03-02T09:35')
    expect(iso(startPause('1h', now, berlin).until)).toBe('2026-03-02T10:05')
    expect(iso(startPause('2h', now, berlin).until)).toBe('2026-03-02T11:05')
    // Even across the spring jump: 01:30 CET + 1 h is 03:30 CEST.
    expect(iso(startPause('1h', Date.UTC(2026, 2, 29, 0, 30), berlin).until)).toBe(
      '2026-03-29T01:30',
    )
  })

  it('"until tomorrow" ends at the next local midnight, DST included', () => {
    expect(iso(startPause('tomorrow', now, berlin).until)).toBe('2026-03-02T23:00')
    expect(iso(startPause('tomorrow', Date.UTC(2026, 2, 28, 14), berlin).until)).toBe(
      '2026-03-28T23:00',
    )
    expect(iso(startPause('tomorrow', Date.UTC(2026, 2, 29, 14), berlin).until)).toBe(
      '2026-03-29T22:00',
    )
  })

  it('"until I resume" has no end', () => {
    const p = startPause('until_resume', now, berlin)
    expect(p.until).toBeNull()
    expect(isPausedAt(now + 1000 * 86_400_000, p)).toBe(true)
    expect(isPausedAt(now - 1, p)).toBe(false)
  })

  it('validates stored pauses', () => {
    expect(PauseState.safeParse(startPause('1h', now, berlin)).success).toBe(true)
    expect(PauseState.safeParse({ option: '1h', since: now, until: now - 1 }).success).toBe(false)
  })
})
