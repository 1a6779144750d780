import { createHash } from 'node:crypto'
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { SIDECAR_SUFFIXES } from './constants'

/**
 * Copies the database and its -wal/-shm, byte for byte, into
 * `quarantine/<timestamp>/` beside it. The originals are not touched.
 * Returns the folder.
 */
export function quarantineCopy(dbPath: string, now: number): string {
  const root = join(dirname(dbPath), 'quarantine')
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  let dir = join(root, stamp)
  for (let n = 2; existsSync(dir); n++) dir = join(root, `${stamp}-${n}`)
  mkdirSync(dir, { recursive: true })
  for (const file of existingFiles(dbPath)) {
    const target = join(dir, basename(file))
    copyFileSync(file, target, constants.COPYFILE_EXCL)
    if (sha256(file) !== sha256(target)) {
      throw new Error(`Could not make an exact copy of ${file}`)
    }
  }
  return dir
}

/**
 * Removes the originals once their exact copies are confirmed in `dir`, so a
 * fresh database can be created. Throws, removing nothing, if any copy
 * differs.
 */
export function removeQuarantinedOriginals(dbPath: string, dir: string): void {
  const files = existingFiles(dbPath)
  for (const file of files) {
    const copy = join(dir, basename(file))
    if (!existsSync(copy) || sha256(copy) !== sha256(file)) {
      throw new Error(`The quarantine copy of ${basename(file)} is missing or different`)
    }
  }
  for (const file of files) rmSync(file)
}

export function existingFiles(dbPath: string): string[] {
  return SIDECAR_SUFFIXES.map((s) => `${dbPath}${s}`).filter((f) => existsSync(f))
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
