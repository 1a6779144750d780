import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ManualClock, type Clock } from '../../shared/domain/clock'
import { DB_FILE } from '../../electron/db/constants'
import { Core, type CoreOptions } from '../../electron/services/core'
import { seedJournal, TEN_YEARS } from './dataset'

/** The dataset's last day; the bench's clock stands on the morning after it. */
export const END_DATE = '2026-11-24'
export const NOW = Date.UTC(2026, 10, 25, 9)

/** A clock stopped at NOW in the machine's zone, as the app's own clock would report it. */
export function benchClock(): ManualClock {
  return new ManualClock(NOW)
}

/** A Core over a data folder, as the Electron shell builds it (no save dialog: downloads). */
export function openCore(
  dataDir: string,
  clock: Clock = benchClock(),
  extra: Partial<CoreOptions> = {},
): Core {
  return new Core({
    dataDir,
    clock,
    info: { name: 'Limber', version: 'bench', shell: 'browser' },
    emit: () => {},
    quit: () => {},
    ...extra,
  })
}

/** A scratch folder under the OS temp dir, removed by `cleanup`. */
export function scratch(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `limber-bench-${prefix}-`))
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface Template {
  /** Data folder holding the seeded, cleanly closed limber.db. */
  dir: string
  seedMs: number
  /** Copies the ten-year database into a fresh data folder. */
  copyTo(dataDir: string): void
}

/**
 * Seeds the ten-year database once through the app's migrations and
 * repositories, then closes it (checkpointing the WAL) so every measure
 * starts from the same file, as the app finds it after a normal quit.
 */
export function makeTemplate(dir: string): Template {
  const start = performance.now()
  const core = openCore(dir)
  try {
    seedJournal(core.storage.connection(), END_DATE, TEN_YEARS)
    // Someone with ten years of entries finished the first-run welcome long ago.
    core.services().settings.update({ welcomeDone: true })
  } finally {
    core.close()
  }
  return templateAt(dir, performance.now() - start)
}

/** A cleanly closed database in `dir`, to copy into fresh data folders. */
export function templateAt(dir: string, seedMs: number): Template {
  return {
    dir,
    seedMs,
    copyTo(dataDir) {
      mkdirSync(dataDir, { recursive: true })
      copyFileSync(join(dir, DB_FILE), join(dataDir, DB_FILE))
    },
  }
}
