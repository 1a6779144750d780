// The workout reader's thread: parses the files it is sent and posts back
// each file's outcome as soon as it is read. The database stays on main,
// which stores each outcome as it arrives. One thread serves every import.
import { parentPort } from 'node:worker_threads'
import { packedBuffers, packWorkouts } from './packed-workouts'
import { readInThread, type FileOutcome } from './read-source'
import type { FromReader, ToReader } from './reader-messages'

const port = parentPort
if (!port) throw new Error('reader-worker runs as a worker thread only.')
const post = (message: FromReader) => {
  port.postMessage(message)
}

/** Sessions in one file from which they travel as columns (a Health export holds 100,000). */
const PACK_FROM = 200

const running = new Map<number, AbortController>()
port.on('message', (message: ToReader) => {
  const { id } = message
  if (message.type === 'cancel') {
    running.get(id)?.abort()
    return
  }
  const controller = new AbortController()
  running.set(id, controller)
  readInThread(
    message.sources,
    (outcome) => {
      // A FIT or GPX file's one session costs more as columns than as an object.
      if (outcome.kind !== 'read' || outcome.workouts.length < PACK_FROM) {
        post({ type: 'outcome', id, outcome })
        return
      }
      const packed = packWorkouts(outcome.workouts)
      const sent: FileOutcome = { kind: 'packed', sourceName: outcome.sourceName, packed }
      port.postMessage(
        { type: 'outcome', id, outcome: sent } satisfies FromReader,
        packedBuffers(packed),
      )
    },
    controller.signal,
    (files) => {
      post({ type: 'count', id, files })
    },
  )
    .then(
      () => {
        post({ type: 'done', id })
      },
      (error: unknown) => {
        post({ type: 'failed', id, message: String(error) })
      },
    )
    .finally(() => running.delete(id))
})
