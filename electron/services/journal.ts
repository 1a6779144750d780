import { randomUUID } from 'node:crypto'
import type { EpisodePage, ListEpisodesInput, LiveState } from '../../shared/contract/journal'
import type { Clock } from '../../shared/domain/clock'
import {
  bucketFor,
  type Episode,
  type EpisodeInput,
  type LoggedVia,
} from '../../shared/domain/episode'
import {
  isNight,
  localDate,
  localMinuteOfDay,
  type NightWindow,
} from '../../shared/domain/local-time'
import type { Db } from '../db/connection'
import { EpisodesRepository } from '../db/episodes-repo'
import { LiveEpisodeRepository } from '../db/live-repo'
import { AppError } from './errors'
import { finishedCramp } from '../../shared/domain/live-cramp'

/** How long a deleted entry can be brought back with Undo. */
export const UNDO_MS = 10_000

/**
 * Cramp episodes: logging, editing, delete with undo, paging and the live
 * "cramp now" timer. Times come from the injected clock.
 */
export class JournalService {
  private readonly episodes: EpisodesRepository
  private readonly live: LiveEpisodeRepository

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly nightWindow: () => NightWindow,
  ) {
    this.episodes = new EpisodesRepository(db)
    this.live = new LiveEpisodeRepository(db)
    this.episodes.purgeDeleted(clock.now() - UNDO_MS)
  }

  list(input: Required<ListEpisodesInput>): EpisodePage {
    const limit = input.limit
    // One extra row tells whether another page exists.
    const rows = this.episodes.list(input.filter, input.cursor, limit + 1)
    const items = rows.slice(0, limit)
    const last = items.at(-1)
    return {
      items,
      nextCursor: rows.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null,
    }
  }

  get(id: string): Episode {
    const episode = this.episodes.get(id)
    if (!episode) throw new AppError('not_found', 'That entry no longer exists.')
    return episode
  }

  create(input: EpisodeInput, via: LoggedVia): Episode {
    const now = this.clock.now()
    const episode: Episode = {
      ...normalise(input),
      id: randomUUID(),
      loggedVia: via,
      createdAt: now,
      updatedAt: now,
    }
    this.episodes.put(episode, derive(episode))
    return episode
  }

  update(id: string, input: EpisodeInput): Episode {
    const current = this.get(id)
    const episode: Episode = {
      ...normalise(input),
      id,
      loggedVia: current.loggedVia,
      createdAt: current.createdAt,
      updatedAt: this.clock.now(),
    }
    this.episodes.put(episode, derive(episode))
    return episode
  }

  delete(id: string): { id: string; undoUntil: number } {
    const now = this.clock.now()
    this.episodes.purgeDeleted(now - UNDO_MS)
    if (!this.episodes.markDeleted(id, now)) {
      throw new AppError('not_found', 'That entry no longer exists.')
    }
    return { id, undoUntil: now + UNDO_MS }
  }

  restore(id: string): Episode {
    if (!this.episodes.restore(id, this.clock.now() - UNDO_MS)) {
      throw new AppError('not_found', 'It is too late to undo that delete.')
    }
    return this.get(id)
  }

  liveState(): LiveState {
    const now = this.clock.now()
    const live = this.live.get()
    const at = live?.startedAt ?? now
    const instant = { at, utcOffsetMin: live?.utcOffsetMin ?? this.clock.utcOffsetMin(at) }
    const side = (this.episodes.latestSide() ?? 'left') as Episode['side']
    return {
      live,
      now,
      suggested: { side, context: isNight(instant, this.nightWindow()) ? 'asleep' : 'resting' },
    }
  }

  startLive(): LiveState {
    const now = this.clock.now()
    this.live.start(now, this.clock.utcOffsetMin(now))
    return this.liveState()
  }

  stopLive(): LiveState {
    this.live.stop(this.clock.now())
    return this.liveState()
  }

  resumeLive(): LiveState {
    this.live.resume()
    return this.liveState()
  }

  cancelLive(): LiveState {
    this.live.clear()
    return this.liveState()
  }

  /**
   * Saves the running episode, timed from its start to the recorded "It's
   * over" (or to now if none was recorded), and clears the timer in the same
   * transaction: one write, never a half-saved cramp.
   */
  finishLive(answers: Pick<Episode, 'side' | 'pain' | 'context'>): Episode {
    return this.db.transaction(() => {
      const live = this.live.get()
      if (!live) throw new AppError('not_found', 'No cramp timer is running.')
      const episode = this.create(
        finishedCramp(live, answers, live.stoppedAt ?? this.clock.now()),
        'cramp_now',
      )
      this.live.clear()
      return episode
    })()
  }

  /** Episodes between two local dates (inclusive) for rules and summaries. */
  between(from: string, to: string): Episode[] {
    return this.episodes.between(from, to)
  }
}

/** A measured or typed duration decides the bucket, so the two never disagree. */
function normalise(input: EpisodeInput): EpisodeInput {
  return input.durationSec === null
    ? input
    : { ...input, durationBucket: bucketFor(input.durationSec) }
}

function derive(e: Episode) {
  const instant = { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
  return { localDate: localDate(instant), localMinute: localMinuteOfDay(instant) }
}
