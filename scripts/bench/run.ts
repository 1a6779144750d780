/**
 * `npm run bench`: seeds the ten-year dataset, runs every measure against
 * its budget, prints one table and writes bench/results.json. Exits 1 when
 * a budget fails or a measure could not be taken. See README, Performance.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { repoRoot } from '../../e2e/harness/paths'
import { ensureBuilt, snapshotRenderer } from './build'
import { makeTemplate, openCore, scratch } from './fixture'
import { bundleMeasure } from './measures/bundle'
import { experimentMeasures } from './measures/experiments'
import { insightsExperimentMeasure } from './measures/insights-experiment'
import { openBrowserSession } from './measures/browser'
import { journalMeasures } from './measures/journal'
import { openMeasure } from './measures/open'
import { reminderMeasures } from './measures/reminders'
import { rendererMemoryMeasure } from './measures/renderer-memory'
import { todayLoadMeasure } from './measures/today-load'
import { transferMeasures } from './measures/transfer'
import { trendsMeasures } from './measures/trends'
import { stravaZip, workoutMeasures } from './measures/workouts'
import { workoutRendererMeasure } from './measures/workouts-renderer'
import { guarded, type Row } from './row'
import { failed, printTable, writeResults } from './table'

const ms = { on: 'median' } as const

async function main(): Promise<void> {
  const root = repoRoot()
  const started = performance.now()
  const log = (line: string) => {
    console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`)
  }
  const work = scratch('run')
  const rows: Row[] = []
  try {
    const built = guardedBuild(root, join(work.dir, 'renderer'), log)
    log('Seeding the ten-year dataset…')
    const template = makeTemplate(join(work.dir, 'template'))
    log(`Seeded in ${(template.seedMs / 1000).toFixed(1)} s`)

    log('Opening the database…')
    rows.push(
      ...(await guarded('open ten-year DB', 'ms', { ...ms, limit: 150 }, () =>
        openMeasure(template, join(work.dir, 'open')),
      )),
    )

    template.copyTo(join(work.dir, 'queries'))
    const core = openCore(join(work.dir, 'queries'))
    try {
      log('Journal…')
      rows.push(
        ...(await guarded('journal', 'ms', { ...ms, limit: 5 }, () => journalMeasures(core))),
      )
      log('Trends…')
      rows.push(
        ...(await guarded('Trends data', 'ms', { ...ms, limit: 50 }, () => trendsMeasures(core))),
      )
      log('Export and import…')
      rows.push(
        ...(await guarded('export/import', 'ms', { ...ms, limit: 2000 }, () =>
          transferMeasures(core),
        )),
      )
    } finally {
      core.close()
    }

    log('Workout import: FIT files and a 1,000-activity Strava zip…')
    rows.push(
      ...(await guarded('workout import', 'ms', { ...ms, limit: 5 }, () => workoutMeasures())),
    )
    log('Experiment analysis…')
    rows.push(
      ...(await guarded('experiment analysis', 'ms', { ...ms, limit: 5 }, () =>
        experimentMeasures(),
      )),
    )

    log('Simulating months of reminders (separate process)…')
    template.copyTo(join(work.dir, 'reminders'))
    rows.push(
      ...(await guarded('reminders', 'MB', { ...ms, limit: 5 }, () =>
        reminderMeasures(join(work.dir, 'reminders')),
      )),
    )

    rows.push(
      ...(await guarded('renderer first screen', 'KB', { ...ms, limit: 250 }, () => {
        if (built.error !== null) throw new Error(built.error)
        return bundleMeasure(built.dir)
      })),
    )

    log('Chromium through the harness…')
    rows.push(
      ...(await guarded('Chromium', 'ms', { ...ms, limit: 800 }, async () => {
        if (built.error !== null) throw new Error(built.error)
        const session = await openBrowserSession(template, join(work.dir, 'browser'), built.dir)
        try {
          const load = await todayLoadMeasure(session)
          log('Renderer memory: 300 log-and-delete cycles…')
          const memory = await guarded('renderer heap', 'MB', { ...ms, limit: 10 }, () =>
            rendererMemoryMeasure(session, log),
          )
          return [...load, ...memory]
        } finally {
          await session.close()
        }
      })),
    )
    log('A 1,000-activity Strava zip through the window…')
    rows.push(
      ...(await guarded(
        'workout import in the window',
        'ms',
        { ...ms, limit: 30_000 },
        async () => {
          if (built.error !== null) throw new Error(built.error)
          return workoutRendererMeasure(
            await stravaZip(),
            join(work.dir, 'workouts-window'),
            built.dir,
          )
        },
      )),
    )
    log('Insights with and without a running experiment…')
    rows.push(
      ...(await guarded('Insights experiment', 'ms', { ...ms, limit: 20 }, () => {
        if (built.error !== null) throw new Error(built.error)
        return insightsExperimentMeasure(template, join(work.dir, 'insights'), built.dir)
      })),
    )
  } finally {
    work.cleanup()
  }
  console.log('')
  printTable(rows)
  const out = join(root, 'bench', 'results.json')
  writeResults(out, rows, {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    seconds: Math.round((performance.now() - started) / 1000),
  })
  console.log(`\nWritten to ${out}`)
  process.exitCode = failed(rows) ? 1 : 0
}

/** Null when the renderer build is ready; otherwise why the renderer measures cannot run. */
function guardedBuild(
  root: string,
  dest: string,
  log: (line: string) => void,
): { dir: string; error: null } | { dir: null; error: string } {
  try {
    log(ensureBuilt(root, log))
    return { dir: snapshotRenderer(root, dest), error: null }
  } catch (error) {
    return { dir: null, error: error instanceof Error ? error.message : String(error) }
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error)
  process.exitCode = 1
})
