import type { Summary } from './stats'

export type Unit = 'ms' | 'KB' | 'MB' | '/h' | 'timers' | 'tasks'

export interface Budget {
  /** The figure that must stay strictly below `limit` (or at most, with `inclusive`). */
  limit: number
  inclusive?: boolean
  /** Which statistic the verdict reads: the issue states budgets on the median. */
  on: 'median' | 'p95'
}

/** One line of the table. A lower bound is the same numbers from one hand-written SQL statement. */
export interface Row {
  name: string
  unit: Unit
  value: Summary | null
  budget: Budget | null
  lowerBound?: Summary
  /** Shown beside the figure: a comparison, or why nothing was measured. */
  note?: string
  /** A condition the budget also requires (charts not on the first screen); false fails the row. */
  holds?: boolean
}

export type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED' | ''

export function verdict(row: Row): Verdict {
  if (!row.value) return row.budget ? 'NOT MEASURED' : ''
  if (!row.budget) return ''
  if (row.holds === false) return 'FAIL'
  const x = row.value[row.budget.on]
  return (row.budget.inclusive ? x <= row.budget.limit : x < row.budget.limit) ? 'PASS' : 'FAIL'
}

/** Median of the measure over the median of its lower bound. */
export function ratio(row: Row): number | null {
  if (!row.value || !row.lowerBound || row.lowerBound.median <= 0) return null
  return row.value.median / row.lowerBound.median
}

export function notMeasured(name: string, unit: Unit, budget: Budget, reason: string): Row {
  return { name, unit, value: null, budget, note: `not measured: ${reason}` }
}

/** Runs one measure; an exception becomes a "not measured" row naming it, not a crash. */
export async function guarded(
  name: string,
  unit: Unit,
  budget: Budget,
  fn: () => Promise<Row[]> | Row[],
): Promise<Row[]> {
  try {
    return await fn()
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return [notMeasured(name, unit, budget, reason ?? 'failed')]
  }
}
