import type { WorkoutImportSummary } from '@shared/domain/workouts/session'
import { importFilesByPath, invoke, isIpcError, onEvent } from '@renderer/lib/ipc'
import { batches, readBytes, tooLarge } from './read-files'

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; files: number; cancelling: boolean }
  | {
      kind: 'importing'
      filesDone: number
      filesTotal: number
      current: string
      cancelling: boolean
    }
  | { kind: 'done'; summary: WorkoutImportSummary }
  | { kind: 'error'; message: string }

const emptySummary = (): WorkoutImportSummary => ({
  added: 0,
  alreadyThere: 0,
  refused: [],
  warnings: [],
  cancelled: false,
})

/**
 * One workout import at a time, kept outside React: a drop anywhere on the
 * window and the pickers on the check-in and in Settings all feed it, and
 * its progress outlives the screen it started on.
 */
export class WorkoutImportStore {
  private state: ImportState = { kind: 'idle' }
  private readonly listeners = new Set<() => void>()
  /** Files of earlier calls of this import, so the bar runs across them. */
  private offset = { done: 0, total: 0 }
  private cancelled = false

  constructor(private readonly onChanged: () => void | Promise<void> = () => undefined) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ImportState => this.state

  get busy(): boolean {
    return this.state.kind === 'reading' || this.state.kind === 'importing'
  }

  /** Imports the files; a second import while one runs is ignored (the panel says one is running). */
  async start(files: readonly File[]): Promise<void> {
    if (this.busy || files.length === 0) return
    this.cancelled = false
    this.set({ kind: 'reading', files: files.length, cancelling: false })
    const summary = emptySummary()
    // Electron reads files from disk by path, whatever their size; the
    // browser preview sends bytes, so there a file over the limit is refused here.
    const byPath = typeof window.limber.importFiles === 'function'
    const accepted = byPath ? [...files] : files.filter((f) => !tooLarge(f))
    if (!byPath)
      for (const f of files.filter(tooLarge))
        summary.refused.push({ sourceName: f.name, reason: 'too-large', detail: null })
    const groups = batches(accepted, !byPath)
    this.offset = { done: 0, total: accepted.length }
    const stop = onEvent('workouts:progress', (p) => {
      if (this.state.kind !== 'importing') return
      this.set({
        ...this.state,
        filesDone: this.offset.done + p.filesDone,
        // A zip says how many files it holds once opened; the bar grows to match.
        filesTotal: Math.max(this.offset.total, this.offset.done + p.filesTotal),
        current: p.current,
      })
    })
    try {
      for (const group of groups) {
        if (this.wasCancelled()) break
        const fromDisk = importFilesByPath(group)
        const read = fromDisk ? [] : await Promise.all(group.map(readBytes))
        if (this.wasCancelled()) break
        if (this.state.kind !== 'importing')
          this.set({
            kind: 'importing',
            filesDone: this.offset.done,
            filesTotal: this.offset.total,
            current: group[0]?.name ?? '',
            cancelling: false,
          })
        const part = await (fromDisk ?? invoke('workouts:import', { files: read }))
        merge(summary, part)
        const current = this.state
        const grown = current.kind === 'importing' ? current.filesTotal : this.offset.total
        this.offset = {
          done: current.kind === 'importing' ? current.filesDone : this.offset.done + group.length,
          total: grown,
        }
        if (part.cancelled) break
      }
      summary.cancelled = this.wasCancelled()
      this.set({ kind: 'done', summary })
    } catch (error) {
      this.set({
        kind: 'error',
        message: isIpcError(error)
          ? error.message
          : 'Limber could not read one of the files. Nothing from it was added.',
      })
    } finally {
      stop()
      await this.onChanged()
    }
  }

  /** Stops after the file being read; what is already in stays. */
  async cancel(): Promise<void> {
    if (!this.busy || this.cancelled) return
    this.cancelled = true
    if (this.state.kind === 'reading' || this.state.kind === 'importing')
      this.set({ ...this.state, cancelling: true })
    await invoke('workouts:cancel').catch(() => undefined)
  }

  /** Closes the summary. */
  dismiss(): void {
    if (!this.busy) this.set({ kind: 'idle' })
  }

  /** Read through a method: Cancel flips it while `start` awaits, which narrowing cannot see. */
  private wasCancelled(): boolean {
    return this.cancelled
  }

  private set(state: ImportState): void {
    this.state = state
    for (const listener of this.listeners) listener()
  }
}

function merge(into: WorkoutImportSummary, part: WorkoutImportSummary): void {
  into.added += part.added
  into.alreadyThere += part.alreadyThere
  into.refused.push(...part.refused)
  into.warnings.push(...part.warnings)
}
