import { expect, type Page } from '@playwright/test'
import { format } from 'date-fns'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { CheckInFields } from '../../shared/domain/checkin'
import { emptyCheckIn } from '../../shared/domain/checkin-basics'
import type { EpisodeInput } from '../../shared/domain/episode'
import { crampInput } from '../../shared/testing/cramps'

/**
 * Seeding and reading the journal through `window.limber`, the same bridge
 * the app uses. The harness and the page share the machine's time zone.
 */
export async function call<C extends Channel>(
  page: Page,
  channel: C,
  input?: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await page.evaluate(([c, i]) => window.limber.invoke(c, i as never), [
    channel,
    input,
  ] as const)
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
  return result.value
}

/** Many calls in one round trip, in order; stops at the first failure. */
export async function callAll(page: Page, calls: [Channel, unknown][]): Promise<void> {
  const failure = await page.evaluate(async (list) => {
    for (const [channel, input] of list) {
      const result = await window.limber.invoke(channel, input as never)
      if (!result.ok) return `${channel}: ${result.error.message}`
    }
    return null
  }, calls)
  expect(failure).toBeNull()
}

/** The local date `days` from today, "yyyy-MM-dd". */
export function localDay(days = 0, from = new Date()): string {
  const d = new Date(from)
  d.setDate(d.getDate() + days)
  return format(d, 'yyyy-MM-dd')
}

/** Epoch ms for a local wall-clock time `days` from today. */
export function localTime(days: number, hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':')
  const d = new Date()
  d.setDate(d.getDate() + days)
  d.setHours(Number(h), Number(m), 0, 0)
  return d.getTime()
}

export function episode(startedAt: number, patch: Partial<EpisodeInput> = {}): EpisodeInput {
  return crampInput({
    startedAt,
    utcOffsetMin: -new Date(startedAt).getTimezoneOffset() || 0,
    ...patch,
  })
}

export function checkIn(date: string, patch: Partial<CheckInFields> = {}): CheckInFields {
  return { ...emptyCheckIn(date), ...patch }
}

/** Every episode, newest first, read page by page as the app does. */
export async function allEpisodes(page: Page): Promise<OutputOf<'journal:list'>['items']> {
  const items: OutputOf<'journal:list'>['items'] = []
  let cursor: OutputOf<'journal:list'>['nextCursor'] = null
  do {
    const result: OutputOf<'journal:list'> = await call(page, 'journal:list', {
      cursor,
      limit: 200,
    })
    items.push(...result.items)
    cursor = result.nextCursor
  } while (cursor)
  return items
}

/** Everything a journal holds, as the contract returns it. */
export async function journalSnapshot(page: Page) {
  return {
    episodes: await allEpisodes(page),
    checkIns: await call(page, 'checkins:range', { from: '2000-01-01', to: localDay(1) }),
    medications: await call(page, 'medications:list'),
  }
}
