import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ParsedWorkout } from '../../../shared/domain/workouts/session'
import { readAll, WORKOUT_FIXTURES, workoutFixture } from '../../testing/workout-fixtures'
import { packedBuffers, packWorkouts, unpackWorkouts } from './packed-workouts'

describe('sessions as columns, for the trip from the reader thread', () => {
  it('every real recording’s sessions come back exactly, nulls, warnings and all', async () => {
    const sessions: ParsedWorkout[] = []
    for (const name of readdirSync(WORKOUT_FIXTURES).filter((f) => !f.endsWith('.md')))
      for (const o of await readAll(workoutFixture(name)))
        if (o.kind === 'read') sessions.push(...o.workouts)
    expect(sessions.length).toBeGreaterThan(10)
    expect(sessions.some((s) => s.warning !== null)).toBe(true)
    expect(sessions.some((s) => s.effort === null && s.utcOffsetMinutes !== null)).toBe(true)
    expect([...unpackWorkouts(packWorkouts(sessions))]).toEqual(sessions)
  })

  it('holds repeated text once, and moves as a few buffers whatever the count', () => {
    const one: ParsedWorkout = {
      sport: 'running',
      format: 'health',
      startedAt: Date.UTC(2020, 0, 1),
      utcOffsetMinutes: 60,
      elapsedSeconds: 1800,
      movingSeconds: null,
      distanceMeters: 5000.5,
      elevationGainMeters: 0,
      avgHeartRate: null,
      maxHeartRate: 171,
      effort: 0,
      sourceName: 'export.xml',
      contentHash: 'ab'.repeat(32),
      sessionIndex: 0,
      warning: null,
    }
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...one,
      startedAt: one.startedAt + i * 86_400_000,
    }))
    const packed = packWorkouts(many)
    expect(packed.texts).toEqual(['running', 'health', 'export.xml'])
    expect(packedBuffers(packed)).toHaveLength(15)
    const back = [...unpackWorkouts(packed)]
    expect(back[9_999]).toEqual(many[9_999])
    expect(back[0]?.effort).toBe(0)
  })
})
