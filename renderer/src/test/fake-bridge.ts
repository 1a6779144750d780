import {
  contract,
  toIpcIssues,
  type AppInfo,
  type Channel,
  type EventName,
  type EventPayload,
  type InputOf,
  type IpcErrorPayload,
  type IpcResult,
  type LimberBridge,
  type OutputOf,
  type StorageStatus,
} from '@shared/contract'
import { defaultSettings, type SettingProblem, type Settings } from '@shared/domain/settings'
import { ReminderSettings } from '@shared/domain/reminders'
import { FakeReminders } from '../features/reminders/test/fake-reminders'
import { emptyInsights, emptyTrends, reportData } from '../features/trends/test/fixtures'

type Answer<C extends Channel> = IpcResult<OutputOf<C>> | Promise<IpcResult<OutputOf<C>>>
type Handler<C extends Channel> = (input: InputOf<C>) => Answer<C>
type AnyListener = (payload: never) => void

export interface FakeBridgeOptions {
  storage?: StorageStatus
  settings?: Partial<Settings>
  problems?: SettingProblem[]
  info?: Partial<AppInfo>
}

export const okStorage: StorageStatus = {
  state: 'ok',
  dbPath: '/home/sam/.config/Limber/limber.db',
}

/**
 * An in-memory stand-in for main behind `window.limber`. Inputs are checked
 * with the real contract schemas, so a bad payload gets the same typed
 * `invalid_input` error (with the same zod messages) that main would send.
 */
export class FakeBridge implements LimberBridge {
  storage: StorageStatus
  settings: Settings
  problems: SettingProblem[]
  info: AppInfo
  /** Main's reminders, in memory (features/reminders/test/fake-reminders.ts). */
  readonly reminders = new FakeReminders()
  readonly calls: { channel: Channel; input: unknown }[] = []
  private readonly overrides = new Map<Channel, (input: unknown) => unknown>()
  private readonly listeners = new Map<EventName, Set<AnyListener>>()

  constructor(options: FakeBridgeOptions = {}) {
    this.storage = options.storage ?? okStorage
    // Tests start as someone who has seen the welcome; its own tests opt back in.
    this.settings = { ...defaultSettings, welcomeDone: true, ...options.settings }
    this.problems = options.problems ?? []
    this.info = {
      name: 'Limber',
      version: '0.1.0',
      dataDir: '/home/sam/.config/Limber',
      shell: 'electron',
      ...options.info,
    }
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

  callsTo(channel: Channel): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input)
  }

  invoke = ((channel: Channel, input?: unknown) =>
    Promise.resolve(this.dispatch(channel, input))) as LimberBridge['invoke']

  private dispatch(channel: Channel, input: unknown): unknown {
    this.calls.push({ channel, input })
    const override = this.overrides.get(channel)
    if (override) return override(input)
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success) {
      const issues = toIpcIssues(parsed.error)
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid request: ${issues[0]?.message ?? ''}`,
          issues,
        },
      }
    }
    const value = this.answer(channel, parsed.data)
    // A channel this fake does not model fails loudly instead of answering
    // `undefined`, which no real handler ever does.
    if (value === undefined) {
      return {
        ok: false,
        error: { code: 'internal', message: `No test answer for ${channel}`, issues: [] },
      }
    }
    return { ok: true, value }
  }

  on = (<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void) => {
    const set = this.listeners.get(name) ?? new Set<AnyListener>()
    set.add(listener)
    this.listeners.set(name, set)
    return () => {
      set.delete(listener)
    }
  }) as LimberBridge['on']

  /** Push an event from "main", as the tray or another window would. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners.get(name) ?? []) {
      ;(listener as (payload: EventPayload<N>) => void)(payload)
    }
  }

  listenerCount(name: EventName): number {
    return this.listeners.get(name)?.size ?? 0
  }

  private answer(channel: Channel, input: unknown): unknown {
    switch (channel) {
      case 'app:info':
        return this.info
      case 'app:storage-status':
        return this.storage
      case 'app:start-fresh':
        this.storage = { state: 'ok', dbPath: this.storage.dbPath }
        return this.storage
      case 'app:quit':
        return null
      // Settings → Backups & data: no backups yet unless a test says otherwise.
      case 'data:backups':
        return []
      case 'settings:get':
        return { settings: this.settings, problems: this.problems }
      case 'settings:update': {
        const patch = input as Partial<Settings>
        this.settings = { ...this.settings, ...patch }
        this.problems = this.problems.filter((p) => !(p.key in patch))
        return { settings: this.settings, problems: this.problems }
      }
      // Trends, Insights and the report: an empty journal unless a test says otherwise.
      case 'trends:data':
        return emptyTrends((input as InputOf<'trends:data'>).range)
      case 'trends:insights':
        return emptyInsights()
      case 'report:data':
        return reportData({ ...(input as InputOf<'report:data'>), cramps: 0 })
      // No experiments unless a test says otherwise (the e2e suite runs the real ones).
      case 'experiments:list':
      case 'experiments:results':
      case 'workouts:list':
        return []
      case 'workouts:latest-before':
        return null
      default:
        return this.answerReminders(channel, input)
    }
  }

  private answerReminders(channel: Channel, input: unknown): unknown {
    const r = this.reminders
    switch (channel) {
      case 'reminders:settings':
        return { settings: r.settings, problems: [] }
      case 'reminders:save-settings':
        r.settings = input as typeof r.settings
        r.version++
        return { settings: r.settings, problems: [] }
      case 'reminders:state':
        return r.state()
      case 'reminders:respond':
        return { answered: r.respond((input as { id: string }).id) }
      case 'reminders:done':
        return { waterMl: (input as { kind: string }).kind === 'hydrate' ? r.drankWater() : null }
      case 'reminders:pause':
        r.pauseFor((input as InputOf<'reminders:pause'>).option)
        return r.state()
      case 'reminders:resume':
        r.resume()
        return r.state()
      case 'reminders:preview':
        return {
          upcoming: r.upcoming(
            ReminderSettings.parse((input as InputOf<'reminders:preview'>).settings),
          ),
          held: [],
        }
      case 'reminders:history':
        return []
      case 'reminders:busy-support':
        return []
    }
  }
}

export function installBridge(options: FakeBridgeOptions = {}): FakeBridge {
  const bridge = new FakeBridge(options)
  window.limber = bridge
  return bridge
}
