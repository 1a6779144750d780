import type { Cursor, EpisodeFilter } from '../../shared/contract/journal'
import type { Episode } from '../../shared/domain/episode'
import { FLAG_SYMPTOMS, LINGERING_SORENESS } from '../../shared/domain/red-flag-rules'
import type { Db } from './connection'
import { prepared } from './statements'

/** An `episodes` row as SELECT EPISODE_COLUMNS reads it. */
export interface EpisodeRow {
  id: string
  started_at: number
  utc_offset_min: number
  duration_sec: number | null
  duration_bucket: string | null
  side: string
  muscle: string
  pain: number
  context: string
  triggers: string
  relief: string
  relief_best: string | null
  symptoms: string
  soreness: number | null
  leg_changed: number
  notes: string
  logged_via: string
  created_at: number
  updated_at: number
}

/** What the repository stores beyond the episode itself. */
export interface EpisodeDerived {
  localDate: string
  localMinute: number
}

export const EPISODE_COLUMNS = `id, started_at, utc_offset_min, duration_sec, duration_bucket, side, muscle, pain,
  context, triggers, relief, relief_best, symptoms, soreness, leg_changed, notes, logged_via,
  created_at, updated_at`

/**
 * The timeline's "red flags" filter: an entry that raises a flag on its own
 * (red-flag-rules.ts episodeFlags), built from the same constants so the two
 * cannot drift apart; episodes-repo.property.test.ts holds them together.
 */
const ENTRY_FLAG_SQL = (() => {
  const symptoms = [...FLAG_SYMPTOMS.with_signs, ...FLAG_SYMPTOMS.walking_pain]
    .map((s) => `'${s}'`)
    .join(',')
  return `(soreness = ${LINGERING_SORENESS} OR leg_changed = 1 OR EXISTS (SELECT 1 FROM json_each(symptoms) WHERE value IN (${symptoms})))`
})()

export class EpisodesRepository {
  constructor(private readonly db: Db) {}

  get(id: string): Episode | null {
    const row = this.db
      .prepare(`SELECT ${EPISODE_COLUMNS} FROM episodes WHERE id = ? AND deleted_at IS NULL`)
      .get(id) as EpisodeRow | undefined
    return row ? fromRow(row) : null
  }

  /** Newest first, strictly after `cursor`, at most `limit` rows. */
  list(filter: EpisodeFilter, cursor: Cursor | null, limit: number): Episode[] {
    const where = ['deleted_at IS NULL']
    const params: Record<string, unknown> = { limit }
    if (cursor) {
      where.push('(started_at < @cStart OR (started_at = @cStart AND id < @cId))')
      params.cStart = cursor.startedAt
      params.cId = cursor.id
    }
    addFilter(filter, where, params)
    const rows = this.db
      .prepare(
        `SELECT ${EPISODE_COLUMNS} FROM episodes WHERE ${where.join(' AND ')}
         ORDER BY started_at DESC, id DESC LIMIT @limit`,
      )
      .all(params) as EpisodeRow[]
    return rows.map(fromRow)
  }

  /** Live episodes between two local dates, inclusive, oldest first. */
  between(fromDate: string, toDate: string): Episode[] {
    const rows = this.db
      .prepare(
        `SELECT ${EPISODE_COLUMNS} FROM episodes WHERE deleted_at IS NULL
         AND local_date BETWEEN ? AND ? ORDER BY started_at`,
      )
      .all(fromDate, toDate) as EpisodeRow[]
    return rows.map(fromRow)
  }

  latestSide(): string | null {
    return (
      (this.db
        .prepare(
          'SELECT side FROM episodes WHERE deleted_at IS NULL ORDER BY started_at DESC LIMIT 1',
        )
        .pluck()
        .get() as string | undefined) ?? null
    )
  }

  /** Inserts or replaces by id (also clears a pending delete). */
  put(e: Episode, derived: EpisodeDerived): void {
    prepared(
      this.db,
      `INSERT OR REPLACE INTO episodes (${EPISODE_COLUMNS}, local_date, local_minute, deleted_at)
         VALUES (@id, @started_at, @utc_offset_min, @duration_sec, @duration_bucket, @side, @muscle,
           @pain, @context, @triggers, @relief, @relief_best, @symptoms, @soreness, @leg_changed,
           @notes, @logged_via, @created_at, @updated_at, @local_date, @local_minute, NULL)`,
    ).run({ ...toRow(e), local_date: derived.localDate, local_minute: derived.localMinute })
  }

  markDeleted(id: string, at: number): boolean {
    return (
      this.db
        .prepare('UPDATE episodes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(at, id).changes === 1
    )
  }

  /** Brings back an entry deleted at or after `notBefore`. */
  restore(id: string, notBefore: number): boolean {
    return (
      this.db
        .prepare('UPDATE episodes SET deleted_at = NULL WHERE id = ? AND deleted_at >= ?')
        .run(id, notBefore).changes === 1
    )
  }

  /** Removes for good what was deleted before `before`. */
  purgeDeleted(before: number): number {
    return this.db.prepare('DELETE FROM episodes WHERE deleted_at < ?').run(before).changes
  }

  /** Any row with this id, deleted or not (import merges by id). */
  updatedAtOf(id: string): number | null {
    return (
      (prepared(this.db, 'SELECT updated_at FROM episodes WHERE id = ?').pluck().get(id) as
        number | undefined) ?? null
    )
  }

  all(): Episode[] {
    const rows = this.db
      .prepare(
        `SELECT ${EPISODE_COLUMNS} FROM episodes WHERE deleted_at IS NULL ORDER BY started_at`,
      )
      .all() as EpisodeRow[]
    return rows.map(fromRow)
  }
}

function addFilter(f: EpisodeFilter, where: string[], params: Record<string, unknown>): void {
  const eq = (column: string, key: string, value: unknown) => {
    if (value === undefined) return
    where.push(`${column} = @${key}`)
    params[key] = value
  }
  eq('muscle', 'muscle', f.muscle)
  eq('side', 'side', f.side)
  eq('context', 'context', f.context)
  if (f.from) {
    where.push('local_date >= @from')
    params.from = f.from
  }
  if (f.to) {
    where.push('local_date <= @to')
    params.to = f.to
  }
  if (f.minPain !== undefined) {
    where.push('pain >= @minPain')
    params.minPain = f.minPain
  }
  if (f.trigger) {
    where.push('EXISTS (SELECT 1 FROM json_each(triggers) WHERE value = @trigger)')
    params.trigger = f.trigger
  }
  if (f.redFlag) {
    where.push(ENTRY_FLAG_SQL)
  }
  const text = f.text?.trim()
  if (text) {
    // Every word must appear; LIKE wildcards typed by the user match literally.
    text.split(/\s+/).forEach((word, i) => {
      where.push(`notes LIKE @w${i} ESCAPE '\\'`)
      params[`w${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    })
  }
}

function toRow(e: Episode): EpisodeRow {
  return {
    id: e.id,
    started_at: e.startedAt,
    utc_offset_min: e.utcOffsetMin,
    duration_sec: e.durationSec,
    duration_bucket: e.durationBucket,
    side: e.side,
    muscle: e.muscle,
    pain: e.pain,
    context: e.context,
    triggers: JSON.stringify(e.triggers),
    relief: JSON.stringify(e.relief),
    relief_best: e.reliefBest,
    symptoms: JSON.stringify(e.symptoms),
    soreness: e.soreness,
    leg_changed: e.legChanged ? 1 : 0,
    notes: e.notes,
    logged_via: e.loggedVia,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  }
}

/**
 * The one mapping from a row back to an episode (the journal and the
 * insights both read through it). Rows were written by toRow from validated
 * episodes, so the casts hold.
 */
export function fromRow(r: EpisodeRow): Episode {
  return {
    id: r.id,
    startedAt: r.started_at,
    utcOffsetMin: r.utc_offset_min,
    durationSec: r.duration_sec,
    durationBucket: r.duration_bucket as Episode['durationBucket'],
    side: r.side as Episode['side'],
    muscle: r.muscle as Episode['muscle'],
    pain: r.pain,
    context: r.context as Episode['context'],
    triggers: JSON.parse(r.triggers) as Episode['triggers'],
    relief: JSON.parse(r.relief) as Episode['relief'],
    reliefBest: r.relief_best as Episode['reliefBest'],
    symptoms: JSON.parse(r.symptoms) as Episode['symptoms'],
    soreness: r.soreness,
    legChanged: r.leg_changed === 1,
    notes: r.notes,
    loggedVia: r.logged_via as Episode['loggedVia'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}
