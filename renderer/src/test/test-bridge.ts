import type {
  Channel,
  EventName,
  EventPayload,
  InputOf,
  IpcErrorPayload,
  IpcResult,
  LimberBridge,
  OutputOf,
} from '@shared/contract'
import type { Settings } from '@shared/domain/settings'
import type { ReminderKind, ReminderSettings, ShownReminder } from '@shared/domain/reminders'
import type { Episode, EpisodeInput, LoggedVia } from '@shared/domain/episode'
import {
  emptyCheckIn,
  type CheckIn,
  type CheckInFields,
  type Medication,
  type MedicationFields,
} from '@shared/domain/checkin'
import { crampInput } from '@shared/testing/cramps'
// Test infrastructure only (see eslint.config.mjs): the renderer's tests run
// against main's real handlers, services and SQLite, reached the way the
// preload reaches them.
import { createBridge } from '../../../electron/preload/bridge'
import { openMain, type Main, type MainOptions } from '../../../electron/testing/renderer-bridge'

type Answer<C extends Channel> = IpcResult<OutputOf<C>> | Promise<IpcResult<OutputOf<C>>>
type Handler<C extends Channel> = (input: InputOf<C>) => Answer<C>

export interface TestBridgeOptions {
  /** Main's clock at the start; the page's own clock (Date.now()) by default. */
  now?: number
  /** Stored through `settings:update` before the app starts; welcomeDone is true unless set. */
  settings?: Partial<Settings>
  /** A bad journal file main finds at start-up and quarantines (the recovery screen). */
  journalFile?: MainOptions['journalFile']
  /** The native save dialog, as Electron shows it; without one, exports are downloads. */
  saveFile?: MainOptions['saveFile']
}

const open = new Set<Main>()

/**
 * `window.limber` for renderer tests, over a real main (see
 * electron/testing/renderer-bridge.ts) and the real preload bridge. Every
 * call is recorded (`callsTo`); a test may answer one channel itself
 * (`respond`, `fail`) to simulate main failing or being slow. Everything
 * else is answered by the real handlers.
 */
export class TestBridge implements LimberBridge {
  readonly main: Main
  readonly calls: { channel: Channel; input: unknown }[] = []
  private readonly overrides = new Map<Channel, (input: unknown) => unknown>()
  private readonly real: LimberBridge

  constructor(options: TestBridgeOptions = {}) {
    this.main = openMain({
      now: options.now ?? Date.now(),
      ...(options.journalFile ? { journalFile: options.journalFile } : {}),
      ...(options.saveFile ? { saveFile: options.saveFile } : {}),
    })
    open.add(this.main)
    this.real = createBridge(this.main.ipcRenderer)
    // Tests start as someone who has seen the welcome; its own tests opt back in.
    if (this.main.core.storage.status().state === 'ok') {
      this.services.settings.update({ welcomeDone: true, ...options.settings })
    }
  }

  /** The core's services (seeding data, reading what was stored). */
  get services() {
    return this.main.core.services()
  }

  /** The settings as stored. */
  get settings(): Settings {
    return this.services.settings.get().settings
  }

  /** Main's running reminders (as the tray and notifications reach them). */
  get reminders() {
    const reminders = this.main.core.reminders()
    if (!reminders) throw new Error('The journal is not open')
    return reminders
  }

  /** The reminder settings as stored. */
  get reminderSettings(): ReminderSettings {
    return this.reminders.settings().settings
  }

  /**
   * Moves main's clock to the next `kind` reminder and lets the real
   * scheduler show it (and whatever else falls due on the way); returns it.
   */
  showNext(kind: ReminderKind): ShownReminder {
    const next = this.reminders.state().snapshot.upcoming.find((r) => r.kind === kind)
    if (!next) throw new Error(`No ${kind} reminder is coming`)
    this.advance(Math.max(0, next.at - this.main.clock.now()))
    const shown = this.reminders.state().shown.find((r) => r.kind === kind)
    if (!shown) throw new Error(`The ${kind} reminder did not show`)
    return shown
  }

  /** Stores a cramp through main's journal, as if logged earlier (at the offset main's clock has then). */
  addCramp(
    over: Partial<EpisodeInput> & Pick<EpisodeInput, 'startedAt'>,
    via: LoggedVia = 'form',
  ): Episode {
    const utcOffsetMin = this.main.clock.utcOffsetMin(over.startedAt)
    return this.services.journal.create(crampInput({ utcOffsetMin, ...over }), via)
  }

  /** Stores a day's check-in through main (nothing recorded unless given). */
  addCheckIn(over: Partial<CheckInFields> & Pick<CheckInFields, 'date'>): CheckIn {
    return this.services.checkIns.save({ ...emptyCheckIn(over.date), ...over })
  }

  /** Adds a medication to main's list. */
  addMedication(over: Partial<MedicationFields> & Pick<MedicationFields, 'name'>): Medication {
    return this.services.checkIns.saveMedication({ kind: 'other', startedOn: null, ...over })
  }

  /** Every stored cramp, newest first (main's own listing). */
  cramps(): Episode[] {
    return this.services.journal.list({ filter: {}, cursor: null, limit: 500 }).items
  }

  /** Main's clock moves on by `ms`, firing what falls due on the way (reminders). */
  advance(ms: number): void {
    this.main.advance(ms)
  }

  /** Replace the answer for one channel (failures, slow answers). */
  respond<C extends Channel>(channel: C, handler: Handler<C>): void {
    this.overrides.set(channel, handler as (input: unknown) => unknown)
  }

  /** Make a channel fail with a typed error. */
  fail(channel: Channel, error: Partial<IpcErrorPayload> & { message: string }): void {
    this.overrides.set(channel, () => ({
      ok: false,
      error: { code: 'internal', issues: [], ...error },
    }))
  }

  /** Let main answer a channel again after `respond` or `fail`. */
  restore(channel: Channel): void {
    this.overrides.delete(channel)
  }

  callsTo(channel: Channel): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input)
  }

  invoke = ((channel: Channel, input?: unknown) => {
    this.calls.push({ channel, input: structuredClone(input) })
    const override = this.overrides.get(channel)
    if (override) return Promise.resolve().then(() => override(input))
    return this.real.invoke(channel, input as never)
  }) as LimberBridge['invoke']

  on: LimberBridge['on'] = (name, listener) => this.real.on(name, listener)

  /**
   * A call from another window (or the tray): main's real handlers answer and
   * send their events to every window, this one included. Not in `calls`.
   */
  fromAnotherWindow<C extends Channel>(channel: C, input?: InputOf<C>): Promise<unknown> {
    return this.main.ipcRenderer.invoke(channel, input)
  }

  /** An event from main that Electron's side sends (tray, menu, notifications). */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    this.main.emit(name, payload)
  }
}

export function installBridge(options: TestBridgeOptions = {}): TestBridge {
  const bridge = new TestBridge(options)
  window.limber = bridge
  return bridge
}

/**
 * Closes every main opened by the test and removes its folder (setup.ts,
 * after each test). A handler that failed unexpectedly (answering
 * `internal`) fails the test, as it would be a bug in main.
 */
export function closeBridges(): void {
  const unexpected = [...open].flatMap((main) => main.unexpected)
  for (const main of open) main.close()
  open.clear()
  if (unexpected.length > 0) {
    const list = unexpected.map((u) => `${u.channel}: ${String(u.error)}`).join('\n')
    throw new Error(`Main failed unexpectedly:\n${list}`)
  }
}
