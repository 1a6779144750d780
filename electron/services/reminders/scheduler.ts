import {
  instantOf,
  isDeskKind,
  kindMayBeOn,
  localDay,
  mayFireAt,
  ReminderKind,
  startPause,
  type BusySignal,
  type DeskKind,
  type PauseOption,
  type BedtimeNights,
  type PauseState,
  type PostponeOption,
  type ReminderOutcome,
  type ReminderResponse,
  type ReminderSettings,
  type ReminderSnapshot,
  type ScheduleContext,
  type SnoozeMinutes,
} from '../../../shared/domain/reminders'
import { BusyHolds, neverBusy } from './busy-hold'
import { judge, perKind, ScheduleCache, settle, type KindState } from './due'
import type { FiredReminder, SchedulerOptions } from './ports'
import { Presence, type Return } from './presence'
import { SnapshotTracker, type SnapshotListener } from './snapshot-tracker'
import { ShownPrompts } from './prompts'
import { SingleTimer } from './single-timer'
import { earliest, planWake } from './wake-plan'

const MINUTE = 60_000
/** A timer this late means the machine slept and no suspend event arrived. */
const LATE_TIMER_MS = 60_000
const KINDS = ReminderKind.options

/**
 * The reminders' scheduler: pure TypeScript over an injected clock, timer,
 * idle source and sinks. It keeps every reminder's next due time as an
 * absolute instant and arms exactly one timer, for the earliest thing that
 * needs doing (a due reminder, an idle poll while a desk reminder could fire,
 * the end of a pause), re-armed after every change. No ticking.
 */
export class ReminderScheduler<H> {
  private settings: ReminderSettings
  private paused: PauseState | null
  private bedtimeNights: BedtimeNights | undefined
  private readonly states: Record<ReminderKind, KindState>
  private readonly prompts: ShownPrompts
  private readonly presence = new Presence()
  private readonly tracker = new SnapshotTracker()
  private readonly cache = new ScheduleCache()
  private readonly holds: BusyHolds
  private readonly timer: SingleTimer<H>
  private running = false
  private readonly newId: () => string

  constructor(private readonly o: SchedulerOptions<H>) {
    const now = o.clock.now()
    this.settings = o.settings
    this.paused = o.pause ?? null
    this.bedtimeNights = o.bedtimeNights
    // Nothing is owed from before the scheduler started: every schedule counts from now.
    this.states = perKind(() => ({ base: now, snoozedUntil: null }))
    this.newId = o.newId ?? (() => crypto.randomUUID())
    this.prompts = new ShownPrompts({
      random: o.random ?? Math.random,
      newId: this.newId,
      onResolved: (shown, outcome, snoozeMin) => {
        this.record(shown, outcome, this.o.clock.now(), snoozeMin)
        this.o.sink.withdraw(shown.id)
      },
    })
    this.holds = new BusyHolds(o.busy ?? neverBusy)
    this.timer = new SingleTimer(o.timers, (armedAt) => {
      this.onTimer(armedAt)
    })
  }

  start(): void {
    this.running = true
    this.refresh()
  }

  /** Stops the timer; reminders still on screen were never answered (the app is quitting). */
  dispose(): void {
    for (const p of this.prompts.all()) this.prompts.resolve(p, 'unanswered', null)
    this.running = false
    this.timer.disarm()
  }

  snapshot(): ReminderSnapshot {
    return this.tracker.snapshot
  }

  /** Called with each new snapshot version (the tray rebuilds its menu here). */
  subscribe(listener: SnapshotListener): () => void {
    return this.tracker.subscribe(listener)
  }

  /**
   * New settings take effect at once. A change never makes a reminder owed
   * retroactively: a clock time moved to just before now, or an interval
   * shortened below the time already sat, counts from now.
   */
  updateSettings(next: ReminderSettings): void {
    const now = this.o.clock.now()
    const prev = this.settings
    this.settings = next
    for (const kind of KINDS) {
      const st = this.states[kind]
      if (JSON.stringify(prev[kind]) !== JSON.stringify(next[kind])) st.snoozedUntil = null
      if (!prev[kind].enabled) st.base = now
      const shown = this.prompts.get(kind)
      if (!kindMayBeOn(kind, { ...this.ctx(), settings: next }) && shown)
        this.prompts.resolve(shown, 'unanswered', null)
      const due = this.cache.due(kind, st, this.ctx())
      // A reminder held for a call is already owed; saving settings does not drop it.
      if (due !== null && due <= now && !this.holds.isHeld(kind)) st.base = now
    }
    this.refresh()
  }

  /**
   * A bedtime experiment started, ended or was abandoned: its ON and OFF
   * nights decide the bedtime reminder from now on. Like a settings change,
   * it never makes tonight's reminder owed retroactively.
   */
  updateBedtimeNights(nights: BedtimeNights | undefined): void {
    if (JSON.stringify(nights) === JSON.stringify(this.bedtimeNights)) return
    this.bedtimeNights = nights
    const st = this.states.bedtime
    st.base = Math.max(st.base, this.o.clock.now())
    this.refresh()
  }

  /**
   * The tray's "Postpone": the soonest upcoming reminder moves later before
   * it fires, by some minutes or to tomorrow; the ones after it keep their
   * rhythm from there. False (nothing changes) when there is none, or the
   * new time could not show (quiet hours, after work): the tray offers only
   * choices that can (postponeChoices).
   */
  postponeNext(option: PostponeOption): boolean {
    const next = this.snapshot().upcoming[0]
    if (!next || this.paused) return false
    const { kind, at: due } = next
    const st = this.states[kind]
    const now = this.o.clock.now()
    if (option === 'tomorrow') {
      const midnight = instantOf(localDay(now, this.offsetAt, 1), '00:00', this.offsetAt)
      // Desk reminders start tomorrow's working day afresh; a clock time skips today's.
      st.base = Math.max(st.base, isDeskKind(kind) ? midnight : Math.min(due, midnight))
      st.snoozedUntil = null
    } else {
      const target = due + option * MINUTE
      if (!mayFireAt(kind, target, this.ctx())) return false
      st.snoozedUntil = target
      // The regular time moves past the new one, so only the postponed one fires.
      st.base = Math.max(st.base, isDeskKind(kind) ? target : due)
    }
    this.refresh()
    return true
  }

  /** Which postpone choices can still show the next reminder (quiet hours or the working day may end first). */
  postponeChoices(): PostponeOption[] {
    const next = this.snapshot().upcoming[0]
    if (!next || this.paused) return []
    const ctx = this.ctx()
    const minutes = ([5, 15, 30] as const).filter((m) =>
      mayFireAt(next.kind, next.at + m * MINUTE, ctx),
    )
    return [...minutes, 'tomorrow']
  }

  pause(option: PauseOption): void {
    const now = this.o.clock.now()
    if (this.paused) this.endPause(now)
    this.paused = startPause(option, now, this.offsetAt)
    this.refresh()
  }

  /** "Resume" from the tray; a timed pause also ends by itself. */
  resume(): void {
    if (!this.paused) return
    this.endPause(this.o.clock.now())
    this.refresh()
  }

  /** The answer to a shown reminder. False if it was already answered or replaced. */
  respond(id: string, response: ReminderResponse): boolean {
    const shown = this.prompts.byId(id)
    if (!shown) return false
    const now = this.o.clock.now()
    const st = this.states[shown.kind]
    if (response.type === 'snoozed') st.snoozedUntil = now + response.minutes * MINUTE
    // Standing up or drinking restarts that reminder's interval from the act.
    const acted = response.type === 'done' || response.type === 'routine_started'
    if (acted && isDeskKind(shown.kind)) this.states[shown.kind] = { base: now, snoozedUntil: null }
    this.prompts.resolve(
      shown,
      response.type,
      response.type === 'snoozed' ? response.minutes : null,
    )
    this.refresh()
    return true
  }

  /** "I just stood up" / "I drank water" from the tray, whether or not a reminder is showing. */
  done(kind: DeskKind): void {
    this.states[kind] = { base: this.o.clock.now(), snoozedUntil: null }
    const shown = this.prompts.get(kind)
    if (shown) this.prompts.resolve(shown, 'done', null)
    this.refresh()
  }

  systemSuspended(): void {
    this.presence.suspend(this.o.clock.now())
    this.refresh()
  }

  systemResumed(): void {
    this.returned(this.presence.resume(this.o.clock.now(), this.thresholdMs))
    this.refresh()
  }

  screenLocked(): void {
    this.presence.lock(this.o.clock.now())
    this.refresh()
  }

  screenUnlocked(): void {
    this.returned(this.presence.unlock(this.o.clock.now(), this.thresholdMs))
    this.refresh()
  }

  /** A busy reading the scheduler waited for has landed: look at it now. */
  busyReadingDone(): void {
    if (this.holds.readingDone(this.o.clock.now())) this.refresh()
  }

  private readonly offsetAt = (at: number): number => this.o.clock.utcOffsetMin(at)

  private get thresholdMs(): number {
    return this.settings.idleThresholdMin * MINUTE
  }

  private ctx(): ScheduleContext {
    return {
      settings: this.settings,
      pause: this.paused,
      offsetAt: this.offsetAt,
      bedtimeNights: this.bedtimeNights,
    }
  }

  private anyDeskOn(): boolean {
    return this.settings.move.enabled || this.settings.hydrate.enabled
  }

  /** Time away long enough to be a break is what "move" asks for: it restarts from the return. */
  private returned(r: Return | null): void {
    if (r?.wasBreak)
      this.states.move = { base: Math.max(this.states.move.base, r.at), snoozedUntil: null }
  }

  /** Occurrences inside a pause are not owed afterwards; desk intervals restart at its end. */
  private endPause(at: number): void {
    this.paused = null
    for (const kind of KINDS) this.states[kind].base = Math.max(this.states[kind].base, at)
  }

  private onTimer(armedAt: number): void {
    const now = this.o.clock.now()
    if (now - armedAt > LATE_TIMER_MS)
      this.returned(this.presence.missedSleep(armedAt, now, this.thresholdMs))
    if (this.paused && this.paused.until !== null && this.paused.until <= now)
      this.endPause(this.paused.until)
    this.pollIdle(now)
    this.prompts.expire(now)
    const shown = this.evaluate(now)
    this.refresh()
    for (const reminder of shown) this.o.sink.show(reminder)
  }

  private pollIdle(now: number): void {
    if (!this.anyDeskOn() || !this.presence.mayPoll(now)) return
    const span = this.cache.span(now, this.ctx())
    if (span === null || span.start > now) return
    this.returned(this.presence.recordPoll(now, this.o.idle.idleSeconds(), this.thresholdMs))
  }

  private evaluate(now: number): FiredReminder[] {
    const shown: FiredReminder[] = []
    const ctx = this.ctx()
    this.holds.begin()
    for (const kind of KINDS) {
      // Twice at most: a stale snooze, then a stale regular time behind it.
      for (let round = 0; round < 2; round++) {
        const st = this.states[kind]
        const due = this.cache.due(kind, st, ctx)
        const held = this.holds.isHeld(kind)
        const verdict = judge(kind, st, due, now, ctx, this.presence, held)
        // Turned off or moved later while held: nothing is owed any more.
        if (verdict.type === 'wait' && held) this.holds.release(kind)
        if (verdict.type === 'wait' || verdict.type === 'hold') break
        if (verdict.type === 'fire' && this.holds.mustWait(kind, now, this.settings.busy)) break
        const heldBy = this.holds.release(kind)
        this.states[kind] = settle(kind, st, now, verdict)
        if (verdict.type === 'fire') shown.push(this.prompts.show(kind, verdict.dueAt, now, ctx))
        else {
          // Its moment passed while the user was busy: held, not missed.
          const outcome = heldBy ? 'held' : 'expired'
          const unseen = { kind, dueAt: verdict.dueAt, firedAt: null }
          this.record(unseen, outcome, now, null, heldBy)
        }
      }
      const st = this.states[kind]
      if (
        st.snoozedUntil !== null &&
        st.snoozedUntil <= now &&
        !mayFireAt(kind, st.snoozedUntil, ctx)
      ) {
        st.snoozedUntil = null
      }
    }
    this.holds.end(now)
    return shown
  }

  private record(
    r: { id?: string; kind: ReminderKind; dueAt: number; firedAt: number | null },
    outcome: ReminderOutcome,
    at: number,
    snoozeMin: SnoozeMinutes | null,
    heldBy: BusySignal | null = null,
  ): void {
    this.o.history.record({
      id: r.id ?? this.newId(),
      kind: r.kind,
      dueAt: r.dueAt,
      firedAt: r.firedAt,
      utcOffsetMin: this.offsetAt(r.dueAt),
      outcome,
      outcomeAt: at,
      snoozeMin,
      ...(heldBy ? { heldBy } : {}),
    })
  }

  /** Re-arms the single timer and publishes the snapshot. Called after every change. */
  private refresh(): void {
    if (!this.running) return
    const now = this.o.clock.now()
    const ctx = this.ctx()
    // A held reminder is looked at by the busy polls, not at its (past) due time.
    const plan = planWake(now, ctx, this.presence, this.cache, (kind) =>
      this.holds.isHeld(kind) ? null : this.cache.due(kind, this.states[kind], ctx),
    )
    // Paused, asleep or locked nothing wakes for a prompt's expiry; the next wakeup drops it.
    const quiet = this.paused !== null || this.presence.blocked
    const expiries = quiet ? [] : this.prompts.expiryTimes()
    this.timer.arm(earliest([plan.wakeAt, this.holds.wakeAt(), ...expiries]), now)
    const pending = this.prompts.all()
    const held = this.holds.list()
    this.tracker.update({ pause: this.paused, upcoming: plan.upcoming, pending, held })
  }
}
