// The workout reader's thread: parses the files it is sent and posts back
// each file's outcome as soon as it is read. The database stays on main,
// which stores each outcome as it arrives.
import { parentPort } from 'node:worker_threads'
import { readInThread } from './read-source'
import type { ToReader } from './reader-messages'

const port = parentPort
if (!port) throw new Error('reader-worker runs as a worker thread only.')

const controller = new AbortController()
port.on('message', (message: ToReader) => {
  if (message.type === 'cancel') {
    controller.abort()
    return
  }
  void readInThread(
    message.sources,
    (outcome) => {
      port.postMessage({ type: 'outcome', outcome })
    },
    controller.signal,
    (files) => {
      port.postMessage({ type: 'count', files })
    },
  ).then(
    () => {
      port.postMessage({ type: 'done' })
    },
    (error: unknown) => {
      port.postMessage({ type: 'failed', message: String(error) })
    },
  )
})
