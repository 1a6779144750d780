import {
  contract,
  toIpcIssues,
  type Channel,
  type InputOf,
  type IpcIssue,
  type OutputOf,
} from '@shared/contract'
import type { CheckIn, CheckInFields, Medication } from '@shared/domain/checkin'
import type { Episode } from '@shared/domain/episode'
import { localDate } from '@shared/domain/local-time'
import { episodeFlags } from '@shared/domain/red-flags'
import type { FakeBridge } from '@renderer/test/fake-bridge'
import { storedCheckIn, storedCramp } from '@shared/testing/cramps'

class Refusal extends Error {
  constructor(
    message: string,
    readonly issues: IpcIssue[] = [],
  ) {
    super(message)
  }
}

let nextId = 1
/** Distinct, valid, sortable UUIDs. */
export function fakeId(): string {
  return `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`
}

const dayOf = (e: Episode) => localDate({ at: e.startedAt, utcOffsetMin: e.utcOffsetMin })

/**
 * An in-memory journal for the timeline, check-in and transfer screens:
 * filtered, cursor-paged `journal:list`, check-ins with `previous`,
 * medications, and a JSON export. Inputs are checked with the contract's
 * schemas, so bad payloads get main's `invalid_input` issues.
 */
export class FakeJournalData {
  episodes: Episode[] = []
  checkIns = new Map<string, CheckIn>()
  medications: Medication[] = []

  constructor(
    bridge: FakeBridge,
    /** Main's "today" for the future-date rule. */
    public today: string,
    public now = Date.parse(`${today}T12:00:00Z`),
  ) {
    const handle = <C extends Channel>(channel: C, fn: (input: InputOf<C>) => OutputOf<C>) => {
      bridge.respond(channel, (raw) => {
        const parsed = contract[channel].input.safeParse(raw)
        if (!parsed.success) {
          const issues = toIpcIssues(parsed.error)
          const message = `Invalid request: ${issues[0]?.message ?? ''}`
          return { ok: false, error: { code: 'invalid_input', message, issues } }
        }
        try {
          return { ok: true, value: fn(parsed.data as InputOf<C>) }
        } catch (error) {
          if (!(error instanceof Refusal)) throw error
          return {
            ok: false,
            error: { code: 'invalid_input', message: error.message, issues: error.issues },
          }
        }
      })
    }
    handle('journal:list', (input) => this.list(input))
    handle('journal:live-get', () => ({
      live: null,
      now: this.now,
      suggested: { side: 'left', context: 'resting' },
    }))
    handle('checkins:get', ({ date }) => ({
      checkIn: this.checkIns.get(date) ?? null,
      previous:
        [...this.checkIns.values()]
          .filter((c) => c.date < date)
          .sort((a, b) => (a.date < b.date ? 1 : -1))[0] ?? null,
      night: null,
    }))
    handle('checkins:range', ({ from, to }) =>
      [...this.checkIns.values()]
        .filter((c) => c.date >= from && c.date <= to)
        .sort((a, b) => (a.date < b.date ? -1 : 1)),
    )
    handle('checkins:save', (fields) => this.saveCheckIn(fields))
    handle('medications:list', () => this.medications)
    handle('medications:save', (input) => {
      const medication: Medication = {
        id: input.id ?? fakeId(),
        name: input.name,
        kind: input.kind,
        startedOn: input.startedOn,
        archived: input.archived ?? false,
      }
      this.medications = [...this.medications.filter((m) => m.id !== medication.id), medication]
      return medication
    })
    handle('journal:export', ({ kind }) => ({
      status: 'download',
      fileName: kind === 'json' ? `limber-journal-${this.today}.json` : `limber-${kind}.csv`,
      mimeType: kind === 'json' ? 'application/json' : 'text/csv',
      content: JSON.stringify({ format: 'limber-journal', episodes: this.episodes }),
    }))
  }

  addEpisode(patch: Partial<Episode> & Pick<Episode, 'startedAt'>): Episode {
    const episode = storedCramp({ id: fakeId(), ...patch })
    this.episodes.push(episode)
    return episode
  }

  addCheckIn(patch: Partial<CheckIn> & Pick<CheckIn, 'date'>): CheckIn {
    const checkIn = storedCheckIn({ updatedAt: this.now, ...patch })
    this.checkIns.set(checkIn.date, checkIn)
    return checkIn
  }

  addMedication(patch: Partial<Medication> & Pick<Medication, 'name'>): Medication {
    const medication: Medication = {
      id: fakeId(),
      kind: 'other',
      startedOn: null,
      archived: false,
      ...patch,
    }
    this.medications.push(medication)
    return medication
  }

  private saveCheckIn(fields: CheckInFields): CheckIn {
    if (fields.date > this.today) {
      throw new Refusal('A check-in cannot be for a day that has not happened yet.', [
        { path: 'date', message: 'Pick today or an earlier day' },
      ])
    }
    if (fields.medicationIds.some((id) => !this.medications.some((m) => m.id === id))) {
      throw new Refusal('A medication in this check-in is not in your list.', [
        { path: 'medicationIds', message: 'Unknown medication' },
      ])
    }
    const saved: CheckIn = { ...fields, updatedAt: this.now }
    this.checkIns.set(saved.date, saved)
    return saved
  }

  private list({ filter = {}, cursor = null, limit = 50 }: InputOf<'journal:list'>) {
    const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    const matches = this.episodes
      .filter((e) => (filter.from ? dayOf(e) >= filter.from : true))
      .filter((e) => (filter.to ? dayOf(e) <= filter.to : true))
      .filter((e) => (filter.muscle ? e.muscle === filter.muscle : true))
      .filter((e) => (filter.side ? e.side === filter.side : true))
      .filter((e) => (filter.context ? e.context === filter.context : true))
      .filter((e) => (filter.trigger ? e.triggers.includes(filter.trigger) : true))
      .filter((e) => (filter.minPain !== undefined ? e.pain >= filter.minPain : true))
      .filter((e) => (filter.redFlag ? episodeFlags(e).length > 0 : true))
      .filter((e) => words.every((w) => e.notes.toLowerCase().includes(w)))
      .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
      .filter(
        (e) =>
          !cursor ||
          e.startedAt < cursor.startedAt ||
          (e.startedAt === cursor.startedAt && e.id < cursor.id),
      )
    const items = matches.slice(0, limit)
    const last = items.at(-1)
    return {
      items,
      nextCursor:
        matches.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null,
    }
  }
}
