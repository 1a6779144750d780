import { join } from 'node:path'
import type { StorageStatus } from '../../shared/contract/app'
import type { Clock } from '../../shared/domain/clock'
import type { Db } from '../db/connection'
import { DB_FILE } from '../db/constants'
import { openStorage } from '../db/open'
import { removeQuarantinedOriginals } from '../db/quarantine'
import { AppError } from './errors'

export interface StorageOptions {
  dataDir: string
  clock: Clock
  nativeBinding?: string | undefined
}

/**
 * Owns the one database connection. While the database is quarantined every
 * feature call fails with `storage_unavailable` and nothing is written.
 */
export class StorageService {
  private db: Db | null = null
  private current: StorageStatus

  constructor(private readonly options: StorageOptions) {
    this.current = this.open()
  }

  status(): StorageStatus {
    return this.current
  }

  /** The open database, or a typed error the renderer can show. */
  connection(): Db {
    if (!this.db) {
      throw new AppError(
        'storage_unavailable',
        'Your journal is not available until you choose what to do with the damaged file.',
      )
    }
    return this.db
  }

  /** Replaces a quarantined database with an empty one. Its copy stays in quarantine. */
  startFresh(): StorageStatus {
    const status = this.current
    if (status.state === 'ok') return status
    removeQuarantinedOriginals(status.dbPath, status.quarantinePath)
    this.current = this.open()
    return this.current
  }

  /**
   * Closes the database, lets `change` replace or remove its files, then
   * opens whatever is there now (an empty journal if nothing is). Used by
   * restore and delete-all; the services rebind to the new connection.
   */
  replaceFiles(change: (dbPath: string) => void): StorageStatus {
    const dbPath = join(this.options.dataDir, DB_FILE)
    this.close()
    try {
      change(dbPath)
    } finally {
      this.current = this.open()
    }
    return this.current
  }

  close(): void {
    this.db?.close()
    this.db = null
  }

  private open(): StorageStatus {
    const result = openStorage({
      dataDir: this.options.dataDir,
      now: this.options.clock.now(),
      nativeBinding: this.options.nativeBinding,
    })
    this.db = result.db
    return result.status
  }
}
