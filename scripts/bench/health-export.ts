/**
 * `npx tsx scripts/bench/health-export.ts [MB]`: an opt-in bench (too slow for
 * `npm run bench` on a shared machine). Generates an Apple Health export.xml
 * of about 500 MB by repeating the sample's records, each repeat's Workout on
 * its own day, then imports it from disk by path, as a drop in the desktop
 * app does (parsed on the reader thread, stored on main), and prints the
 * time, the sessions added and the process's peak RSS, both threads
 * together (budget: under 300 MB).
 */
import { createWriteStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { once } from 'node:events'
import { threadedReader } from '../../electron/services/workouts/reader-thread'
import { WORKOUT_FIXTURES } from '../../electron/testing/workout-fixtures'
import { builtOrSourceReaderThread } from '../../electron/testing/workout-reader'
import { repoRoot } from '../../e2e/harness/paths'
import { openCore, scratch } from './fixture'

const targetBytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500) * 1024 * 1024

async function generate(path: string): Promise<number> {
  const sample = readFileSync(join(WORKOUT_FIXTURES, 'apple-health-export6s3sample.xml'), 'utf8')
  const bodyStart = sample.indexOf('<Record')
  const bodyEnd = sample.indexOf('</HealthData>')
  const head = sample.slice(0, bodyStart)
  const body = sample.slice(bodyStart, bodyEnd)
  const out = createWriteStream(path)
  out.write(head)
  let written = head.length
  for (let i = 0; written < targetBytes; i++) {
    // A new day per repeat, so each Workout is its own session, not "already there".
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    const chunk = body.replace(/<Workout[^>]*>/g, (tag) => tag.replaceAll('2016-04-02', day))
    written += chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end('</HealthData>\n')
  await once(out, 'finish')
  return written
}

async function main(): Promise<void> {
  const work = scratch('health')
  try {
    const path = join(work.dir, 'export.xml')
    const bytes = await generate(path)
    // --in-thread: the same import on one thread, to compare.
    const core = openCore(
      join(work.dir, 'data'),
      undefined,
      process.argv.includes('--in-thread')
        ? {}
        : { workoutReader: threadedReader(builtOrSourceReaderThread(repoRoot())) },
    )
    try {
      const start = performance.now()
      const summary = await core.services().workouts.import([{ name: 'export.xml', path }])
      const seconds = (performance.now() - start) / 1000
      const peakMb = process.resourceUsage().maxRSS / 1024
      console.log(
        `Health export: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s`,
      )
      console.log(
        `sessions stored: ${core.services().workouts.all().length}; refused: ${summary.refused.length}`,
      )
      console.log(
        `peak RSS: ${peakMb.toFixed(0)} MB (budget < 300 MB): ${peakMb < 300 ? 'PASS' : 'FAIL'}`,
      )
      process.exitCode = peakMb < 300 ? 0 : 1
    } finally {
      core.close()
    }
  } finally {
    work.cleanup()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
