import type { Worker } from 'node:worker_threads'
import type { SourceReader } from './read-source'
import type { FromReader, ToReader } from './reader-messages'

/** Starts a reader thread running reader-worker (the built file in the app, the source under tsx). */
export type SpawnReader = () => Worker

/**
 * A SourceReader that parses on a worker thread, one thread per import.
 * Outcomes reach `sink` in order, one at a time; after Cancel, outcomes
 * still on their way are dropped, so Cancel keeps exactly what `sink` had
 * stored. A thread that dies (out of memory on a hostile file, say) ends
 * the import with an error; what was stored stays.
 */
export function threadedReader(spawn: SpawnReader): SourceReader {
  return (sources, sink, signal, onCount) =>
    new Promise<void>((resolve, reject) => {
      const worker = spawn()
      let stored: Promise<void> = Promise.resolve()
      let finished = false
      const finish = (error?: Error) => {
        if (finished) return
        finished = true
        signal?.removeEventListener('abort', cancel)
        void worker.terminate()
        if (error) reject(error)
        else resolve()
      }
      const cancel = () => {
        worker.postMessage({ type: 'cancel' } satisfies ToReader)
      }
      worker.on('message', (message: FromReader) => {
        if (message.type === 'count') onCount?.(message.files)
        else if (message.type === 'outcome') {
          const { outcome } = message
          stored = stored.then(async () => {
            if (!signal?.aborted && !finished) await sink(outcome)
          })
          stored.catch((error: unknown) => {
            finish(error instanceof Error ? error : new Error(String(error)))
          })
        } else if (message.type === 'done') {
          stored.then(
            () => {
              finish()
            },
            (error: unknown) => {
              finish(error instanceof Error ? error : new Error(String(error)))
            },
          )
        } else finish(new Error(`The workout reader failed: ${message.message}`))
      })
      worker.on('error', (error) => {
        finish(error)
      })
      worker.on('exit', (code) => {
        finish(new Error(`The workout reader stopped (exit code ${String(code)}).`))
      })
      if (signal?.aborted) cancel()
      signal?.addEventListener('abort', cancel)
      worker.postMessage({ type: 'read', sources } satisfies ToReader)
    })
}
