import {
  contract,
  toIpcIssues,
  type Channel,
  type InputOf,
  type IpcErrorCode,
  type LiveEpisode,
  type OutputOf,
} from '@shared/contract'
import type { Episode, EpisodeInput } from '@shared/domain/episode'
import { crampNight, journalFlags } from '@shared/domain/red-flags'
import { isNight, localDate, localMinuteOfDay, shiftDate } from '@shared/domain/local-time'
import type { FakeBridge } from '@renderer/test/fake-bridge'
import { crampInput } from '@shared/testing/cramps'
import { finishedCramp } from '@shared/domain/live-cramp'

const NIGHT = { start: '22:00', end: '07:00' }

class FakeFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message)
  }
}

let nextId = 1
function uuid(): string {
  const n = String(nextId++).padStart(12, '0')
  return `00000000-0000-4000-8000-${n}`
}

/**
 * An in-memory journal behind the fake bridge: episodes, delete with a
 * 10 s undo window, the live timer, the night report and Today's summary
 * (with the real red-flag rules). Inputs go through the contract's schemas,
 * so bad payloads get main's `invalid_input` issues. Time is `now`, moved
 * by the test.
 */
export class FakeJournal {
  now: number
  offsetMin = 0
  episodes = new Map<string, Episode>()
  deleted = new Map<string, { episode: Episode; at: number }>()
  live: LiveEpisode | null = null
  nightReports = new Map<string, 'none' | 'cramps'>()
  medicationNote: string | null = null

  constructor(
    private readonly bridge: FakeBridge,
    now: number,
  ) {
    this.now = now
    this.handle('journal:list', ({ limit }) => {
      const items = this.sorted().slice(0, limit)
      return { items, nextCursor: null }
    })
    this.handle('journal:get', ({ id }) => this.get(id))
    this.handle('journal:create', ({ episode, via }) => this.add(episode, via))
    this.handle('journal:update', ({ id, episode }) => {
      const current = this.get(id)
      const next: Episode = { ...current, ...normalise(episode), updatedAt: this.now }
      this.episodes.set(id, next)
      return next
    })
    this.handle('journal:delete', ({ id }) => {
      const episode = this.get(id)
      this.episodes.delete(id)
      this.deleted.set(id, { episode, at: this.now })
      return { id, undoUntil: this.now + 10_000 }
    })
    this.handle('journal:restore', ({ id }) => {
      const gone = this.deleted.get(id)
      if (!gone || gone.at < this.now - 10_000)
        throw new FakeFailure('not_found', 'It is too late to undo that delete.')
      this.deleted.delete(id)
      this.episodes.set(id, gone.episode)
      return gone.episode
    })
    this.handle('journal:live-get', () => this.liveState())
    this.handle('journal:live-start', () => {
      this.live ??= { startedAt: this.now, utcOffsetMin: this.offsetMin, stoppedAt: null }
      return this.liveState()
    })
    this.handle('journal:live-stop', () => {
      if (this.live) this.live = { ...this.live, stoppedAt: this.live.stoppedAt ?? this.now }
      return this.liveState()
    })
    this.handle('journal:live-resume', () => {
      if (this.live) this.live = { ...this.live, stoppedAt: null }
      return this.liveState()
    })
    this.handle('journal:live-cancel', () => {
      this.live = null
      return this.liveState()
    })
    this.handle('journal:live-finish', (answers) => {
      const live = this.live
      if (!live) throw new FakeFailure('not_found', 'No cramp timer is running.')
      this.live = null
      return this.add(finishedCramp(live, answers, live.stoppedAt ?? this.now), 'cramp_now')
    })
    this.handle('journal:today', () => this.today())
    this.handle('checkins:night-report', ({ date, report }) => {
      this.nightReports.set(date, report)
      return { date, report, updatedAt: this.now }
    })
  }

  /** Stores an episode as if logged earlier (or through the form). */
  add(
    input: Partial<EpisodeInput> & Pick<EpisodeInput, 'startedAt'>,
    via: Episode['loggedVia'] = 'form',
  ): Episode {
    const episode: Episode = {
      ...normalise(crampInput({ utcOffsetMin: this.offsetMin, durationBucket: null, ...input })),
      id: uuid(),
      loggedVia: via,
      createdAt: this.now,
      updatedAt: this.now,
    }
    this.episodes.set(episode.id, episode)
    return episode
  }

  sorted(): Episode[] {
    return [...this.episodes.values()].sort((a, b) => b.startedAt - a.startedAt)
  }

  private get(id: string): Episode {
    const episode = this.episodes.get(id)
    if (!episode) throw new FakeFailure('not_found', 'That entry no longer exists.')
    return episode
  }

  private liveState(): OutputOf<'journal:live-get'> {
    const at = this.live?.startedAt ?? this.now
    const side = this.sorted()[0]?.side ?? 'left'
    const asleep = isNight({ at, utcOffsetMin: this.live?.utcOffsetMin ?? this.offsetMin }, NIGHT)
    return {
      live: this.live,
      now: this.now,
      suggested: { side, context: asleep ? 'asleep' : 'resting' },
    }
  }

  private today(): OutputOf<'journal:today'> {
    const instant = { at: this.now, utcOffsetMin: this.offsetMin }
    const date = localDate(instant)
    const episodes = this.sorted()
    const lastNightCramps = episodes.filter(
      (e) => crampNight(e, NIGHT) === shiftDate(date, -1),
    ).length
    const morning = localMinuteOfDay(instant) < 12 * 60
    return {
      date,
      askAboutLastNight: morning && !this.nightReports.has(date) && lastNightCramps === 0,
      lastNightCramps,
      flags: journalFlags(episodes, date, NIGHT),
      medicationNote: this.medicationNote,
    }
  }

  private handle<C extends Channel>(channel: C, fn: (input: InputOf<C>) => OutputOf<C>): void {
    this.bridge.respond(channel, (raw) => {
      const parsed = contract[channel].input.safeParse(raw)
      if (!parsed.success) {
        const issues = toIpcIssues(parsed.error)
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: `Invalid request: ${issues[0]?.message ?? ''}`,
            issues,
          },
        }
      }
      try {
        return { ok: true, value: fn(parsed.data as InputOf<C>) }
      } catch (error) {
        if (error instanceof FakeFailure)
          return { ok: false, error: { code: error.code, message: error.message, issues: [] } }
        throw error
      }
    })
  }
}

function normalise<T extends Partial<EpisodeInput>>(input: T): T {
  const seconds = input.durationSec
  if (seconds === null || seconds === undefined) return input
  const bucket =
    seconds < 30 ? 'under_30s' : seconds <= 120 ? '30s_2m' : seconds <= 600 ? '2_10m' : 'over_10m'
  return { ...input, durationBucket: bucket }
}

/** 2026-03-10 08:00 UTC: a Tuesday morning (tests run in UTC). */
export const MORNING = Date.parse('2026-03-10T08:00:00Z')

/** Installs the fake journal on a bridge at `now`; use as renderApp's `setup`. */
export function withJournal(now = MORNING, configure?: (journal: FakeJournal) => void) {
  let journal: FakeJournal | undefined
  return {
    setup: (bridge: FakeBridge) => {
      journal = new FakeJournal(bridge, now)
      configure?.(journal)
    },
    get journal(): FakeJournal {
      if (!journal) throw new Error('renderApp has not run the setup yet')
      return journal
    },
  }
}
