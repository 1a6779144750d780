import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, BackupKind } from '../../shared/contract/data'
import type { Clock } from '../../shared/domain/clock'
import {
  backupDir,
  backupFileName,
  listBackupFiles,
  pruneBackups,
  removeWithSidecars,
  sealAndVerify,
} from '../db/backup-files'
import type { Db } from '../db/connection'
import type { TimerPort } from './reminders/ports'
import { SingleTimer } from './reminders/single-timer'

export const DAY_MS = 24 * 60 * 60 * 1000
/** The first daily backup waits a minute after start, so opening the app stays quick. */
export const FIRST_BACKUP_DELAY_MS = 60 * 1000

export interface BackupOptions {
  dataDir: string
  clock: Clock
  /** The open journal; throws while it is unavailable (quarantined). */
  connection: () => Db
  timers: TimerPort<unknown>
  nativeBinding?: string | undefined
  /** Where a failed daily backup is reported (it is retried the next day). */
  logError?: (error: unknown) => void
}

/**
 * Online backups into `<dataDir>/backups/`, made with SQLite's backup API
 * (better-sqlite3's `db.backup()`): a page-by-page copy through the open
 * connection, consistent even while the app writes. Never a copy of the
 * live file, which could catch it half-written. Each one is verified with
 * `integrity_check` before it counts; a week of daily ones is kept.
 */
export class BackupService {
  private readonly timer: SingleTimer<unknown>
  private inFlight: Promise<BackupInfo> | null = null
  private running = false

  constructor(private readonly options: BackupOptions) {
    this.timer = new SingleTimer(options.timers, () => {
      void this.runDaily()
    })
  }

  list(): BackupInfo[] {
    return listBackupFiles(this.options.dataDir)
  }

  /** Takes one backup now; concurrent calls share the one in progress. */
  create(kind: BackupKind): Promise<BackupInfo> {
    const run = (this.inFlight ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.take(kind))
    const tracked = run.finally(() => {
      if (this.inFlight === tracked) this.inFlight = null
    })
    this.inFlight = tracked
    return tracked
  }

  /** Resolves once no backup is being written (before the files are replaced). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined)
  }

  /** When the next daily backup is due: a day after the newest, never before the start delay. */
  nextDailyAt(): number {
    const soonest = this.options.clock.now() + FIRST_BACKUP_DELAY_MS
    const newest = this.list().find((b) => b.kind === 'daily')
    return newest ? Math.max(newest.createdAt + DAY_MS, soonest) : soonest
  }

  /** Arms the one timer for the next daily backup (no polling). */
  start(): void {
    this.running = true
    this.timer.arm(this.nextDailyAt(), this.options.clock.now())
  }

  stop(): void {
    this.running = false
    this.timer.disarm()
  }

  private async runDaily(): Promise<void> {
    try {
      await this.create('daily')
    } catch (error) {
      this.options.logError?.(error)
    } finally {
      // A day from now, whether or not this one worked (a failure is not retried
      // in a loop); not at all if the app stopped meanwhile (quitting).
      const now = this.options.clock.now()
      if (this.running) this.timer.arm(Math.max(this.nextDailyAt(), now + DAY_MS), now)
    }
  }

  private async take(kind: BackupKind): Promise<BackupInfo> {
    const db = this.options.connection()
    const dir = backupDir(this.options.dataDir)
    mkdirSync(dir, { recursive: true })
    const createdAt = this.options.clock.now()
    const name = backupFileName(kind, createdAt, dir)
    const path = join(dir, name)
    try {
      await db.backup(path)
    } catch (error) {
      removeWithSidecars(path)
      throw error
    }
    sealAndVerify(path, this.options.nativeBinding)
    pruneBackups(this.options.dataDir, kind)
    const info = this.list().find((b) => b.name === name)
    if (!info) throw new Error(`The backup ${name} disappeared as it was written`)
    return info
  }
}
