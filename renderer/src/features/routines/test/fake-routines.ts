import { contract, toIpcIssues, type Channel, type IpcResult } from '@shared/contract'
import { builtInRoutines } from '@shared/domain/routines/catalogue'
import type { Adherence, Session, SessionInput } from '@shared/domain/routines/history'
import type { Routine } from '@shared/domain/routines/schema'
import type { FakeBridge } from '@renderer/test/fake-bridge'

export interface FakeRoutinesOptions {
  custom?: Routine[]
  hidden?: string[]
  sessions?: Session[]
  adherence?: Adherence
}

export interface FakeRoutines {
  custom: Routine[]
  hidden: Set<string>
  sessions: Session[]
  adherence: Adherence
  playing: boolean[]
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
const fail = (code: 'not_found' | 'conflict', message: string) => ({
  ok: false as const,
  error: { code, message, issues: [] },
})

/** Checks input with the real contract schema, answering like main does when it is wrong. */
function parsed(channel: Channel, input: unknown) {
  const result = contract[channel].input.safeParse(input)
  if (result.success) return { ok: true as const, data: result.data as unknown }
  const issues = toIpcIssues(result.error)
  return {
    ok: false as const,
    answer: {
      ok: false as const,
      error: {
        code: 'invalid_input' as const,
        message: `Invalid request: ${issues[0]?.message ?? ''}`,
        issues,
      },
    },
  }
}

let nextId = 1

/**
 * Main's routines service, in memory, behind the fake bridge: built-ins
 * (minus hidden ones), the user's routines, sessions and adherence.
 */
export function fakeRoutines(bridge: FakeBridge, options: FakeRoutinesOptions = {}): FakeRoutines {
  const state: FakeRoutines = {
    custom: [...(options.custom ?? [])],
    hidden: new Set(options.hidden ?? []),
    sessions: [...(options.sessions ?? [])],
    adherence: options.adherence ?? {
      bedtimeNights: 0,
      exerciseDays: 0,
      warmedUpDays: 0,
      streakDays: 0,
    },
    playing: [],
  }
  const all = () => [...builtInRoutines.filter((r) => !state.hidden.has(r.id)), ...state.custom]
  const find = (id: string) =>
    all().find((r) => r.id === id) ?? builtInRoutines.find((r) => r.id === id)

  bridge.respond('routines:list', () =>
    ok({
      routines: all(),
      hiddenBuiltIns: builtInRoutines
        .filter((r) => state.hidden.has(r.id))
        .map((r) => ({ id: r.id, name: r.name })),
      unreadable: [],
    }),
  )
  bridge.respond('routines:get', ({ id }) => {
    const routine = find(id)
    return routine ? ok(routine) : fail('not_found', 'That routine no longer exists.')
  })
  bridge.respond('routines:save', (input) => {
    const check = parsed('routines:save', input)
    if (!check.ok) return check.answer
    const data = check.data as Omit<Routine, 'id' | 'builtIn'> & { id?: string }
    if (data.id && builtInRoutines.some((r) => r.id === data.id)) {
      return fail('conflict', 'Built-in routines cannot be changed.')
    }
    const routine: Routine = { ...data, id: data.id ?? `custom-${nextId++}`, builtIn: false }
    const index = state.custom.findIndex((r) => r.id === routine.id)
    if (index >= 0) state.custom[index] = routine
    else state.custom.push(routine)
    return ok(routine)
  })
  bridge.respond('routines:remove', ({ id }) => {
    if (builtInRoutines.some((r) => r.id === id)) state.hidden.add(id)
    else state.custom = state.custom.filter((r) => r.id !== id)
    return ok(null)
  })
  bridge.respond('routines:restore-builtin', ({ id }) => {
    state.hidden.delete(id)
    const routine = builtInRoutines.find((r) => r.id === id)
    return routine ? ok(routine) : fail('not_found', 'No such built-in.')
  })
  bridge.respond('routines:record-session', (input) => {
    const check = parsed('routines:record-session', input)
    if (!check.ok) return check.answer
    const session = { id: crypto.randomUUID(), ...(check.data as SessionInput) }
    state.sessions.unshift(session)
    return ok(session)
  })
  bridge.respond('routines:sessions', () => ok(state.sessions))
  bridge.respond('routines:adherence', () => ok(state.adherence))
  bridge.respond('routines:playing', ({ playing }) => {
    state.playing.push(playing)
    return ok(null)
  })
  return state
}

/** A user's routine of timed holds (no sides, no rests) for player tests. */
export function holdsRoutine(name: string, holds: { name: string; sec: number }[]): Routine {
  return {
    id: `custom-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name,
    description: '',
    kind: 'custom',
    builtIn: false,
    rounds: 1,
    steps: holds.map((h, i) => ({
      exerciseId: i % 2 === 0 ? 'seated_hamstring_stretch' : 'standing_calf_stretch',
      name: h.name,
      howTo: ['Sit tall.'],
      cue: 'A gentle pull, never sharp pain',
      mode: { type: 'hold' as const, holdSec: h.sec, sets: 1, restBetweenSetsSec: 0 },
      side: 'both' as const,
      restAfterSec: 0,
      optional: false,
    })),
  }
}
