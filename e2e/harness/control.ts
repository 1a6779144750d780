import type { IncomingMessage, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { events, type EventName } from '../../shared/contract'
import type { HarnessClock } from './clock'
import { DESK_ACTIONS, deskCommand, type DeskTargets } from './desk-control'
import type { EventHub } from './events'
import { BodyTooLarge, isJsonRequest, readBody, sendJson } from './http'

export const CONTROL_HEADER = 'x-limber-control'

const ClockCommand = z.strictObject({
  /** Epoch milliseconds or an ISO date-time. */
  set: z.union([z.number(), z.iso.datetime({ offset: true })]).optional(),
  advanceMs: z.number().optional(),
  freeze: z.boolean().optional(),
  /** Minutes east of UTC, or null for the machine's zone. */
  utcOffsetMin: z.number().int().min(-840).max(840).nullable().optional(),
  reset: z.literal(true).optional(),
})

const EmitCommand = z.strictObject({ name: z.string(), payload: z.unknown() })

/**
 * Test-only switches under `/__limber/control/…`, for Playwright (and a
 * developer with curl) to drive what a real user cannot: the clock and
 * main → renderer events. Every call needs the per-run token in the
 * `X-Limber-Control` header, so the page itself cannot reach them.
 *
 * - `GET  /__limber/control/clock` → `{ now, frozen, fixedOffsetMin }`
 * - `POST /__limber/control/clock` `{ set?, advanceMs?, freeze?, utcOffsetMin?, reset? }` → clock state
 * - `POST /__limber/control/emit` `{ name, payload }` → `{ delivered }`
 * - `POST /__limber/control/idle` and `/power`: see desk-control.ts
 */
export class Controls {
  constructor(
    private readonly token: string,
    private readonly clock: HarnessClock,
    private readonly hub: EventHub,
    private readonly desk: DeskTargets | null = null,
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse, action: string): Promise<void> {
    if (!this.authorised(req)) {
      sendJson(res, 403, { error: 'Missing or wrong control token.' })
      return
    }
    if (action === 'clock' && req.method === 'GET') {
      sendJson(res, 200, this.clock.state())
      return
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'Use POST.' })
      return
    }
    if (!isJsonRequest(req)) {
      sendJson(res, 415, { error: 'Send application/json.' })
      return
    }
    let body: unknown
    try {
      body = JSON.parse((await readBody(req, 1024 * 1024)).toString('utf8'))
    } catch (error) {
      const status = error instanceof BodyTooLarge ? 413 : 400
      sendJson(res, status, { error: 'The body must be a small JSON object.' })
      return
    }
    if (action === 'clock') {
      this.clockCommand(res, body)
      return
    }
    if (action === 'emit') {
      this.emitCommand(res, body)
      return
    }
    const deskAction = DESK_ACTIONS.find((a) => a === action)
    if (deskAction && this.desk) {
      deskCommand(res, deskAction, body, this.desk)
      return
    }
    sendJson(res, 404, { error: `Unknown control '${action}'.` })
  }

  private clockCommand(res: ServerResponse, body: unknown): void {
    const parsed = ClockCommand.safeParse(body)
    if (!parsed.success) {
      sendJson(res, 400, { error: z.prettifyError(parsed.error) })
      return
    }
    const cmd = parsed.data
    if (cmd.reset) this.clock.reset()
    if (cmd.freeze === true) this.clock.freeze()
    if (cmd.set !== undefined) {
      this.clock.set(typeof cmd.set === 'number' ? cmd.set : Date.parse(cmd.set))
    }
    if (cmd.advanceMs !== undefined) this.clock.advance(cmd.advanceMs)
    if (cmd.utcOffsetMin !== undefined) this.clock.setUtcOffset(cmd.utcOffsetMin)
    if (cmd.freeze === false) this.clock.resume()
    sendJson(res, 200, this.clock.state())
  }

  private emitCommand(res: ServerResponse, body: unknown): void {
    const parsed = EmitCommand.safeParse(body)
    if (!parsed.success) {
      sendJson(res, 400, { error: z.prettifyError(parsed.error) })
      return
    }
    const { name, payload } = parsed.data
    if (!Object.hasOwn(events, name)) {
      sendJson(res, 400, { error: `Unknown event '${name}'.` })
      return
    }
    const entry = events[name as EventName]
    const checked = entry.payload.safeParse(payload)
    if (!checked.success) {
      sendJson(res, 400, { error: z.prettifyError(checked.error) })
      return
    }
    this.hub.emit(name as EventName, checked.data)
    sendJson(res, 200, { delivered: this.hub.size })
  }

  private authorised(req: IncomingMessage): boolean {
    const given = req.headers[CONTROL_HEADER]
    if (typeof given !== 'string') return false
    const a = Buffer.from(given)
    const b = Buffer.from(this.token)
    return a.length === b.length && timingSafeEqual(a, b)
  }
}
