import type { RemindersState } from '../../../shared/contract/reminders'
import {
  reminderKinds,
  reminderMessages,
  type DeskKind,
  type PauseOption,
  type PostponeOption,
  type ReminderKind,
  type ReminderResponse,
  type ReminderSnapshot,
  type ShownReminder,
} from '../../../shared/domain/reminders'
import type { ReminderControls } from '../../services/reminders/controls'

/** 09:00 UTC on a Monday; tests use a UTC clock so labels are predictable. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0)
export const MIN = 60_000
export const utc = (): number => 0

export function shownReminder(kind: ReminderKind = 'move', id = `${kind}-1`): ShownReminder {
  const message = reminderMessages[kind][0]
  if (!message) throw new Error(`no message for ${kind}`)
  return {
    id,
    kind,
    dueAt: T0,
    firedAt: T0,
    message,
    opens: reminderKinds[kind].opens,
    snoozeChoices: [5, 10, 15],
  }
}

/**
 * ReminderControls in memory: state changes only when a test says so (or a
 * call would change it), and every call is recorded.
 */
export class FakeReminders implements ReminderControls {
  current: RemindersState = {
    snapshot: { version: 1, pause: null, upcoming: [], pending: [], held: [] },
    shown: [],
  }
  readonly responses: [string, ReminderResponse][] = []
  readonly calls: string[] = []
  private readonly listeners = new Set<(state: RemindersState) => void>()
  private readonly shownListeners = new Set<(reminder: ShownReminder) => void>()

  state(): RemindersState {
    return this.current
  }

  subscribe(listener: (state: RemindersState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onShown(listener: (reminder: ShownReminder) => void): () => void {
    this.shownListeners.add(listener)
    return () => this.shownListeners.delete(listener)
  }

  get listenerCount(): number {
    return this.listeners.size + this.shownListeners.size
  }

  /** New snapshot content; the version goes up as the real tracker's does. */
  setSnapshot(content: Partial<Omit<ReminderSnapshot, 'version'>>): void {
    const snapshot = this.current.snapshot
    this.set({ snapshot: { ...snapshot, ...content, version: snapshot.version + 1 } })
  }

  set(state: Partial<RemindersState>): void {
    this.current = { ...this.current, ...state }
    for (const listener of [...this.listeners]) listener(this.current)
  }

  show(reminder: ShownReminder): void {
    this.set({ shown: [...this.current.shown, reminder] })
    for (const listener of [...this.shownListeners]) listener(reminder)
  }

  respond(id: string, response: ReminderResponse): boolean {
    if (!this.current.shown.some((r) => r.id === id)) return false
    this.responses.push([id, response])
    this.set({ shown: this.current.shown.filter((r) => r.id !== id) })
    return true
  }

  done(kind: DeskKind): { waterMl: number | null } {
    this.calls.push(`done:${kind}`)
    return { waterMl: kind === 'hydrate' ? 250 : null }
  }

  pause(option: PauseOption): void {
    this.calls.push(`pause:${option}`)
    this.setSnapshot({ pause: { option, since: T0, until: null } })
  }

  resume(): void {
    this.calls.push('resume')
    this.setSnapshot({ pause: null })
  }

  /** What postponeChoices answers (a test sets it); all four by default. */
  choices: PostponeOption[] = [5, 15, 30, 'tomorrow']

  postponeNext(option: PostponeOption): boolean {
    this.calls.push(`postpone:${option}`)
    return this.choices.includes(option)
  }

  postponeChoices(): PostponeOption[] {
    return this.current.snapshot.upcoming.length > 0 ? this.choices : []
  }

  systemSuspended(): void {
    this.calls.push('suspended')
  }

  systemResumed(): void {
    this.calls.push('resumed')
  }

  screenLocked(): void {
    this.calls.push('locked')
  }

  screenUnlocked(): void {
    this.calls.push('unlocked')
  }

  busyReadingDone(): void {
    this.calls.push('busy-reading')
  }
}
