import { toIpcIssues } from '../../../shared/contract/errors'
import type { RemindersState, ReminderSettingsSnapshot } from '../../../shared/contract/reminders'
import { MAX_WATER_ML, ML_PER_GLASS } from '../../../shared/domain/checkin-basics'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import type { Clock } from '../../../shared/domain/clock'
import { localDate, nowLocal, shiftDate } from '../../../shared/domain/local-time'
import {
  instantOf,
  localDay,
  previewReminders,
  ReminderSettingsInput,
  type BedtimeNights,
  type BusySupport,
  type DeskKind,
  type HeldReminder,
  type PauseOption,
  type PauseState,
  type PostponeOption,
  type ReminderRecord,
  type ReminderResponse,
  type ReminderSettings,
  type ShownReminder,
  type UpcomingReminder,
} from '../../../shared/domain/reminders'
import type { Db } from '../../db/connection'
import { RemindersRepository } from '../../db/reminders-repo'
import type { CheckInsService } from '../checkins'
import { AppError } from '../errors'
import type { ReminderControls } from './controls'
import type { BusySource, IdleSource, TimerPort } from './ports'
import { ReminderScheduler } from './scheduler'
import { ReminderSettingsStore } from './settings-store'
import { StateFeed } from './state-feed'

export interface RemindersServiceOptions {
  db: Db
  clock: Clock
  timers: TimerPort<unknown>
  idle: IdleSource
  /** The busy detectors; never busy when left out. */
  busy?: BusySource
  /** "I drank water" adds a glass to today's check-in through it. */
  checkIns: CheckInsService
  /** A running bedtime experiment's ON and OFF nights (none when left out). */
  bedtimeNights?: () => BedtimeNights | undefined
  /** Errors inside a timer callback, which has no caller to throw to. */
  onError?: (error: unknown) => void
  random?: () => number
  newId?: () => string
}

/**
 * The running reminders over one open database: the scheduler with its
 * settings, pause and history stored in SQLite, the reminders on screen, and
 * the listeners (tray, windows) told of every change.
 */
export class RemindersService implements ReminderControls {
  private readonly store: ReminderSettingsStore
  private readonly history: RemindersRepository
  private readonly scheduler: ReminderScheduler<unknown>
  private readonly shown = new Map<string, ShownReminder>()
  private readonly feed: StateFeed
  private savedPause: PauseState | null
  private readonly waterListeners = new Set<(date: string) => void>()

  constructor(private readonly o: RemindersServiceOptions) {
    this.store = new ReminderSettingsStore(o.db, o.clock)
    this.history = new RemindersRepository(o.db)
    this.savedPause = this.store.pause()
    this.feed = new StateFeed(
      () => this.state(),
      () => {
        this.savePause()
      },
    )
    this.scheduler = new ReminderScheduler<unknown>({
      clock: o.clock,
      timers: this.timerPort(),
      idle: o.idle,
      ...(o.busy ? { busy: o.busy } : {}),
      sink: {
        show: (reminder) => {
          this.shown.set(reminder.id, reminder)
          this.feed.shown(reminder)
        },
        withdraw: (id) => {
          this.shown.delete(id)
        },
      },
      history: {
        record: (row) => {
          this.record(row)
        },
      },
      settings: this.store.get().settings,
      bedtimeNights: o.bedtimeNights?.(),
      pause: this.savedPause,
      ...(o.random ? { random: o.random } : {}),
      ...(o.newId ? { newId: o.newId } : {}),
    })
  }

  /** Arms the first timer. Listeners hear of changes from here on, not of the start itself. */
  start(): void {
    this.scheduler.start()
    this.feed.adopt()
  }

  /** Stops the timer; reminders still on screen are recorded as unanswered. Nothing is announced. */
  dispose(): void {
    this.feed.silence()
    this.scheduler.dispose()
    this.shown.clear()
  }

  /** An experiment started, was abandoned or imported: its nights decide bedtime from now on. */
  reloadBedtimeNights(): void {
    this.scheduler.updateBedtimeNights(this.o.bedtimeNights?.())
  }

  state(): RemindersState {
    const shown = [...this.shown.values()].sort((a, b) => a.firedAt - b.firedAt)
    return { snapshot: this.scheduler.snapshot(), shown }
  }

  subscribe(listener: (state: RemindersState) => void): () => void {
    return this.feed.subscribe(listener)
  }

  onShown(listener: (reminder: ShownReminder) => void): () => void {
    return this.feed.onShown(listener)
  }

  respond(id: string, response: ReminderResponse): boolean {
    return this.feed.batch(() => this.scheduler.respond(id, response))
  }

  done(kind: DeskKind): { waterMl: number | null } {
    return this.feed.batch(() => {
      // Water first: if the check-in cannot be saved, the reminder is left as it was.
      const waterMl = kind === 'hydrate' ? this.addGlass() : null
      this.scheduler.done(kind)
      return { waterMl }
    })
  }

  pause(option: PauseOption): void {
    this.feed.batch(() => {
      this.scheduler.pause(option)
    })
  }

  resume(): void {
    this.feed.batch(() => {
      this.scheduler.resume()
    })
  }

  postponeNext(option: PostponeOption): boolean {
    let moved = false
    this.feed.batch(() => {
      moved = this.scheduler.postponeNext(option)
    })
    return moved
  }

  postponeChoices(): PostponeOption[] {
    return this.scheduler.postponeChoices()
  }

  systemSuspended(): void {
    this.feed.batch(() => {
      this.scheduler.systemSuspended()
    })
  }

  systemResumed(): void {
    this.feed.batch(() => {
      this.scheduler.systemResumed()
    })
  }

  screenLocked(): void {
    this.feed.batch(() => {
      this.scheduler.screenLocked()
    })
  }

  screenUnlocked(): void {
    this.feed.batch(() => {
      this.scheduler.screenUnlocked()
    })
  }

  /** The stored settings, each unreadable section replaced by its default and reported. */
  settings(): ReminderSettingsSnapshot {
    return this.store.get()
  }

  /** Saves settings that pass the cross-field rules (ReminderSettingsInput) and applies them at once. */
  saveSettings(settings: ReminderSettings): ReminderSettingsSnapshot {
    const checked = ReminderSettingsInput.safeParse(settings)
    if (!checked.success) {
      const issues = toIpcIssues(checked.error)
      throw new AppError('invalid_input', issues[0]?.message ?? 'Invalid settings', issues)
    }
    const snapshot = this.store.save(checked.data)
    this.feed.batch(() => {
      this.scheduler.updateSettings(snapshot.settings)
    })
    return snapshot
  }

  /** Applies settings stored by something else (an import) as if they were just saved here. */
  reloadSettings(): void {
    const { settings } = this.store.get()
    this.feed.batch(() => {
      this.scheduler.updateSettings(settings)
    })
  }

  /**
   * Reminders from now to the end of the user's local day for these settings,
   * none while reminders are paused.
   */
  preview(settings: ReminderSettings): { upcoming: UpcomingReminder[]; held: HeldReminder[] } {
    const now = this.o.clock.now()
    const offsetAt = (at: number) => this.o.clock.utcOffsetMin(at)
    const endOfDay = instantOf(localDay(now, offsetAt, 1), '00:00', offsetAt)
    // Computed without today's pause (what the settings do), then nothing inside the pause.
    const pause = this.scheduler.snapshot().pause
    const paused = (at: number) => pause !== null && at < (pause.until ?? Infinity)
    const bedtimeNights = this.o.bedtimeNights?.()
    const upcoming = previewReminders(
      { settings, pause: null, offsetAt, bedtimeNights },
      now,
      endOfDay,
    ).filter((u) => !paused(u.at))
    // Held ones are today's real state; they stay listed while their kind is on in the form.
    const held = this.scheduler.snapshot().held.filter((h) => settings[h.kind].enabled)
    return { upcoming, held }
  }

  /** What this system can tell about the user being busy, for Settings. */
  busySupport(): BusySupport[] {
    return this.o.busy?.support?.() ?? []
  }

  /** A busy reading the scheduler waited for has landed (the desk's busy monitor calls this). */
  busyReadingDone(): void {
    this.feed.batch(() => {
      this.scheduler.busyReadingDone()
    })
  }

  /** History over the last `days` local days, today included, newest first. */
  recent(days: number): ReminderRecord[] {
    const today = localDate(nowLocal(this.o.clock))
    return this.history.since(shiftDate(today, -(days - 1)))
  }

  /** Told the date of each check-in "I drank water" changed, so windows refetch it. */
  onWater(listener: (date: string) => void): () => void {
    this.waterListeners.add(listener)
    return () => this.waterListeners.delete(listener)
  }

  private addGlass(): number {
    const date = this.o.checkIns.today()
    const day = this.o.checkIns.get(date)
    // A glass starts the day's check-in if there is none; the morning answer stays as it was.
    const blank = { ...emptyCheckIn(date), nightReport: day.night?.report ?? null, updatedAt: 0 }
    const { updatedAt: _ignored, ...fields } = day.checkIn ?? blank
    const waterMl = Math.min(fields.waterMl + ML_PER_GLASS, MAX_WATER_ML)
    const saved = this.o.checkIns.save({ ...fields, waterMl }).waterMl
    for (const listener of this.waterListeners) listener(date)
    return saved
  }

  private record(row: ReminderRecord): void {
    this.history.insert(row, localDate({ at: row.dueAt, utcOffsetMin: row.utcOffsetMin }))
  }

  /** Keeps the stored pause in step with the scheduler's, so a restart keeps it. */
  private savePause(): void {
    const pause = this.scheduler.snapshot().pause
    if (JSON.stringify(pause) === JSON.stringify(this.savedPause)) return
    this.store.savePause(pause)
    this.savedPause = pause
  }

  /** The scheduler's timers, each firing run as one announced operation. */
  private timerPort(): TimerPort<unknown> {
    const { timers, onError } = this.o
    return {
      setTimer: (at, fn) =>
        timers.setTimer(at, () => {
          try {
            this.feed.batch(fn)
          } catch (error) {
            if (onError) onError(error)
            else console.error('[reminders] timer failed:', error)
          }
        }),
      clearTimer: (handle) => {
        timers.clearTimer(handle)
      },
    }
  }
}
