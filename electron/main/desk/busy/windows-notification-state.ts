import type { BusySignal } from '../../../../shared/domain/reminders'
import type { BusyDetector, Reading } from './detector'
import { type Koffi, loadKoffi } from './ffi'

/** QUERY_USER_NOTIFICATION_STATE, from Windows' shellapi.h. */
export const QUNS = {
  /** Screen saver, locked, or another user's session: away, which idle awareness covers. */
  NOT_PRESENT: 1,
  /** A full-screen application is running (or Presentation Settings are on). */
  BUSY: 2,
  /** A full-screen Direct3D application: a game or a video. */
  RUNNING_D3D_FULL_SCREEN: 3,
  /** The user turned on presentation mode. */
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  /** Windows' own "quiet time": the first hour after a new account's first sign-in. */
  QUIET_TIME: 6,
  /** A full-screen Store app. */
  APP: 7,
} as const

const HOLDS: Record<number, BusySignal> = {
  [QUNS.BUSY]: 'fullscreen',
  [QUNS.APP]: 'fullscreen',
  // The "presenting" switch is labelled "Presentation mode or a full-screen game".
  [QUNS.RUNNING_D3D_FULL_SCREEN]: 'presenting',
  [QUNS.PRESENTATION_MODE]: 'presenting',
  [QUNS.QUIET_TIME]: 'presenting',
}

/**
 * What one notification state means for one signal. Windows' own rule for
 * notifications is the rule here: only ACCEPTS_NOTIFICATIONS (and being
 * away) lets a prompt through. A value Windows has not documented is
 * "unknown", never a guess.
 */
export function notificationStateReading(state: number | null, signal: BusySignal): Reading {
  if (state === null || !Number.isInteger(state) || state < 1 || state > 7) return 'unknown'
  return HOLDS[state] === signal ? 'busy' : 'free'
}

/** One call of SHQueryUserNotificationState: the state, or null when it fails. */
export type NotificationStateQuery = () => Promise<number | null>

const S_OK = 0

/** shell32's SHQueryUserNotificationState through koffi, bound once. */
export function shellNotificationState(
  load: () => Promise<Koffi | null> = loadKoffi,
): NotificationStateQuery {
  let bound: Promise<((out: [number]) => number) | null> | null = null
  const bind = async () => {
    const koffi = await load()
    if (!koffi) return null
    try {
      return koffi
        .load('shell32.dll')
        .func('__stdcall', 'SHQueryUserNotificationState', 'int32', [
          koffi.out(koffi.pointer('int32')),
        ]) as (out: [number]) => number
    } catch {
      return null
    }
  }
  return async () => {
    bound ??= bind()
    const query = await bound
    if (!query) return null
    const out: [number] = [0]
    return query(out) === S_OK ? out[0] : null
  }
}

/** Full screen (apps, Store apps) and presenting (presentation mode, games, quiet time), from one Windows state. */
export function notificationStateDetectors(query: NotificationStateQuery): BusyDetector[] {
  const detector = (signal: BusySignal): BusyDetector => ({
    signal,
    read: async () => notificationStateReading(await query(), signal),
  })
  return [detector('fullscreen'), detector('presenting')]
}
