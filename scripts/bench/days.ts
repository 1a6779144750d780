export const DAY_MS = 86_400_000

/** UTC midnight of a YYYY-MM-DD date. */
export function utcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}
