import type { Worker } from 'node:worker_threads'
import type { OutcomeSink, SourceReader } from './read-source'
import type { FromReader, ToReader } from './reader-messages'

/** Starts a reader thread running reader-worker (the built file in the app, the source under tsx). */
export type SpawnReader = () => Worker

/** A thread not asked for this long is stopped; the next import starts another. */
export const READER_IDLE_MS = 60_000

interface Job {
  sink: OutcomeSink
  signal: AbortSignal | undefined
  onCount: ((files: number) => void) | undefined
  /** The outcomes stored so far, in order, one at a time. */
  stored: Promise<void>
  finish: (error?: unknown) => void
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/**
 * A SourceReader that parses on a worker thread, kept between imports so a
 * second drop does not pay for loading the parsers again. Outcomes reach
 * `sink` in order, one at a time, while the thread reads the next file.
 * After Cancel, outcomes still on their way are dropped, so Cancel keeps
 * exactly what `sink` had stored. A thread that dies (out of memory on a
 * hostile file, say) ends its imports with an error; what was stored stays.
 * The thread never keeps the process alive.
 */
export function threadedReader(spawn: SpawnReader, idleMs = READER_IDLE_MS): SourceReader {
  let worker: Worker | null = null
  let nextId = 1
  const jobs = new Map<number, Job>()
  let idleTimer: ReturnType<typeof setTimeout> | undefined

  const stopWhenIdle = () => {
    clearTimeout(idleTimer)
    if (jobs.size > 0) return
    idleTimer = setTimeout(() => {
      void worker?.terminate()
      worker = null
    }, idleMs)
    idleTimer.unref()
  }

  const start = (): Worker => {
    const w = spawn()
    w.unref()
    w.on('message', (message: FromReader) => {
      const job = jobs.get(message.id)
      if (!job) return
      if (message.type === 'count') job.onCount?.(message.files)
      else if (message.type === 'outcome') {
        const { outcome } = message
        job.stored = job.stored.then(async () => {
          if (!job.signal?.aborted) await job.sink(outcome)
        })
        job.stored.catch(job.finish)
      } else if (message.type === 'done') {
        job.stored.then(() => {
          job.finish()
        }, job.finish)
      } else job.finish(new Error(`The workout reader failed: ${message.message}`))
    })
    const fail = (error: Error) => {
      if (worker === w) worker = null
      for (const job of [...jobs.values()]) job.finish(error)
    }
    w.on('error', fail)
    w.on('exit', (code) => {
      fail(new Error(`The workout reader stopped (exit code ${String(code)}).`))
    })
    return w
  }

  return (sources, sink, signal, onCount) =>
    new Promise<void>((resolve, reject) => {
      clearTimeout(idleTimer)
      const w = (worker ??= start())
      const id = nextId++
      const cancel = () => {
        w.postMessage({ type: 'cancel', id } satisfies ToReader)
      }
      jobs.set(id, {
        sink,
        signal,
        onCount,
        stored: Promise.resolve(),
        finish: (error?: unknown) => {
          if (!jobs.delete(id)) return
          signal?.removeEventListener('abort', cancel)
          stopWhenIdle()
          if (error) reject(asError(error))
          else resolve()
        },
      })
      signal?.addEventListener('abort', cancel)
      w.postMessage({ type: 'read', id, sources } satisfies ToReader)
      if (signal?.aborted) cancel()
    })
}
