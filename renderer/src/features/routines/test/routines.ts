import type { Routine } from '@shared/domain/routines/schema'
import type { TestBridge } from '@renderer/test/test-bridge'

/** A routine of timed holds (no sides, no rests), as the editor would save it, for player tests. */
export function holdsRoutine(
  name: string,
  holds: { name: string; sec: number }[],
): Omit<Routine, 'id' | 'builtIn'> {
  return {
    name,
    description: '',
    kind: 'custom',
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

/** The user's own routines as main has them stored. */
export function ownRoutines(bridge: TestBridge): Routine[] {
  return bridge.services.routines.list().routines.filter((r) => !r.builtIn)
}
