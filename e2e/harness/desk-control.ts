import type { ServerResponse } from 'node:http'
import { z } from 'zod'
import type { ReminderControls } from '../../electron/services/reminders/controls'
import { BusySignal } from '../../shared/domain/reminders'
import type { HarnessBusy } from './busy'
import type { HarnessIdle } from './idle'
import { sendJson } from './http'

/** What the desk controls drive: the idle counter and the running reminders. */
export interface DeskTargets {
  idle: HarnessIdle
  busy: HarnessBusy
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
const BusyCommand = z.strictObject({ signal: BusySignal.nullable() })

export const DESK_ACTIONS = ['idle', 'power', 'busy'] as const

/**
 * The computer around the app, for reminder tests:
 * - `POST /__limber/control/idle` `{ seconds }` → `{ idleSeconds }`: the system idle time
 * - `POST /__limber/control/power` `{ event: suspend|resume|lock|unlock }` → `{ state }`:
 *   what Electron's powerMonitor would report
 * - `POST /__limber/control/busy` `{ signal: fullscreen|camera|microphone|presenting|null }`
 *   → `{ signal }`: what the busy detectors report from now on (null: not busy)
 */
/** The body as `schema` reads it, or null after answering 400 with what is wrong. */
function parseBody<T>(res: ServerResponse, schema: z.ZodType<T>, body: unknown): T | null {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  sendJson(res, 400, { error: z.prettifyError(parsed.error) })
  return null
}

export function deskCommand(
  res: ServerResponse,
  action: (typeof DESK_ACTIONS)[number],
  body: unknown,
  desk: DeskTargets,
): void {
  if (action === 'idle') {
    const idle = parseBody(res, IdleCommand, body)
    if (!idle) return
    desk.idle.set(idle.seconds)
    sendJson(res, 200, { idleSeconds: desk.idle.idleSeconds() })
    return
  }
  if (action === 'busy') {
    const busy = parseBody(res, BusyCommand, body)
    if (!busy) return
    desk.busy.set(busy.signal)
    sendJson(res, 200, { signal: desk.busy.current() })
    return
  }
  const power = parseBody(res, PowerCommand, body)
  if (!power) return
  const reminders = desk.reminders()
  if (!reminders) {
    sendJson(res, 409, { error: 'Reminders are not running (the database is unavailable).' })
    return
  }
  const event = power.event
  if (event === 'suspend') reminders.systemSuspended()
  else if (event === 'resume') reminders.systemResumed()
  else if (event === 'lock') reminders.screenLocked()
  else reminders.screenUnlocked()
  sendJson(res, 200, { state: reminders.state() })
}
