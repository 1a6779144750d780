import { randomUUID } from 'node:crypto'
import { emptyCheckIn, type CheckIn } from '../../shared/domain/checkin'
import {
  CrampContext,
  Muscle,
  Relief,
  Side,
  Trigger,
  type Episode,
} from '../../shared/domain/episode'
import { localDate, localMinuteOfDay, shiftDate } from '../../shared/domain/local-time'
import type { Db } from '../../electron/db/connection'
import { CheckInsRepository } from '../../electron/db/checkins-repo'
import { EpisodesRepository } from '../../electron/db/episodes-repo'

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same journal. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'hill',
  'run',
  'desk',
  'night',
  'calf',
  'stretch',
  'water',
  'heat',
  'bike',
  'stairs',
  'tired',
  'long day',
]

export interface DatasetSize {
  days: number
  episodes: number
}

/**
 * A deterministic journal ending on `endDate`: check-ins on every day and
 * `episodes` cramps spread over the period, written in one transaction.
 */
export function seedJournal(db: Db, endDate: string, size: DatasetSize, seed = 42): void {
  const random = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => random() < 0.2)
  const episodes = new EpisodesRepository(db)
  const checkIns = new CheckInsRepository(db)
  const startDate = shiftDate(endDate, -(size.days - 1))
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number]
  const start = Date.UTC(y, m - 1, d)
  db.transaction(() => {
    for (let i = 0; i < size.episodes; i++) {
      const at = start + Math.floor(random() * size.days * 86_400_000)
      const relief = some(Relief.options)
      const e: Episode = {
        id: randomUUID(),
        startedAt: at,
        utcOffsetMin: pick([0, 60, 120]),
        durationSec: random() < 0.5 ? 10 + Math.floor(random() * 600) : null,
        durationBucket: 'under_30s',
        side: pick(Side.options),
        muscle: pick(Muscle.options),
        pain: Math.floor(random() * 11),
        context: pick(CrampContext.options),
        triggers: some(Trigger.options),
        relief,
        reliefBest: relief[0] ?? null,
        symptoms: random() < 0.03 ? ['numbness'] : [],
        soreness: random() < 0.5 ? Math.floor(random() * 4) : null,
        notes: random() < 0.6 ? `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}` : '',
        loggedVia: pick(['cramp_now', 'form', 'tray'] as const),
        createdAt: at,
        updatedAt: at,
      }
      const instant = { at, utcOffsetMin: e.utcOffsetMin }
      episodes.put(e, { localDate: localDate(instant), localMinute: localMinuteOfDay(instant) })
    }
    for (let i = 0; i < size.days; i++) {
      const date = shiftDate(startDate, i)
      const c: CheckIn = {
        ...emptyCheckIn(date),
        waterMl: 250 * Math.floor(random() * 12),
        caffeineDrinks: Math.floor(random() * 5),
        sittingHours: Math.floor(random() * 24) / 2,
        stretchedBeforeBed: random() < 0.4,
        sleepQuality: 1 + Math.floor(random() * 5),
        updatedAt: start + i * 86_400_000,
      }
      checkIns.put(c)
    }
  })()
}
