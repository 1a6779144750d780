import type { CheckIn } from '../../shared/domain/checkin'
import type { Episode } from '../../shared/domain/episode'
import {
  localDate,
  localMinuteOfDay,
  shiftDate,
  type NightWindow,
} from '../../shared/domain/local-time'
import { crampNight } from '../../shared/domain/red-flags'
import type { ReminderRecord } from '../../shared/domain/reminders'
import type { Session } from '../../shared/domain/routines/history'
import type { TrendRows } from '../../shared/domain/trends/rows'
import { weekStartOf } from '../../shared/domain/trends/weeks'

/*
 * Test-only: the Trends aggregates recomputed row by row in TypeScript from
 * what was written, deriving every local time through the time-zone library
 * rather than the stored columns. The property test holds the SQL to this.
 */

export interface NaiveJournal {
  episodes: (Episode & { deleted: boolean })[]
  checkIns: CheckIn[]
  sessions: Session[]
  reminders: ReminderRecord[]
}

const instant = (at: number, utcOffsetMin: number) => ({ at, utcOffsetMin })

function countBy<K>(keys: K[]): [K, number][] {
  const counts = new Map<K, number>()
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  return [...counts]
}

export function naiveRows(
  j: NaiveJournal,
  from: string,
  to: string,
  night: NightWindow,
  target: number,
): TrendRows {
  const inRange = (d: string) => d >= from && d <= to
  const live = j.episodes
    .filter((e) => !e.deleted)
    .map((e) => ({ ...e, date: localDate(instant(e.startedAt, e.utcOffsetMin)) }))
    .filter((e) => inRange(e.date))
  const weekGroups = new Map<string, TrendRows['weekGroups'][number]>()
  for (const e of live) {
    const group =
      e.context === 'exercise' || e.context === 'after_exercise'
        ? 'exercise'
        : crampNight(e, night) !== null
          ? 'night'
          : 'rest'
    const week = weekStartOf(e.date)
    const r = weekGroups.get(`${week}${group}`) ?? {
      week,
      group,
      cramps: 0,
      painMax: 0,
      painSum: 0,
    }
    weekGroups.set(`${week}${group}`, {
      ...r,
      cramps: r.cramps + 1,
      painMax: Math.max(r.painMax, e.pain),
      painSum: r.painSum + e.pain,
    })
  }
  const hour = (e: Episode) =>
    String(Math.floor(localMinuteOfDay(instant(e.startedAt, e.utcOffsetMin)) / 60))
  const relief = new Map<string, { relief: string; used: number; helpedMost: number }>()
  for (const e of live)
    for (const r of e.relief) {
      const x = relief.get(r) ?? { relief: r, used: 0, helpedMost: 0 }
      relief.set(r, {
        relief: r,
        used: x.used + 1,
        helpedMost: x.helpedMost + (e.reliefBest === r ? 1 : 0),
      })
    }
  const bedtimeNights = new Set(
    j.sessions
      .filter((s) => s.routineKind === 'bedtime' && s.requiredDone)
      .map((s) => {
        const i = instant(s.startedAt, s.utcOffsetMin)
        return localMinuteOfDay(i) < 720 ? shiftDate(localDate(i), -1) : localDate(i)
      })
      .filter(inRange),
  )
  const reminders = j.reminders.filter((r) => inRange(localDate(instant(r.dueAt, r.utcOffsetMin))))
  const reminderWeeks = new Map<string, { week: string; actedOn: number; total: number }>()
  for (const r of reminders) {
    const week = weekStartOf(localDate(instant(r.dueAt, r.utcOffsetMin)))
    const x = reminderWeeks.get(week) ?? { week, actedOn: 0, total: 0 }
    const acted = r.outcome === 'done' || r.outcome === 'routine_started' ? 1 : 0
    reminderWeeks.set(week, { week, actedOn: x.actedOn + acted, total: x.total + 1 })
  }
  const checkIns = j.checkIns.filter((c) => inRange(c.date))
  const water = new Map<
    string,
    { week: string; checkIns: number; waterSum: number; atTarget: number }
  >()
  for (const c of checkIns) {
    const week = weekStartOf(c.date)
    const x = water.get(week) ?? { week, checkIns: 0, waterSum: 0, atTarget: 0 }
    water.set(week, {
      week,
      checkIns: x.checkIns + 1,
      waterSum: x.waterSum + c.waterMl,
      atTarget: x.atTarget + (c.waterMl >= target ? 1 : 0),
    })
  }
  const crampDates = new Set(live.map((e) => e.date))
  const band = (ml: number) =>
    ml >= target ? 'at_target' : ml * 2 < target ? 'under_half' : 'under_target'
  const bands = new Map<string, { band: string; days: number; crampDays: number }>()
  for (const c of checkIns) {
    const b = band(c.waterMl)
    const x = bands.get(b) ?? { band: b, days: 0, crampDays: 0 }
    bands.set(b, {
      band: b,
      days: x.days + 1,
      crampDays: x.crampDays + (crampDates.has(c.date) ? 1 : 0),
    })
  }
  return {
    weekGroups: [...weekGroups.values()],
    hours: countBy(live.map(hour)).map(([h, cramps]) => ({ hour: Number(h), cramps })),
    triggers: countBy(live.flatMap((e) => e.triggers)).map(([trigger, cramps]) => ({
      trigger,
      cramps,
    })),
    relief: [...relief.values()] as TrendRows['relief'],
    bedtime: countBy([...bedtimeNights].map(weekStartOf)).map(([week, nights]) => ({
      week,
      nights,
    })),
    reminders: [...reminderWeeks.values()],
    water: [...water.values()],
    crampDays: countBy([...crampDates].map(weekStartOf)).map(([week, crampDays]) => ({
      week,
      crampDays,
    })),
    bands: [...bands.values()] as TrendRows['bands'],
  }
}

/** Nights (by evening) from `from` to `to` with a live cramp, by red-flags.ts crampNight. */
export function naiveCrampNights(j: NaiveJournal, from: string, to: string, night: NightWindow) {
  const nights = j.episodes
    .filter((e) => !e.deleted)
    .map((e) => crampNight(e, night))
    .filter((n): n is string => n !== null && n >= from && n <= to)
  return [...new Set(nights)].sort()
}
