import type { AppInfo, StorageStatus } from '../../shared/contract/app'
import type { EventName, EventPayload } from '../../shared/contract'
import type { Clock } from '../../shared/domain/clock'
import type { ShortcutStatus } from '../../shared/domain/shortcut'
import type { NightWindow } from '../../shared/domain/local-time'
import type { ImportSummary } from '../../shared/domain/journal-file'
import type { Db } from '../db/connection'
import { CheckInsService } from './checkins'
import { ExperimentsService } from './experiments/service'
import { JournalService } from './journal'
import { RoutinesService } from './routines'
import { SettingsService } from './settings'
import { StorageService } from './storage'
import { TransferService, type SaveFile } from './transfer'
import { TrendsServices, type PrintToPdf } from './trends/index'
import { BackupService } from './backups'
import type { OpenFolder } from './data-actions'
import { alwaysPresent } from './reminders/always-present'
import type { BusySource, IdleSource, TimerPort } from './reminders/ports'
import { realTimerPort } from './reminders/real-timers'
import { RemindersService } from './reminders/service'
import type { SourceReader } from './workouts/read-source'
import { WorkoutsService } from './workouts/service'

/** Sends a main → renderer event to every window (Electron) or page (harness). */
export type Emit = <N extends EventName>(name: N, payload: EventPayload<N>) => void

export interface CoreOptions {
  dataDir: string
  clock: Clock
  info: Omit<AppInfo, 'dataDir'>
  nativeBinding?: string | undefined
  emit: Emit
  quit: () => void
  /** Native save dialog; without one (browser preview) exports become downloads. */
  saveFile?: SaveFile
  /** Keep the display awake and the window unthrottled while a routine plays. */
  setPlaying?: (playing: boolean) => void
  /**
   * Prints the calling page (the IPC sender, Electron's WebContents) to PDF.
   * Absent in the browser preview, where the report uses the browser's Print.
   */
  printToPdf?: PrintToPdf
  /** The reminders' timers; real setTimeout by default (the harness drives its own clock). */
  timers?: TimerPort<unknown>
  /** System idle seconds (Electron's powerMonitor); "never idle" by default. */
  idle?: IdleSource
  /** The busy detectors (calls, full screen); "never busy" by default. */
  busy?: BusySource
  /** Shows the data folder in the file manager (Electron's shell.openPath); absent in the browser preview. */
  openFolder?: OpenFolder
  /** The cramp timer changed through a window (the tray redraws); absent in the browser preview. */
  onLiveChanged?: () => void
  /** What the system made of the Cramp now shortcut; absent in the browser preview, which has none. */
  shortcutStatus?: () => ShortcutStatus
  /** Where workout files are parsed (a worker thread in the app); on this thread by default. */
  workoutReader?: SourceReader
}

/** Feature services bound to one open database. */
export interface Services {
  settings: SettingsService
  journal: JournalService
  checkIns: CheckInsService
  transfer: TransferService
  routines: RoutinesService
  trends: TrendsServices
  workouts: WorkoutsService
  experiments: ExperimentsService
}

/**
 * Everything main owns, with no Electron in it: storage, feature services,
 * the clock and the event sink. Electron's adapters and the browser harness
 * each build one and register the same handlers over it.
 */
export class Core {
  readonly storage: StorageService
  /** Daily and on-demand backups of the open journal. */
  readonly backups: BackupService
  private bound: { db: Db; services: Services; reminders: RemindersService } | null = null

  constructor(readonly options: CoreOptions) {
    this.storage = new StorageService(options)
    this.backups = new BackupService({
      dataDir: options.dataDir,
      clock: options.clock,
      connection: () => this.storage.connection(),
      timers: options.timers ?? realTimerPort(options.clock),
      nativeBinding: options.nativeBinding,
    })
    this.backups.start()
    // Reminders run from the moment the database opens, not from the first call.
    if (this.storage.status().state === 'ok') this.bind()
  }

  get clock(): Clock {
    return this.options.clock
  }

  get emit(): Emit {
    return this.options.emit
  }

  info(): AppInfo {
    return { ...this.options.info, dataDir: this.options.dataDir }
  }

  /** Services for the current database; throws `storage_unavailable` while quarantined. */
  services(): Services {
    return this.bind().services
  }

  /** The running reminders, or null while the database is unavailable (quarantined). */
  reminders(): RemindersService | null {
    return this.storage.status().state === 'ok' ? this.bind().reminders : null
  }

  /** Replaces a quarantined database with an empty one and starts its reminders. */
  startFresh(): StorageStatus {
    const status = this.storage.startFresh()
    if (status.state === 'ok') this.bind()
    return status
  }

  private bind(): { db: Db; services: Services; reminders: RemindersService } {
    const db = this.storage.connection()
    if (this.bound?.db !== db) {
      this.bound?.reminders.dispose()
      const services = this.createServices(db)
      this.bound = { db, services, reminders: this.createReminders(db, services) }
    }
    return this.bound
  }

  private createReminders(db: Db, services: Services): RemindersService {
    const reminders = new RemindersService({
      db,
      clock: this.clock,
      timers: this.options.timers ?? realTimerPort(this.clock),
      idle: this.options.idle ?? alwaysPresent,
      ...(this.options.busy ? { busy: this.options.busy } : {}),
      checkIns: services.checkIns,
      bedtimeNights: () => services.experiments.bedtimeNights(),
    })
    services.experiments.onChange(() => {
      reminders.reloadBedtimeNights()
    })
    reminders.subscribe((state) => {
      this.emit('reminders:changed', state)
    })
    reminders.onShown((shown) => {
      this.emit('reminders:shown', shown)
    })
    reminders.onWater((date) => {
      this.emit('checkins:changed', { date })
    })
    reminders.start()
    return reminders
  }

  private createServices(db: Db): Services {
    const settings = new SettingsService(db, this.clock)
    return {
      settings,
      journal: new JournalService(db, this.clock, () => settings.nightWindow()),
      checkIns: new CheckInsService(db, this.clock),
      transfer: new TransferService(db, this.clock, this.options.saveFile),
      routines: new RoutinesService(db, this.clock),
      workouts: new WorkoutsService(db, this.clock, this.options.workoutReader),
      experiments: new ExperimentsService(db, this.clock, () => settings.nightWindow()),
      trends: new TrendsServices(db, this.clock, () => ({
        night: settings.nightWindow(),
        waterTargetMl: settings.get().settings.waterTargetMl,
      })),
    }
  }

  /**
   * Imports a JSON export. Settings and reminder settings may have come
   * with it: the running reminders take them up and every window is told.
   */
  importJournal(content: string): ImportSummary {
    const summary = this.services().transfer.import(content)
    // Experiments may have come with it: a bedtime one decides the bedtime reminder.
    this.bound?.reminders.reloadBedtimeNights()
    if (summary.settings.added + summary.settings.updated > 0) {
      this.bound?.reminders.reloadSettings()
      this.emit('settings:changed', this.services().settings.get())
    }
    return summary
  }

  /** A window started, stopped or ended the cramp timer. */
  liveChanged(): void {
    this.options.onLiveChanged?.()
  }

  /** The night window from settings. */
  nightWindow(): NightWindow {
    return this.services().settings.nightWindow()
  }

  /**
   * Restore and delete-all: the services stop, `change` swaps the database
   * files, and the services start again on whatever is there now.
   */
  replaceFiles(change: (dbPath: string) => void): StorageStatus {
    this.bound?.reminders.dispose()
    this.bound = null
    const status = this.storage.replaceFiles(change)
    if (status.state === 'ok') this.bind()
    return status
  }

  close(): void {
    this.backups.stop()
    // Before the database closes: reminders on screen are recorded as unanswered.
    this.bound?.reminders.dispose()
    this.bound = null
    this.storage.close()
  }
}
