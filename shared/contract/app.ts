import { z } from 'zod'
import { ShortcutStatus } from '../domain/shortcut'
import { entry, event, NoInput } from './entry'

export const QuarantineReason = z.enum(['newer', 'foreign', 'corrupt'])
export type QuarantineReason = z.infer<typeof QuarantineReason>

/**
 * Whether the journal database could be opened. When it could not, the
 * original files were copied untouched to `quarantinePath` and nothing was
 * written to them.
 */
export const StorageStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), dbPath: z.string() }),
  z.object({
    state: z.literal('quarantined'),
    reason: QuarantineReason,
    /** What went wrong, in plain words for the recovery screen. */
    message: z.string(),
    dbPath: z.string(),
    quarantinePath: z.string(),
  }),
])
export type StorageStatus = z.infer<typeof StorageStatus>

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  /** Where the app runs: the Electron shell or the browser preview harness. */
  shell: z.enum(['electron', 'browser']),
})
export type AppInfo = z.infer<typeof AppInfo>

/** Version, data folder and shell. */
export const getAppInfo = entry('app:info', NoInput, AppInfo)

/** Whether the database opened, or was quarantined and why. */
export const getStorageStatus = entry('app:storage-status', NoInput, StorageStatus)

/**
 * After a quarantine: remove the unusable files (their copy stays in the
 * quarantine folder) and create an empty database.
 */
export const startFresh = entry('app:start-fresh', NoInput, StorageStatus)

/** Quit the app (the recovery screen's other choice). */
export const quitApp = entry('app:quit', NoInput, z.null())

/** Whether the Cramp now shortcut is held, refused by the system, or off ("unavailable" in the browser preview). */
export const getShortcutStatus = entry('app:shortcut-status', NoInput, ShortcutStatus)

/** The sidebar screens, plus the screens the tray and notifications open directly. */
export const Route = z.enum([
  'today',
  'journal',
  'routines',
  'trends',
  'settings',
  'check-in',
  'log-cramp',
  'cramp-now',
])
export type Route = z.infer<typeof Route>

/** Main asks the window to show a screen (tray, menu, notifications). */
export const navigateEvent = event('app:navigate', z.object({ route: Route }))
