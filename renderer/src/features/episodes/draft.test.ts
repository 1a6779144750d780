import { describe, expect, it } from 'vitest'
import type { Episode } from '@shared/domain/episode'
import {
  draftFromEpisode,
  emptyDraft,
  errorsFromIssues,
  lastNightAt3,
  resolveDuration,
  resolveStart,
  toEpisodeInput,
  type EpisodeDraft,
} from './draft'

// Tests run in UTC (the machine's zone), so local and UTC clocks agree.
const NOW = Date.parse('2026-03-10T14:20:00Z')

function complete(patch: Partial<EpisodeDraft> = {}): EpisodeDraft {
  return { ...emptyDraft('left'), pain: '6', context: 'resting', ...patch }
}

const stored: Episode = {
  id: '00000000-0000-4000-8000-000000000001',
  startedAt: Date.parse('2026-03-08T01:30:00Z'),
  // Logged in UTC+9 (travel): 10:30 on the clock the user saw.
  utcOffsetMin: 540,
  durationSec: 95,
  durationBucket: '30s_2m',
  side: 'right',
  muscle: 'calf',
  pain: 7,
  context: 'exercise',
  triggers: ['heat'],
  relief: ['stretch', 'water'],
  reliefBest: 'water',
  symptoms: [],
  soreness: 2,
  legChanged: true,
  notes: 'hot run',
  loggedVia: 'cramp_now',
  createdAt: 0,
  updatedAt: 0,
}

describe('when it started', () => {
  it('turns the quick choices into whole-minute instants relative to now', () => {
    const at = (when: EpisodeDraft['when']) => resolveStart(complete({ when }), NOW)
    expect(at('now')).toEqual({ ok: true, startedAt: NOW, utcOffsetMin: 0 })
    expect(resolveStart(complete({ when: 'now' }), NOW + 42_123)).toMatchObject({ startedAt: NOW })
    expect(at('15m')).toMatchObject({ startedAt: NOW - 15 * 60_000 })
    expect(at('1h')).toMatchObject({ startedAt: NOW - 60 * 60_000 })
    expect(at('last_night')).toMatchObject({ startedAt: Date.parse('2026-03-10T03:00:00Z') })
  })

  it('"last night around 3 a.m." is yesterday’s 3 a.m. when it is not 3 a.m. yet', () => {
    expect(lastNightAt3(Date.parse('2026-03-10T01:15:00Z'))).toBe(
      Date.parse('2026-03-09T03:00:00Z'),
    )
    expect(lastNightAt3(Date.parse('2026-03-10T03:00:00Z'))).toBe(
      Date.parse('2026-03-10T03:00:00Z'),
    )
  })

  it('reads a picked date and time in the browser’s zone and refuses the future', () => {
    const pick = (date: string, time: string) =>
      resolveStart(complete({ when: 'pick', date, time }), NOW)
    expect(pick('2026-03-09', '23:45')).toEqual({
      ok: true,
      startedAt: Date.parse('2026-03-09T23:45:00Z'),
      utcOffsetMin: 0,
    })
    expect(pick('', '10:00')).toEqual({ ok: false, message: 'Enter the date it happened' })
    expect(pick('2026-03-09', '')).toEqual({ ok: false, message: 'Enter the time it happened' })
    expect(pick('2026-03-10', '18:00')).toEqual({
      ok: false,
      message: 'That time is still to come',
    })
  })

  it('keeps an edited entry’s stored instant and offset while its date and time are untouched', () => {
    const draft = draftFromEpisode(stored)
    expect(draft).toMatchObject({ when: 'pick', date: '2026-03-08', time: '10:30' })
    expect(resolveStart(draft, NOW)).toEqual({
      ok: true,
      startedAt: stored.startedAt,
      utcOffsetMin: 540,
    })
    // Changing the time re-reads it in the current zone.
    expect(resolveStart({ ...draft, time: '11:00' }, NOW)).toEqual({
      ok: true,
      startedAt: Date.parse('2026-03-08T11:00:00Z'),
      utcOffsetMin: 0,
    })
  })
})

describe('how long it lasted', () => {
  it('takes a range, an exact length, or nothing', () => {
    expect(resolveDuration(complete({ duration: '2_10m' }))).toEqual({
      ok: true,
      durationSec: null,
      durationBucket: '2_10m',
    })
    expect(resolveDuration(complete({ duration: 'unknown' }))).toEqual({
      ok: true,
      durationSec: null,
      durationBucket: null,
    })
    expect(resolveDuration(complete({ duration: 'exact', minutes: '1', seconds: '30' }))).toEqual({
      ok: true,
      durationSec: 90,
      durationBucket: null,
    })
    expect(
      resolveDuration(complete({ duration: 'exact', minutes: '', seconds: '45' })),
    ).toMatchObject({ durationSec: 45 })
  })

  it('explains exact lengths it cannot use', () => {
    const exact = (minutes: string, seconds: string) =>
      resolveDuration(complete({ duration: 'exact', minutes, seconds }))
    expect(exact('', '')).toEqual({
      ok: false,
      message: 'Enter how long it lasted, or choose a range',
    })
    expect(exact('1.5', '')).toEqual({
      ok: false,
      message: 'Use whole minutes and seconds, like 1 and 30',
    })
    expect(exact('0', '0')).toEqual({ ok: false, message: 'Enter at least 1 second' })
    expect(exact('1441', '')).toEqual({ ok: false, message: 'An entry can be up to 24 hours long' })
  })
})

describe('toEpisodeInput', () => {
  it('asks for the missing essentials, each on its own field', () => {
    const result = toEpisodeInput(emptyDraft(), NOW)
    expect(result).toEqual({
      ok: false,
      errors: {
        side: 'Choose which leg',
        pain: 'Choose how bad it was, from 0 to 10',
        context: 'Choose what you were doing',
      },
    })
  })

  it('builds the contract input from a complete draft', () => {
    const result = toEpisodeInput(
      complete({
        triggers: ['heat', 'fatigue'],
        relief: ['stretch'],
        reliefBest: 'stretch',
        soreness: '3',
        legChanged: true,
        notes: 'x',
      }),
      NOW,
    )
    expect(result).toEqual({
      ok: true,
      input: {
        startedAt: NOW,
        utcOffsetMin: 0,
        durationSec: null,
        durationBucket: null,
        side: 'left',
        muscle: 'hamstring',
        pain: 6,
        context: 'resting',
        triggers: ['heat', 'fatigue'],
        relief: ['stretch'],
        reliefBest: 'stretch',
        symptoms: [],
        soreness: 3,
        legChanged: true,
        notes: 'x',
      },
    })
  })

  it('refuses "helped most" from relief that was not used', () => {
    const result = toEpisodeInput(complete({ relief: ['heat'], reliefBest: 'ice' }), NOW)
    expect(result).toEqual({
      ok: false,
      errors: { reliefBest: 'Pick what helped most from the relief you used' },
    })
  })

  it('round-trips a stored entry unchanged', () => {
    const result = toEpisodeInput(draftFromEpisode(stored), NOW)
    expect(result.ok && result.input).toMatchObject({
      startedAt: stored.startedAt,
      utcOffsetMin: 540,
      durationSec: 95,
      side: 'right',
      muscle: 'calf',
      pain: 7,
      reliefBest: 'water',
      soreness: 2,
      legChanged: true,
    })
  })
})

describe('errorsFromIssues', () => {
  it('puts main’s issues on the form’s fields', () => {
    expect(
      errorsFromIssues([
        { path: 'episode.notes', message: 'too long' },
        { path: 'episode.startedAt', message: 'bad time' },
        { path: 'episode.durationSec', message: 'bad length' },
        { path: 'episode.triggers.1', message: 'twice' },
        { path: 'pain', message: 'cramp-now pain' },
        { path: 'via', message: 'odd' },
        { path: '', message: 'whole' },
      ]),
    ).toEqual({
      notes: 'too long',
      when: 'bad time',
      duration: 'bad length',
      triggers: 'twice',
      pain: 'cramp-now pain',
      '': 'odd',
    })
  })
})
