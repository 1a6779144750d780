/**
 * The reminder measures, run in their own Node process (see reminders.ts):
 * with --expose-gc so heap figures are taken after a full collection, and
 * with TZ=Europe/Berlin so the simulated month crosses a DST change. Prints
 * its rows as one JSON line on stdout.
 */
import { ManualClock } from '../../../shared/domain/clock'
import type { Core } from '../../../electron/services/core'
import { openCore } from '../fixture'
import type { Row } from '../row'
import { DeskMonth, inertTimers } from '../sim'
import { summarize } from '../stats'

const DAYS = 30
/** Monday 16 March 2026, 08:00 local: the month includes the spring DST change. */
const START = new Date(2026, 2, 16, 8).getTime()
const TICK_PER_HOUR = 3600

const gc = (globalThis as { gc?: () => void }).gc

function heapMb(): number {
  if (!gc) throw new Error('run with node --expose-gc')
  // Twice: the first pass can leave objects that only the second finds unreachable.
  gc()
  gc()
  return process.memoryUsage().heapUsed / (1024 * 1024)
}

/** Core's own timers stay inert: the month runs on the simulation's clock and timers. */
function simMonth(dataDir: string, seed: number): { core: Core; month: DeskMonth } {
  const clock = new ManualClock(START)
  const core = openCore(dataDir, clock, { timers: inertTimers })
  return { core, month: new DeskMonth(core, clock, seed) }
}

/** Wakeups per hour and the most timers armed at once, over five users answering differently. */
function schedulerRows(dataDir: string): Row[] {
  const perHour: number[] = []
  let maxArmed = 0
  let busiest = 0
  for (let seed = 1; seed <= 5; seed++) {
    const { core, month } = simMonth(dataDir, seed)
    try {
      month.run(DAYS)
      perHour.push(month.timers.wakeups.length / (DAYS * 24))
      maxArmed = Math.max(maxArmed, month.timers.maxArmed)
      const hours = new Map<number, number>()
      for (const w of month.timers.wakeups) {
        const h = Math.floor(w / 3_600_000)
        hours.set(h, (hours.get(h) ?? 0) + 1)
      }
      busiest = Math.max(busiest, ...hours.values())
      month.service.dispose()
    } finally {
      core.close()
    }
  }
  const wake = summarize(perHour)
  return [
    {
      name: 'scheduler: wakeups per hour (30 days, defaults, busy polling on)',
      unit: '/h',
      value: wake,
      // Issue 17: holding reminders through calls may cost polls, but no more than this.
      budget: { limit: 6, inclusive: true, on: 'p95' },
      note: `a one-second tick: ${TICK_PER_HOUR.toLocaleString('en')}/h, ${Math.round(TICK_PER_HOUR / wake.median)}x more; busiest hour: ${busiest} wakeups`,
    },
    {
      name: 'scheduler: most timers armed at once',
      unit: 'timers',
      value: { median: maxArmed, p95: maxArmed, runs: perHour.length },
      budget: { limit: 1, inclusive: true, on: 'p95' },
    },
  ]
}

/**
 * Heap growth of the main-side services over simulated months of reminders,
 * after two warm-up days. Three consecutive months, each its own sample.
 */
function memoryRows(dataDir: string): Row[] {
  const { core, month } = simMonth(dataDir, 9)
  try {
    month.run(2)
    month.forgetLogs()
    const growth: number[] = []
    let before = heapMb()
    for (let i = 0; i < 3; i++) {
      month.run(DAYS)
      month.forgetLogs()
      const after = heapMb()
      growth.push(after - before)
      before = after
    }
    month.service.dispose()
    return [
      {
        name: 'main services heap growth over 30 days of reminders',
        unit: 'MB',
        value: summarize(growth),
        budget: { limit: 5, on: 'median' },
        note: `three consecutive months after GC: ${growth.map((g) => g.toFixed(2)).join(', ')} MB`,
      },
    ]
  } finally {
    core.close()
  }
}

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: reminders-child.ts <data folder with limber.db>')
const rows = [...schedulerRows(dataDir), ...memoryRows(dataDir)]
process.stdout.write(`${JSON.stringify(rows)}\n`)
