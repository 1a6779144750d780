import type { LiveEpisode } from '../../shared/contract/journal'
import type { Db } from './connection'

/** The single running "cramp now" episode; stored so it survives a restart. */
export class LiveEpisodeRepository {
  constructor(private readonly db: Db) {}

  get(): LiveEpisode | null {
    const row = this.db
      .prepare(
        `SELECT started_at AS startedAt, utc_offset_min AS utcOffsetMin, stopped_at AS stoppedAt
         FROM live_episode WHERE id = 1`,
      )
      .get() as LiveEpisode | undefined
    return row ?? null
  }

  /** Starting while one runs keeps the first start: a double tap is not a new cramp. */
  start(at: number, utcOffsetMin: number): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO live_episode (id, started_at, utc_offset_min) VALUES (1, ?, ?)',
      )
      .run(at, utcOffsetMin)
  }

  /** "It's over": the first press counts, so a second one cannot lengthen the cramp. */
  stop(at: number): void {
    this.db
      .prepare('UPDATE live_episode SET stopped_at = COALESCE(stopped_at, ?) WHERE id = 1')
      .run(at)
  }

  /** "Keep timing": the timer runs on from its start. */
  resume(): void {
    this.db.prepare('UPDATE live_episode SET stopped_at = NULL WHERE id = 1').run()
  }

  clear(): void {
    this.db.prepare('DELETE FROM live_episode').run()
  }
}
