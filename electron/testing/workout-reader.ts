import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SpawnReader } from '../services/workouts/reader-thread'

const WORKER_SOURCE = join(__dirname, '..', 'services', 'workouts', 'reader-worker.ts')
const TSX = pathToFileURL(createRequire(__filename).resolve('tsx')).href

/**
 * The reader thread from its TypeScript source, through tsx, for the
 * browser harness and the tests (the app runs the built out/main file).
 */
export const sourceReaderThread: SpawnReader = () =>
  new Worker(WORKER_SOURCE, { execArgv: ['--import', TSX] })

/**
 * The harness runs the built app: the reader thread from out/main, the very
 * file the desktop app starts, when it has been built; otherwise the source.
 */
export function builtOrSourceReaderThread(root: string): SpawnReader {
  const built = join(root, 'out', 'main', 'workout-reader.js')
  return existsSync(built) ? () => new Worker(built) : sourceReaderThread
}
