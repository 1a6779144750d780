import { randomUUID } from 'node:crypto'
import type { Clock } from '../../../shared/domain/clock'
import { localDate } from '../../../shared/domain/local-time'
import type {
  ParsedWorkout,
  Workout,
  WorkoutEdit,
  WorkoutImportSummary,
} from '../../../shared/domain/workouts/session'
import type { Db } from '../../db/connection'
import { WorkoutsRepository, type NewWorkout } from '../../db/workouts-repo'
import { AppError } from '../errors'
import {
  readInThread,
  sessionsOf,
  type FileOutcome,
  type SourceReader,
  type WorkoutSource,
} from './read-source'

export interface ImportProgress {
  filesDone: number
  /** Files known so far: each source counts one until a zip is opened and says how many it holds. */
  filesTotal: number
  current: string
}

export interface ImportOptions {
  signal?: AbortSignal
  onProgress?: (progress: ImportProgress) => void
}

/** Imports workout files and keeps the sessions they hold. */
export class WorkoutsService {
  private readonly repo: WorkoutsRepository
  private running: AbortController | null = null

  constructor(
    db: Db,
    private readonly clock: Clock,
    /** Where files are parsed: a worker thread in the app, so main and its IPC stay responsive. */
    private readonly read: SourceReader = readInThread,
  ) {
    this.repo = new WorkoutsRepository(db)
  }

  /**
   * Reads each source (a zip counts each file in it) and stores each file's
   * sessions whole or not at all, as soon as that file is read: Cancel
   * (`signal`) stops between files and keeps what is already in.
   */
  async import(
    sources: readonly WorkoutSource[],
    options: ImportOptions = {},
  ): Promise<WorkoutImportSummary> {
    const summary: WorkoutImportSummary = {
      added: 0,
      alreadyThere: 0,
      refused: [],
      warnings: [],
      cancelled: false,
    }
    let filesDone = 0
    let filesTotal = sources.length
    const take = (outcome: FileOutcome) => {
      filesDone++
      if (outcome.kind === 'refused') summary.refused.push(outcome.refused)
      else {
        // Mapped one at a time inside the transaction: a Health export may hold 100,000 workouts.
        const first: { warning: string | null } = { warning: null }
        const added = this.repo.insertFile(
          this.toNewEach(sessionsOf(outcome), (w) => {
            first.warning ??= w.warning
          }),
        )
        if (added > 0) summary.added++
        else summary.alreadyThere++
        const { warning } = first
        if (warning && added > 0) summary.warnings.push({ sourceName: outcome.sourceName, warning })
      }
      options.onProgress?.({
        filesDone,
        filesTotal: Math.max(filesTotal, filesDone),
        current: outcome.kind === 'refused' ? outcome.refused.sourceName : outcome.sourceName,
      })
    }
    await this.read(sources, take, options.signal, (files) => {
      filesTotal += files - 1
    })
    summary.cancelled = options.signal?.aborted ?? false
    return summary
  }

  /** One import at a time from the window, which Cancel can stop. */
  async importCancellable(
    sources: readonly WorkoutSource[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<WorkoutImportSummary> {
    if (this.running) throw new AppError('conflict', 'An import is already running.')
    const controller = new AbortController()
    this.running = controller
    try {
      return await this.import(sources, {
        signal: controller.signal,
        ...(onProgress ? { onProgress } : {}),
      })
    } finally {
      this.running = null
    }
  }

  cancel(): void {
    this.running?.abort()
  }

  /** The newest day with a session before `date` (the journal timeline pages by it). */
  latestDateBefore(date: string): string | null {
    return this.repo.latestDateBefore(date)
  }

  between(from: string, to: string): Workout[] {
    return this.repo.between(from, to)
  }

  all(): Workout[] {
    return this.repo.all()
  }

  /** Changes the sport or effort of an imported session (effort is what the file could not say). */
  edit(edit: WorkoutEdit): Workout {
    const current = this.repo.get(edit.id)
    if (!current) throw new AppError('not_found', 'That session is no longer in the journal.')
    this.repo.update(edit.id, {
      sport: edit.sport ?? current.sport,
      effort: edit.effort === undefined ? current.effort : edit.effort,
    })
    return this.repo.get(edit.id) as Workout
  }

  remove(id: string): void {
    if (!this.repo.remove(id))
      throw new AppError('not_found', 'That session is no longer in the journal.')
  }

  private *toNewEach(
    workouts: Iterable<ParsedWorkout>,
    seen: (w: ParsedWorkout) => void,
  ): Generator<NewWorkout> {
    for (const w of workouts) {
      seen(w)
      yield this.toNew(w)
    }
  }

  private toNew(w: ParsedWorkout): NewWorkout {
    // Where the file gives no zone, the day is read in this computer's zone at that instant.
    const utcOffsetMin = w.utcOffsetMinutes ?? this.clock.utcOffsetMin(w.startedAt)
    return {
      ...w,
      id: randomUUID(),
      localDate: localDate({ at: w.startedAt, utcOffsetMin }),
      importedAt: this.clock.now(),
    }
  }
}
