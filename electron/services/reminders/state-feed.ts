import type { RemindersState } from '../../../shared/contract/reminders'
import type { ShownReminder } from '../../../shared/domain/reminders'

type StateListener = (state: RemindersState) => void
type ShownListener = (reminder: ShownReminder) => void

/**
 * Tells listeners about reminder changes once per operation. One user act
 * touches the scheduler's snapshot and the shown list in several steps; the
 * listeners (tray, windows) hear only the settled result, and only when
 * `state()` would really answer differently.
 */
export class StateFeed {
  private readonly stateListeners = new Set<StateListener>()
  private readonly shownListeners = new Set<ShownListener>()
  private readonly fresh: ShownReminder[] = []
  private depth = 0
  /** Set by `adopt()` at start; until then every state counts as new. */
  private lastKey = ''

  constructor(
    private readonly state: () => RemindersState,
    /** Runs after each operation, before listeners hear of it (e.g. saving the pause). */
    private readonly settle: () => void = () => undefined,
  ) {}

  /** Runs `fn` as one operation; nested calls join the outer one. */
  batch<T>(fn: () => T): T {
    this.depth++
    try {
      return fn()
    } finally {
      if (--this.depth === 0) this.flush()
    }
  }

  /** A reminder showed during the current operation (announced after the state change). */
  shown(reminder: ShownReminder): void {
    this.fresh.push(reminder)
  }

  subscribe(listener: StateListener): () => void {
    this.stateListeners.add(listener)
    return () => {
      this.stateListeners.delete(listener)
    }
  }

  onShown(listener: ShownListener): () => void {
    this.shownListeners.add(listener)
    return () => {
      this.shownListeners.delete(listener)
    }
  }

  /** Takes the current state as already known, without announcing it (at start). */
  adopt(): void {
    this.lastKey = keyOf(this.state())
  }

  /** No more announcements (the database is closing). */
  silence(): void {
    this.stateListeners.clear()
    this.shownListeners.clear()
  }

  private flush(): void {
    this.settle()
    const state = this.state()
    const key = keyOf(state)
    if (key !== this.lastKey) {
      this.lastKey = key
      for (const listener of [...this.stateListeners]) listener(state)
    }
    for (const reminder of this.fresh.splice(0)) {
      for (const listener of [...this.shownListeners]) listener(reminder)
    }
  }
}

/** The snapshot's version already tracks its content; the shown list is the rest. */
function keyOf(state: RemindersState): string {
  return `${state.snapshot.version}|${state.shown.map((s) => s.id).join(',')}`
}
