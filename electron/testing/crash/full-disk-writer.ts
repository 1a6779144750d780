// Run by failing-writes.test.ts under a file-size limit (ulimit -f): saves
// entries through the real handle() path and journal service until a save
// fails, then checks the journal can still be read. Prints one JSON line
// per call.
//   node full-disk-writer.cjs <dataDir>
import { contract, type IpcResult } from '../../../shared/contract'
import { systemClock } from '../../../shared/domain/clock'
import { createHandle } from '../../ipc/handle'
import type { IpcEventLike, IpcMainLike } from '../../ipc/types'
import { JournalService } from '../../services/journal'
import { StorageService } from '../../services/storage'
import { crashEntry } from './entry'

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown
const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: full-disk-writer <dataDir>')
const storage = new StorageService({ dataDir, clock: systemClock })
const journal = new JournalService(storage.connection(), systemClock, () => ({
  start: '22:00',
  end: '07:00',
}))
const listeners = new Map<string, Listener>()
const ipcMain: IpcMainLike = {
  handle: (channel, listener) => listeners.set(channel, listener),
  removeHandler: () => undefined,
}
const handle = createHandle({ ipcMain, isTrustedUrl: () => true, checkOutputs: true })
handle(contract['journal:create'], ({ episode, via }) => journal.create(episode, via))
handle(contract['journal:list'], (input) => journal.list(input))
const frame: IpcEventLike = { senderFrame: { url: 'app://limber/', parent: null } }
const call = async (channel: string, input: unknown) =>
  (await listeners.get(channel)?.(frame, input)) as IpcResult<{ id?: string; items?: unknown[] }>

async function main(): Promise<void> {
  for (let seq = 5_000_000; seq < 5_100_000; seq++) {
    const result = await call('journal:create', { episode: crashEntry(seq) })
    if (result.ok) {
      console.log(JSON.stringify({ saved: result.value.id, seq }))
      continue
    }
    console.log(JSON.stringify({ failed: result.error }))
    break
  }
  const list = await call('journal:list', { limit: 200 })
  console.log(JSON.stringify({ readable: list.ok }))
  storage.close()
}

void main()
