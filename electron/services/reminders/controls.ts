import type { RemindersState } from '../../../shared/contract/reminders'
import type {
  DeskKind,
  PauseOption,
  PostponeOption,
  ReminderResponse,
  ShownReminder,
} from '../../../shared/domain/reminders'

/**
 * What the tray, notifications and power events drive, and what the IPC
 * handlers call: the running reminders over the open database. Core hands
 * one out while storage is usable (`core.reminders()`), null otherwise.
 */
export interface ReminderControls {
  state(): RemindersState
  /** Called whenever `state()` would answer differently (the tray rebuilds only then). */
  subscribe(listener: (state: RemindersState) => void): () => void
  /** A reminder just showed: a native notification, or the in-app prompt. */
  onShown(listener: (reminder: ShownReminder) => void): () => void
  /** False when that reminder was already answered or replaced. */
  respond(id: string, response: ReminderResponse): boolean
  /** "I just stood up" / "I drank water"; water also adds a glass to today's check-in. */
  done(kind: DeskKind): { waterMl: number | null }
  pause(option: PauseOption): void
  resume(): void
  /** The tray's "Postpone": the next reminder, before it fires. False when nothing moved. */
  postponeNext(option: PostponeOption): boolean
  /** The postpone choices that can still show the next reminder; none when nothing is coming. */
  postponeChoices(): PostponeOption[]
  systemSuspended(): void
  systemResumed(): void
  screenLocked(): void
  screenUnlocked(): void
  /** A busy reading the scheduler asked for has landed (the desk's busy monitor). */
  busyReadingDone(): void
}
