import type { ServerResponse } from 'node:http'
import { z } from 'zod'
import type { ReminderControls } from '../../electron/services/reminders/controls'
import type { HarnessIdle } from './idle'
import { sendJson } from './http'

/** What the desk controls drive: the idle counter and the running reminders. */
export interface DeskTargets {
  idle: HarnessIdle
  /** Null while the database is unavailable. */
  reminders: () => ReminderControls | null
}

const IdleCommand = z.strictObject({
  seconds: z
    .number()
    .min(0)
    .max(7 * 24 * 3600),
})
const PowerCommand = z.strictObject({ event: z.enum(['suspend', 'resume', 'lock', 'unlock']) })

export const DESK_ACTIONS = ['idle', 'power'] as const

/**
 * The computer around the app, for reminder tests:
 * - `POST /__limber/control/idle` `{ seconds }` → `{ idleSeconds }`: the system idle time
 * - `POST /__limber/control/power` `{ event: suspend|resume|lock|unlock }` → `{ state }`:
 *   what Electron's powerMonitor would report
 */
export function deskCommand(
  res: ServerResponse,
  action: (typeof DESK_ACTIONS)[number],
  body: unknown,
  desk: DeskTargets,
): void {
  if (action === 'idle') {
    const parsed = IdleCommand.safeParse(body)
    if (!parsed.success) {
      sendJson(res, 400, { error: z.prettifyError(parsed.error) })
      return
    }
    desk.idle.set(parsed.data.seconds)
    sendJson(res, 200, { idleSeconds: desk.idle.idleSeconds() })
    return
  }
  const parsed = PowerCommand.safeParse(body)
  if (!parsed.success) {
    sendJson(res, 400, { error: z.prettifyError(parsed.error) })
    return
  }
  const reminders = desk.reminders()
  if (!reminders) {
    sendJson(res, 409, { error: 'Reminders are not running (the database is unavailable).' })
    return
  }
  const event = parsed.data.event
  if (event === 'suspend') reminders.systemSuspended()
  else if (event === 'resume') reminders.systemResumed()
  else if (event === 'lock') reminders.screenLocked()
  else reminders.screenUnlocked()
  sendJson(res, 200, { state: reminders.state() })
}
