import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { EventName, EventPayload } from '../../shared/contract'
import type { ClockState } from '../harness/clock'
import { CONTROL_HEADER, startHarness, type Harness } from '../harness/server'

export interface ClockCommand {
  set?: number | string
  advanceMs?: number
  freeze?: boolean
  utcOffsetMin?: number | null
  reset?: true
}

/**
 * Harnesses a test stopped on purpose (restart). A page still open on one
 * has an event stream that retries it, and Chromium logs each refused retry
 * as a console error; on a busy machine the retry can come before the test
 * moves the page to the new harness. Only those refusals are forgiven.
 */
export const stoppedOrigins = new Set<string>()

/** Main-side time when the harness starts, before the database opens. */
export interface ClockStart {
  /** Epoch ms or ISO date-time; real time if unset. */
  at?: number | string
  /** Stand still (for exact timestamps) instead of ticking on from `at`. */
  frozen?: boolean
}

/** Files written into the data folder before the harness starts, by relative path. */
export type SeedFiles = Record<string, Uint8Array | string>

export function writeSeed(dataDir: string, files: SeedFiles): void {
  for (const [name, content] of Object.entries(files)) {
    const target = resolve(dataDir, name)
    if (!target.startsWith(dataDir + sep))
      throw new Error(`Seed file ${name} is outside the data folder`)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}

/**
 * One test's running app: its harness on a temp data folder, restartable on
 * the same folder, plus the test-only controls (clock, events) over the
 * harness's control endpoints.
 */
export class LimberApp {
  private constructor(
    readonly dataDir: string,
    private current: Harness,
  ) {}

  static async start(dataDir: string, clock: ClockStart = {}): Promise<LimberApp> {
    const startAt = typeof clock.at === 'string' ? Date.parse(clock.at) : clock.at
    const harness = await startHarness({
      dataDir,
      startAt,
      freezeClock: clock.frozen,
      logError: quietLog,
    })
    return new LimberApp(dataDir, harness)
  }

  get harness(): Harness {
    return this.current
  }

  get url(): string {
    return this.current.url
  }

  /**
   * Stops the harness (closing the database) and starts a new one on the same
   * folder, on a new port. The clock carries on where it was.
   */
  async restart(): Promise<void> {
    const clock = this.current.clock
    stoppedOrigins.add(new URL(this.current.url).origin)
    await this.current.close()
    this.current = await startHarness({ dataDir: this.dataDir, clock, logError: quietLog })
  }

  async close(): Promise<void> {
    await this.current.close()
  }

  path(...parts: string[]): string {
    return join(this.dataDir, ...parts)
  }

  /**
   * Reads or moves the main-side clock: `{ set }` (epoch ms or ISO),
   * `{ advanceMs }`, `{ freeze }`, `{ utcOffsetMin }`, `{ reset }`.
   */
  async clock(command: ClockCommand = {}): Promise<ClockState> {
    const empty = Object.keys(command).length === 0
    return this.control('clock', empty ? undefined : command) as Promise<ClockState>
  }

  /** Sends a main → renderer event to every open page, after one has subscribed. */
  async emit<N extends EventName>(name: N, payload: EventPayload<N>): Promise<void> {
    await this.current.waitForEventClients(1)
    await this.control('emit', { name, payload })
  }

  private async control(action: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.current.origin}/__limber/control/${action}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { [CONTROL_HEADER]: this.current.controlToken, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const json = (await res.json()) as unknown
    if (!res.ok)
      throw new Error(`control/${action} failed (${res.status}): ${JSON.stringify(json)}`)
    return json
  }
}

/** Handler errors are part of some tests' story; keep them out of the list reporter. */
function quietLog(channel: string, error: unknown): void {
  if (process.env.LIMBER_E2E_VERBOSE) console.error(`[harness] ${channel}:`, error)
}
