import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReminderRecord } from '../../shared/domain/reminders'
import { useTempDirs } from '../testing/temp-dir'
import { openConnection } from './connection'
import { DB_FILE } from './constants'
import { migrate } from './migrate'
import { migrations } from './migrations'
import { RemindersRepository } from './reminders-repo'

const tempDir = useTempDirs()
const DUE = Date.UTC(2026, 10, 23, 21, 0)

describe('migration 11: held reminders', () => {
  it('keeps the history there was, and stores what held a reminder', () => {
    const path = join(tempDir(), DB_FILE)
    const before = openConnection(path)
    migrate(
      before,
      migrations.filter((m) => m.version < 11),
    )
    const done = ReminderRecord.parse({
      id: 'done-1',
      kind: 'move',
      dueAt: DUE - 3_600_000,
      firedAt: DUE - 3_600_000,
      utcOffsetMin: 60,
      outcome: 'done',
      outcomeAt: DUE - 3_500_000,
      snoozeMin: null,
    })
    new RemindersRepository(before).insert(done, '2026-11-23')
    before.close()

    const db = openConnection(path)
    expect(migrate(db, migrations)).toContain(11)
    const repo = new RemindersRepository(db)
    const held = ReminderRecord.parse({
      id: 'held-1',
      kind: 'bedtime',
      dueAt: DUE,
      firedAt: null,
      utcOffsetMin: 60,
      outcome: 'held',
      outcomeAt: DUE + 30 * 60_000,
      snoozeMin: null,
      heldBy: 'microphone',
    })
    repo.insert(held, '2026-11-23')
    // Read back exactly: the older row has no heldBy at all, the held one says why.
    expect(repo.all()).toEqual([done, held])
    expect(repo.all().map((r) => ReminderRecord.safeParse(r).success)).toEqual([true, true])
    db.close()
  })
})
