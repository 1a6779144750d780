import type { ReminderSnapshot } from '../../../shared/domain/reminders'

export type SnapshotContent = Omit<ReminderSnapshot, 'version'>
export type SnapshotListener = (snapshot: ReminderSnapshot) => void

/**
 * Holds the latest snapshot and bumps its version only when the content
 * really changed, so listeners (the tray) hear about changes, not wakeups.
 */
export class SnapshotTracker {
  private key = ''
  private current: ReminderSnapshot = {
    version: 0,
    pause: null,
    upcoming: [],
    pending: [],
    held: [],
  }
  private readonly listeners = new Set<SnapshotListener>()

  get snapshot(): ReminderSnapshot {
    return this.current
  }

  update(content: SnapshotContent): void {
    const key = JSON.stringify(content)
    if (key === this.key) return
    this.key = key
    this.current = { version: this.current.version + 1, ...content }
    for (const listener of [...this.listeners]) listener(this.current)
  }

  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
