import { useCallback } from 'react'
import { mainNow } from '@renderer/lib/main-clock'
import { useDeleteEpisode } from './queries'

/** The one deleted entry that can still be brought back, shown by the undo snackbar. */
export interface PendingUndo {
  id: string
  /** What was deleted, in words ("Left hamstring, Tue 3 Mar 03:00"). */
  label: string
  /** Main's deadline for journal:restore, epoch ms on main's clock. */
  undoUntil: number
  state: 'deleted' | 'restoring' | 'restored'
}

/**
 * Lives outside React so the snackbar outlasts the screen that deleted
 * (deleting on the edit screen navigates away from it).
 */
class UndoStore {
  private current: PendingUndo | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): PendingUndo | null => this.current

  offer(id: string, label: string, undoUntil: number): void {
    this.set({ id, label, undoUntil, state: 'deleted' })
    this.expireAt(undoUntil - mainNow())
  }

  update(id: string, state: PendingUndo['state']): void {
    if (this.current?.id !== id) return
    this.set({ ...this.current, state })
    // "Restored" is news for a moment, then the snackbar goes.
    if (state === 'restored') this.expireAt(4000)
  }

  clear(): void {
    clearTimeout(this.timer)
    this.set(null)
  }

  private expireAt(ms: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(
      () => {
        if (this.current?.state !== 'restoring') this.set(null)
      },
      Math.max(0, ms),
    )
  }

  private set(next: PendingUndo | null): void {
    this.current = next
    for (const listener of this.listeners) listener()
  }
}

export const undoStore = new UndoStore()

/**
 * The one delete path for episodes (edit screen, timeline, Today): deletes,
 * then offers Undo in a snackbar for as long as main allows a restore.
 * Resolves true when the entry was deleted.
 */
export function useDeleteEpisodeWithUndo(): (id: string, label?: string) => Promise<boolean> {
  const { mutateAsync } = useDeleteEpisode()
  return useCallback(
    async (id: string, label = 'Cramp entry') => {
      try {
        const { undoUntil } = await mutateAsync(id)
        undoStore.offer(id, label, undoUntil)
        return true
      } catch {
        // The mutation cache has already shown why.
        return false
      }
    },
    [mutateAsync],
  )
}
