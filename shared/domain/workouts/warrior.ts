import { compareWithLongest, sessionLoad, type LengthComparison, type LoadInput } from './load'

type Input = LoadInput

export interface LongSessionCramps {
  /** Exercise-day cramps looked at (the most recent, up to `last`). */
  of: number
  /** How many of them came after a session at least 10% longer than the 30 days before. */
  afterLonger: number
  /** The latest such day, for the example in the sentence. */
  example: (LengthComparison & { date: string }) | null
}

/**
 * The weekend-warrior pattern ("too much, too soon"): of the last `last`
 * days with a cramp that also had a session, how many had a session much
 * longer than usual. `crampDates` are the local days a cramp followed (that
 * day or its night).
 */
export function longSessionCramps(
  workouts: readonly Input[],
  crampDates: readonly string[],
  last = 4,
): LongSessionCramps {
  const byDay = new Map<string, Input[]>()
  for (const w of workouts) byDay.set(w.localDate, [...(byDay.get(w.localDate) ?? []), w])
  const days = [...new Set(crampDates)]
    .filter((d) => byDay.has(d))
    .sort()
    .slice(-last)
  let afterLonger = 0
  let example: LongSessionCramps['example'] = null
  for (const date of days) {
    const sessions = byDay.get(date) ?? []
    const longest = sessions.reduce((a, b) =>
      sessionLoad(b).minutes > sessionLoad(a).minutes ? b : a,
    )
    const comparison = compareWithLongest(longest, workouts)
    if (comparison && comparison.signal !== 'usual') {
      afterLonger++
      example = { ...comparison, date }
    }
  }
  return { of: days.length, afterLonger, example }
}

const amount = (value: number, unit: 'km' | 'min') =>
  unit === 'km' ? `${value.toFixed(value < 10 ? 1 : 0)} km` : `${Math.round(value)} min`

/**
 * The sentence Trends shows, or null when it would say nothing (fewer than 2
 * of the cramps fit). A count in one person's journal, never a risk.
 */
export function longSessionCrampsText(p: LongSessionCramps): string | null {
  if (p.afterLonger < 2 || !p.example) return null
  const e = p.example
  return (
    `${p.afterLonger} of your last ${p.of} exercise-day cramps came after a session much longer than usual ` +
    `(your longest in the 30 days before: ${amount(e.longestBefore, e.unit)}; that day: ${amount(e.that, e.unit)}). ` +
    'This is what went together in your journal, not proof that one caused the other.'
  )
}
