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
import { seedReminderHistory } from './dataset-reminders'
import { seedRoutineSessions } from './dataset-routines'
import { DAY_MS, utcMidnight } from './days'
import { pick, rng, seededUuid, type Random } from './rng'

export { rng } from './rng'

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
  reminders?: number
  sessions?: number
}

/** The ten years: about 5,000 cramps, a check-in a day, 60,000 reminders, 3,000 routines. */
export const TEN_YEARS: Required<DatasetSize> = {
  days: 3650,
  episodes: 5000,
  reminders: 60_000,
  sessions: 3000,
}

/**
 * A deterministic journal ending on `endDate`: check-ins on every day,
 * `episodes` cramps, and (when sized) reminder history and routine sessions,
 * all written in one transaction through the app's own repositories so the
 * rows have exactly the shapes the services write.
 */
export function seedJournal(db: Db, endDate: string, size: DatasetSize, seed = 42): void {
  const random = rng(seed)
  const startDate = shiftDate(endDate, -(size.days - 1))
  const start = utcMidnight(startDate)
  withStatementCache(db, () => {
    db.transaction(() => {
      seedEpisodes(db, random, start, size)
      seedCheckIns(db, random, startDate, size.days)
      if (size.reminders) seedReminderHistory(db, random, startDate, size.days, size.reminders)
      if (size.sessions) seedRoutineSessions(db, random, start, size.days, size.sessions)
    })()
  })
}

/**
 * The repositories prepare their statement on every call, which is nothing
 * for one user action but dominates 70,000 inserts. While seeding, each SQL
 * text is prepared once and reused, so the rows still go through the
 * repositories' own statements.
 */
function withStatementCache(db: Db, fn: () => void): void {
  const prepare = db.prepare.bind(db)
  const cache = new Map<string, ReturnType<Db['prepare']>>()
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql)
    if (!statement) {
      statement = prepare(sql)
      cache.set(sql, statement)
    }
    return statement
  }) as Db['prepare']
  try {
    fn()
  } finally {
    db.prepare = prepare
  }
}

function seedEpisodes(db: Db, random: Random, start: number, size: DatasetSize): void {
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => random() < 0.2)
  const episodes = new EpisodesRepository(db)
  for (let i = 0; i < size.episodes; i++) {
    const at = start + Math.floor(random() * size.days * DAY_MS)
    const relief = some(Relief.options)
    const e: Episode = {
      id: seededUuid(random),
      startedAt: at,
      utcOffsetMin: pick(random, [0, 60, 120]),
      durationSec: random() < 0.5 ? 10 + Math.floor(random() * 600) : null,
      durationBucket: 'under_30s',
      side: pick(random, Side.options),
      muscle: pick(random, Muscle.options),
      pain: Math.floor(random() * 11),
      context: pick(random, CrampContext.options),
      triggers: some(Trigger.options),
      relief,
      reliefBest: relief[0] ?? null,
      symptoms: random() < 0.03 ? ['numbness'] : [],
      soreness: random() < 0.5 ? Math.floor(random() * 4) : null,
      legChanged: random() < 0.01,
      notes:
        random() < 0.6
          ? `${pick(random, WORDS)} ${pick(random, WORDS)} ${pick(random, WORDS)}`
          : '',
      loggedVia: pick(random, ['cramp_now', 'form', 'tray'] as const),
      createdAt: at,
      updatedAt: at,
    }
    const instant = { at, utcOffsetMin: e.utcOffsetMin }
    episodes.put(e, { localDate: localDate(instant), localMinute: localMinuteOfDay(instant) })
  }
}

function seedCheckIns(db: Db, random: Random, startDate: string, days: number): void {
  const checkIns = new CheckInsRepository(db)
  const start = utcMidnight(startDate)
  for (let i = 0; i < days; i++) {
    const c: CheckIn = {
      ...emptyCheckIn(shiftDate(startDate, i)),
      waterMl: 250 * Math.floor(random() * 12),
      caffeineDrinks: Math.floor(random() * 5),
      sittingHours: Math.floor(random() * 24) / 2,
      stretchedBeforeBed: random() < 0.4,
      sleepQuality: 1 + Math.floor(random() * 5),
      updatedAt: start + i * DAY_MS,
    }
    checkIns.put(c)
  }
}
