// The workout reader's thread: parses the files it is sent and posts back
// each file's outcome as soon as it is read. The database stays on main,
// which stores each outcome as it arrives. One thread serves every import.
import { parentPort } from 'node:worker_threads'
import { readInThread } from './read-source'
import type { FromReader, ToReader } from './reader-messages'

const port = parentPort
if (!port) throw new Error('reader-worker runs as a worker thread only.')
const post = (message: FromReader) => {
  port.postMessage(message)
}

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
      post({ type: 'outcome', id, outcome })
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
