import { randomUUID } from 'node:crypto'
import type { Clock } from '../../shared/domain/clock'
import { localDate, localMinuteOfDay, nowLocal, shiftDate } from '../../shared/domain/local-time'
import { builtInRoutines } from '../../shared/domain/routines/catalogue'
import type { Adherence, Session, SessionInput } from '../../shared/domain/routines/history'
import { Routine } from '../../shared/domain/routines/schema'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { RoutinesRepository } from '../db/routines-repo'
import { AppError } from './errors'

export interface RoutineList {
  routines: Routine[]
  /** Built-ins the user removed from the list; each can be restored. */
  hiddenBuiltIns: { id: string; name: string }[]
  /** Stored routines that failed validation and were left out (never deleted). */
  unreadable: string[]
}

/** Built-in and custom routines, session history and adherence. */
export class RoutinesService {
  private readonly repo: RoutinesRepository
  private readonly checkIns: CheckInsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.repo = new RoutinesRepository(db)
    this.checkIns = new CheckInsRepository(db)
  }

  list(): RoutineList {
    const hidden = new Set(this.repo.hiddenBuiltIns())
    const unreadable: string[] = []
    const custom = this.repo.customRows().flatMap(({ id, data }) => {
      const routine = readRoutine(data)
      if (routine) return [routine]
      unreadable.push(id)
      return []
    })
    return {
      routines: [...builtInRoutines.filter((r) => !hidden.has(r.id)), ...custom],
      hiddenBuiltIns: builtInRoutines
        .filter((r) => hidden.has(r.id))
        .map((r) => ({ id: r.id, name: r.name })),
      unreadable,
    }
  }

  get(id: string): Routine {
    const routine =
      this.list().routines.find((r) => r.id === id) ?? builtInRoutines.find((r) => r.id === id)
    if (!routine) throw new AppError('not_found', 'That routine no longer exists.')
    return routine
  }

  /** Creates (no id) or replaces a custom routine. Built-ins are read-only: duplicate them. */
  save(input: Omit<Routine, 'id' | 'builtIn'> & { id?: string | undefined }): Routine {
    if (input.id && builtInRoutines.some((r) => r.id === input.id)) {
      throw new AppError(
        'conflict',
        'Built-in routines cannot be changed. Duplicate it to make your own version.',
      )
    }
    if (input.id && !this.repo.exists(input.id)) {
      throw new AppError('not_found', 'That routine no longer exists.')
    }
    const routine: Routine = { ...input, id: input.id ?? randomUUID(), builtIn: false }
    this.repo.put(routine, this.clock.now())
    return routine
  }

  /** Deletes a custom routine, or hides a built-in (restorable). */
  remove(id: string): void {
    if (builtInRoutines.some((r) => r.id === id)) this.repo.setHidden(id, true)
    else if (!this.repo.delete(id))
      throw new AppError('not_found', 'That routine no longer exists.')
  }

  restoreBuiltIn(id: string): Routine {
    const routine = builtInRoutines.find((r) => r.id === id)
    if (!routine) throw new AppError('not_found', 'There is no built-in routine with that id.')
    this.repo.setHidden(id, false)
    return routine
  }

  recordSession(input: SessionInput): Session {
    const id = randomUUID()
    this.repo.addSession(
      id,
      input,
      localDate({ at: input.startedAt, utcOffsetMin: input.utcOffsetMin }),
    )
    return { id, ...input }
  }

  recent(days: number): Session[] {
    const today = this.today()
    return this.repo.sessions(shiftDate(today, -(days - 1)), today)
  }

  adherence(): Adherence {
    const today = this.today()
    const sessions = this.repo.sessions(shiftDate(today, -40), today)
    const done = sessions.filter((s) => s.requiredDone)
    // A bedtime routine after midnight still belongs to the evening before.
    const bedtimeNight = (s: Session) => {
      const instant = { at: s.startedAt, utcOffsetMin: s.utcOffsetMin }
      const date = localDate(instant)
      return localMinuteOfDay(instant) < 12 * 60 ? shiftDate(date, -1) : date
    }
    const nights = new Set(done.filter((s) => s.routineKind === 'bedtime').map(bedtimeNight))
    const bedtimeNights = [...nights].filter((n) => n > shiftDate(today, -7) && n <= today).length

    const dayOf = (s: Session) => localDate({ at: s.startedAt, utcOffsetMin: s.utcOffsetMin })
    const warmUpDays = new Set(done.filter((s) => s.routineKind === 'warm_up').map(dayOf))
    const exercised = this.checkIns
      .between(shiftDate(today, -29), today)
      .filter((c) => c.exercise.length > 0)
    const warmedUpDays = exercised.filter(
      (c) => warmUpDays.has(c.date) || c.exercise.every((e) => e.warmedUp),
    ).length

    const activeDays = new Set(done.map(dayOf))
    let day = activeDays.has(today) ? today : shiftDate(today, -1)
    let streakDays = 0
    while (activeDays.has(day)) {
      streakDays++
      day = shiftDate(day, -1)
    }
    return { bedtimeNights, exerciseDays: exercised.length, warmedUpDays, streakDays }
  }

  private today(): string {
    return localDate(nowLocal(this.clock))
  }
}

/** A stored routine, or null when it no longer parses or validates (it is kept, never deleted). */
export function readRoutine(data: string): Routine | null {
  let raw: unknown
  try {
    raw = JSON.parse(data)
  } catch {
    return null
  }
  const routine = Routine.safeParse(raw)
  return routine.success ? routine.data : null
}
