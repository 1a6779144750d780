import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ratio, verdict, type Row, type Unit } from './row'

function fmt(x: number, unit: Unit): string {
  if (unit === 'ms') return x < 10 ? `${x.toFixed(3)} ms` : `${x.toFixed(1)} ms`
  if (unit === 'timers') return `${x}`
  return `${x.toFixed(unit === '/h' ? 1 : 2)} ${unit}`
}

function budgetText(row: Row): string {
  if (!row.budget) return ''
  const op = row.budget.inclusive ? '≤' : '<'
  return `${op} ${fmt(row.budget.limit, row.unit)}`
}

const COLUMNS = [
  { head: 'measure', width: 50, left: true },
  { head: 'median', width: 12 },
  { head: 'p95', width: 12 },
  { head: 'budget', width: 12 },
  { head: 'result', width: 12, left: true },
  { head: 'lower bound', width: 12 },
  { head: 'ratio', width: 6 },
] as const

/** One aligned table, then each row's note (comparisons, reasons) beneath it. */
export function printTable(rows: readonly Row[], log: (line: string) => void = console.log): void {
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const col = COLUMNS[i]
        if (!col) return c
        return 'left' in col ? c.padEnd(col.width) : c.padStart(col.width)
      })
      .join('  ')
      .trimEnd()
  log(line(COLUMNS.map((c) => c.head)))
  for (const row of rows) {
    const r = ratio(row)
    log(
      line([
        row.name,
        row.value ? fmt(row.value.median, row.unit) : '—',
        row.value ? fmt(row.value.p95, row.unit) : '—',
        budgetText(row),
        verdict(row),
        row.lowerBound ? fmt(row.lowerBound.median, row.unit) : '',
        r === null ? '' : `${r.toFixed(1)}x`,
      ]),
    )
    if (row.note) log(`    ${row.note}`)
  }
}

/** Writes the same rows, with verdicts and ratios, for tools and for comparing runs. */
export function writeResults(path: string, rows: readonly Row[], meta: Record<string, unknown>) {
  mkdirSync(dirname(path), { recursive: true })
  const measures = rows.map((row) => ({ ...row, result: verdict(row), ratio: ratio(row) }))
  writeFileSync(path, `${JSON.stringify({ ...meta, measures }, null, 2)}\n`)
}

/** True when any budget failed or could not be measured. */
export function failed(rows: readonly Row[]): boolean {
  return rows.some((row) => ['FAIL', 'NOT MEASURED'].includes(verdict(row)))
}
