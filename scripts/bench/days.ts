export const DAY_MS = 86_400_000

/** UTC midnight of a YYYY-MM-DD date. */
export function utcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

/**
 * The local date and minute of an instant at a fixed UTC offset: what the
 * app's localDate/localMinuteOfDay return (the seeding checks a sample
 * against them), without building a zoned date per row, which made
 * seeding 70,000 rows take minutes.
 */
export function localParts(at: number, utcOffsetMin: number): { date: string; minute: number } {
  const shifted = new Date(at + utcOffsetMin * 60_000)
  return {
    date: shifted.toISOString().slice(0, 10),
    minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  }
}
