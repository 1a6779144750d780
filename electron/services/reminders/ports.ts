import type { Clock } from '../../../shared/domain/clock'
import type {
  BedtimeNights,
  BusySignal,
  BusySupport,
  PauseState,
  ReminderRecord,
  ReminderSettings,
  ShownReminder,
} from '../../../shared/domain/reminders'

/**
 * One-shot timers at an absolute time. The Electron adapter turns `atMs`
 * into a setTimeout delay (clamped to setTimeout's ~24.8-day limit; waking
 * early is harmless, the scheduler just re-arms).
 */
export interface TimerPort<H> {
  setTimer(atMs: number, fn: () => void): H
  clearTimer(handle: H): void
}

/** Seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime). */
export interface IdleSource {
  idleSeconds(): number
}

/** The user's state from the busy detectors; `checking` while a reading is under way. */
export type BusyAnswer =
  { state: 'busy'; signal: BusySignal } | { state: 'free' } | { state: 'checking' }

/**
 * Whether the user is busy (a call, full screen), asked only while a
 * reminder is due or held. It answers at once: a fresh reading, or
 * `checking` after starting one (the scheduler is told when it lands).
 * A detector that cannot tell counts as free.
 */
export interface BusySource {
  check(signals: readonly BusySignal[], now: number): BusyAnswer
  /** Which signals this system can read, for Settings; none listed means no detectors at all. */
  support?(): BusySupport[]
}

/** A reminder to show now (zod schema ShownReminder, for the IPC event later). */
export type FiredReminder = ShownReminder

export interface ReminderSink {
  show(reminder: FiredReminder): void
  /** Close a shown reminder answered elsewhere (tray, app) or replaced by a newer one. */
  withdraw(id: string): void
}

/** Where history rows go (the reminder_history table, later). Called once per row, when its outcome is known. */
export interface HistorySink {
  record(row: ReminderRecord): void
}

export interface SchedulerOptions<H> {
  clock: Clock
  timers: TimerPort<H>
  idle: IdleSource
  /** Never busy when left out. */
  busy?: BusySource
  sink: ReminderSink
  history: HistorySink
  settings: ReminderSettings
  /** A running bedtime experiment's ON and OFF nights, if any. */
  bedtimeNights?: BedtimeNights | undefined
  /** A pause restored from storage, if the app restarted during one. */
  pause?: PauseState | null
  /** [0, 1), for picking message lines; Math.random by default. */
  random?: () => number
  newId?: () => string
}
