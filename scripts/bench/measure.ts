import { performance } from 'node:perf_hooks'

export interface Measure {
  name: string
  medianMs: number
  p95Ms: number
  budgetMs: number | null
  pass: boolean | null
}

/** Times `fn` after a warm-up; median and p95 over `runs` calls. */
export function measure(
  name: string,
  budgetMs: number | null,
  fn: () => unknown,
  runs = 200,
): Measure {
  for (let i = 0; i < 20; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const medianMs = times[Math.floor(times.length / 2)] ?? 0
  const p95Ms = times[Math.floor(times.length * 0.95)] ?? 0
  return { name, medianMs, p95Ms, budgetMs, pass: budgetMs === null ? null : medianMs < budgetMs }
}

/** Prints one table; returns true when any budget failed. */
export function printTable(rows: Measure[]): boolean {
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`
  console.log(
    [
      'measure'.padEnd(52),
      'median'.padStart(12),
      'p95'.padStart(12),
      'budget'.padStart(10),
      'result',
    ].join('  '),
  )
  for (const r of rows) {
    const budget = r.budgetMs === null ? '' : `< ${r.budgetMs} ms`
    const result = r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'
    console.log(
      [
        r.name.padEnd(52),
        fmt(r.medianMs).padStart(12),
        fmt(r.p95Ms).padStart(12),
        budget.padStart(10),
        result,
      ].join('  '),
    )
  }
  return rows.some((r) => r.pass === false)
}
