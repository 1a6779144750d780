import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { QuarantineReason } from '../../shared/contract/app'
import { APPLICATION_ID } from './constants'

export type Inspection =
  | { kind: 'missing' }
  | { kind: 'usable'; userVersion: number }
  | { kind: 'refused'; reason: QuarantineReason; message: string }

export interface InspectOptions {
  latestVersion: number
  /** Path of the better-sqlite3 addon to load (see electron/main/native-binding.ts). */
  nativeBinding?: string | undefined
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Decides whether an existing database may be opened for writing, without
 * writing a single byte to it or its -wal/-shm files. (Even a read-only
 * SQLite connection creates and touches -shm, so the checks run on an
 * in-memory image of the file, or on a temporary copy when a -wal holds
 * committed data that must be replayed.)
 */
export function inspectDatabase(dbPath: string, options: InspectOptions): Inspection {
  const walPath = `${dbPath}-wal`
  const walSize = existsSync(walPath) ? statSync(walPath).size : 0
  if (!existsSync(dbPath)) {
    return walSize > 0
      ? corrupt('a journal of recent changes exists but the main file is missing')
      : { kind: 'missing' }
  }
  const bytes = readFileSync(dbPath)
  if (bytes.length === 0 && walSize === 0) return { kind: 'missing' }
  const headerProblem = checkHeader(bytes, walSize > 0)
  if (headerProblem) return corrupt(headerProblem)
  try {
    return walSize > 0
      ? withTemporaryCopy(dbPath, walPath, (path) => probe(path, options))
      : probe(asRollbackImage(bytes), options)
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : String(error))
  }
}

function checkHeader(bytes: Buffer, hasWal: boolean): string | null {
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(MAGIC)) {
    return 'the file is not an SQLite database'
  }
  const rawPageSize = bytes.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'the file header is damaged'
  if (bytes.length % pageSize !== 0) return 'the file is truncated'
  // The in-header page count is trustworthy only when its "version valid for"
  // matches the change counter (SQLite file format, offsets 24, 28 and 92).
  // With a -wal present it may run ahead of the file: a checkpoint cut short
  // by a crash writes page 1 (the header) before the pages after it, and the
  // -wal still holds them all. The probe replays the -wal and checks the
  // result instead.
  const pageCount = bytes.readUInt32BE(28)
  const countValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92)
  if (!hasWal && countValid && bytes.length < pageCount * pageSize) {
    return 'the file is truncated'
  }
  return null
}

/** An in-memory copy marked as rollback-journal so SQLite reads it without a -shm. */
function asRollbackImage(bytes: Buffer): Buffer {
  const image = Buffer.from(bytes)
  image[18] = 1
  image[19] = 1
  return image
}

function withTemporaryCopy<T>(dbPath: string, walPath: string, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'limber-probe-'))
  try {
    const copy = join(dir, 'probe.db')
    copyFileSync(dbPath, copy)
    copyFileSync(walPath, `${copy}-wal`)
    return fn(copy)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function probe(source: string | Buffer, options: InspectOptions): Inspection {
  const db = new Database(source, { nativeBinding: options.nativeBinding })
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const userVersion = db.pragma('user_version', { simple: true }) as number
    const tables = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
      return {
        kind: 'refused',
        reason: 'foreign',
        message:
          'The file in your data folder was not made by Limber, so Limber left it untouched.',
      }
    }
    if (userVersion > options.latestVersion) {
      return {
        kind: 'refused',
        reason: 'newer',
        message: `Your journal was saved by a newer version of Limber (format ${userVersion}; this version understands up to ${options.latestVersion}). To keep it safe, this version has not changed it.`,
      }
    }
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') return corrupt(`the integrity check failed: ${check}`)
    return { kind: 'usable', userVersion }
  } finally {
    db.close()
  }
}

function corrupt(detail: string): Inspection {
  return {
    kind: 'refused',
    reason: 'corrupt',
    message: `Your journal file is damaged and cannot be read safely (${detail}).`,
  }
}
