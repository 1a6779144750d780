import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expandRoutine, timedDurationMs } from './expand'
import { initial, reduce, remainingMs, totalRemainingMs } from './player'
import { Routine, StepSide, type RoutineStep } from './schema'
import { holdStep, makeRoutine } from './test-fixtures'

/** Timed-only routines: reps wait for a person, so they have no duration to conserve. */
const timedStep: fc.Arbitrary<RoutineStep> = fc
  .record({
    holdSec: fc.integer({ min: 5, max: 90 }),
    side: fc.constantFrom(...StepSide.options),
    sets: fc.integer({ min: 1, max: 3 }),
    restBetweenSetsSec: fc.integer({ min: 0, max: 30 }),
    restAfterSec: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ holdSec, side, sets, restBetweenSetsSec, restAfterSec }) => ({
    ...holdStep('Hold', holdSec, side, { restAfterSec }),
    mode: { type: 'hold', holdSec, sets, restBetweenSetsSec },
  }))

const timedRoutine = fc
  .record({
    steps: fc.array(timedStep, { minLength: 1, maxLength: 4 }),
    rounds: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ steps, rounds }) => makeRoutine(steps, { rounds }))

/** Clock steps in whole µs: frame-sized, seconds, and sleeping-laptop gaps. */
const gapUs = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }),
  fc.integer({ min: 0, max: 5_000_000 }),
  fc.integer({ min: 0, max: 900_000_000 }),
)

const action = fc.record({ type: fc.constantFrom('pause', 'resume', 'tick'), gapUs })

describe('player timing (property)', () => {
  it('never drifts: time left + time run always equals the routine’s timed length', () => {
    fc.assert(
      fc.property(
        timedRoutine,
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(action, { maxLength: 40 }),
        (routine, startUs, actions) => {
          expect(Routine.safeParse(routine).success).toBe(true)
          const segments = expandRoutine(routine)
          const totalUs = timedDurationMs(segments) * 1000
          let state = reduce(initial(segments), { type: 'start', now: startUs / 1000 })
          let nowUs = startUs
          let pausedUs = 0

          for (const { type, gapUs: gap } of actions) {
            if (state.status === 'paused') pausedUs += gap
            nowUs += gap
            state = reduce(state, { type, now: nowUs / 1000 })

            if (state.status === 'completed') {
              // It ends exactly its length plus the paused time after it started.
              expect(state.endedAtMs).toBe((startUs + totalUs + pausedUs) / 1000)
              expect(totalRemainingMs(state, nowUs / 1000)).toBe(0)
              return
            }
            const ranUs = nowUs - startUs - pausedUs
            expect(totalRemainingMs(state, nowUs / 1000)).toBe((totalUs - ranUs) / 1000)
            expect(remainingMs(state, nowUs / 1000)).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})
