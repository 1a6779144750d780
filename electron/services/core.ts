import type { AppInfo } from '../../shared/contract/app'
import type { EventName, EventPayload } from '../../shared/contract'
import type { Clock } from '../../shared/domain/clock'
import type { Db } from '../db/connection'
import { CheckInsService } from './checkins'
import { JournalService } from './journal'
import { RoutinesService } from './routines'
import { SettingsService } from './settings'
import { StorageService } from './storage'
import { TransferService, type SaveFile } from './transfer'

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
}

/** Feature services bound to one open database. */
export interface Services {
  settings: SettingsService
  journal: JournalService
  checkIns: CheckInsService
  transfer: TransferService
  routines: RoutinesService
}

/**
 * Everything main owns, with no Electron in it: storage, feature services,
 * the clock and the event sink. Electron's adapters and the browser harness
 * each build one and register the same handlers over it.
 */
export class Core {
  readonly storage: StorageService
  private bound: { db: Db; services: Services } | null = null

  constructor(readonly options: CoreOptions) {
    this.storage = new StorageService(options)
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
    const db = this.storage.connection()
    if (this.bound?.db !== db) this.bound = { db, services: this.createServices(db) }
    return this.bound.services
  }

  private createServices(db: Db): Services {
    const settings = new SettingsService(db, this.clock)
    const night = () => {
      const s = settings.get().settings
      return { start: s.nightStart, end: s.nightEnd }
    }
    return {
      settings,
      journal: new JournalService(db, this.clock, night),
      checkIns: new CheckInsService(db, this.clock),
      transfer: new TransferService(db, this.clock, this.options.saveFile),
      routines: new RoutinesService(db, this.clock),
    }
  }

  /** The night window from settings. */
  nightWindow(): { start: string; end: string } {
    const s = this.services().settings.get().settings
    return { start: s.nightStart, end: s.nightEnd }
  }

  close(): void {
    this.bound = null
    this.storage.close()
  }
}
