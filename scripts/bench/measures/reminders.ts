import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from '../../../e2e/harness/paths'
import type { Row } from '../row'

/**
 * Runs reminders-child.ts in a fresh Node with --expose-gc (heap after a
 * real collection, without the rest of the bench's objects in the figure)
 * and TZ=Europe/Berlin (the simulated month crosses a DST change).
 */
export function reminderMeasures(dataDir: string): Promise<Row[]> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(repoRoot(), 'scripts', 'bench', 'measures', 'reminders-child.ts'),
      dataDir,
    ],
    { env: { ...process.env, TZ: 'Europe/Berlin' }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let out = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    out += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? ''
      if (code !== 0 || !last.startsWith('[')) {
        reject(new Error(`the reminders simulation exited with ${code}`))
        return
      }
      resolve(JSON.parse(last) as Row[])
    })
  })
}
