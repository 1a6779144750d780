// Run as a plain Node child by crash.test.ts: writes journal entries through
// the real storage and journal services as fast as it can and reports each
// committed id on stdout, until the parent kills it.
//   node writer.cjs <dataDir> <firstSeq>
import { writeSync } from 'node:fs'
import { systemClock } from '../../../shared/domain/clock'
import { JournalService } from '../../services/journal'
import { StorageService } from '../../services/storage'
import { crashEntry } from './entry'

const [dataDir, first] = process.argv.slice(2)
if (!dataDir || !first) throw new Error('usage: writer <dataDir> <firstSeq>')
const storage = new StorageService({ dataDir, clock: systemClock })
const status = storage.status()
if (status.state !== 'ok') {
  // The parent fails the test with this: a crash must never make the journal unreadable.
  process.stderr.write(`quarantined: ${status.message}\n`)
  process.exit(3)
}
const journal = new JournalService(storage.connection(), systemClock, () => ({
  start: '22:00',
  end: '07:00',
}))
writeSync(1, 'ready\n')
for (let seq = Number(first); ; seq++) {
  const episode = journal.create(crashEntry(seq), 'form')
  // create() returned, so the transaction committed: only now is the id reported.
  writeSync(1, `${episode.id} ${seq}\n`)
}
