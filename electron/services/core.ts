import type { AppInfo } from '../../shared/contract/app'
import type { EventName, EventPayload } from '../../shared/contract'
import type { Clock } from '../../shared/domain/clock'
import type { Db } from '../db/connection'
import { SettingsService } from './settings'
import { StorageService } from './storage'

/** Sends a main → renderer event to every window (Electron) or page (harness). */
export type Emit = <N extends EventName>(name: N, payload: EventPayload<N>) => void

export interface CoreOptions {
  dataDir: string
  clock: Clock
  info: Omit<AppInfo, 'dataDir'>
  nativeBinding?: string | undefined
  emit: Emit
  quit: () => void
}

/** Feature services bound to one open database. */
export interface Services {
  settings: SettingsService
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
    if (this.bound?.db !== db) {
      this.bound = { db, services: { settings: new SettingsService(db, this.clock) } }
    }
    return this.bound.services
  }

  close(): void {
    this.bound = null
    this.storage.close()
  }
}
