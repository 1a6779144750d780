import type { ExportKind, ExportResult } from '../../shared/contract/transfer'
import type { Clock } from '../../shared/domain/clock'
import { localDate, localMinuteOfDay, nowLocal } from '../../shared/domain/local-time'
import {
  JOURNAL_FILE_FORMAT,
  JOURNAL_FILE_VERSION,
  JournalFile,
  type ImportSummary,
} from '../../shared/domain/journal-file'
import { toIpcIssues, type IpcIssue } from '../../shared/contract/errors'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { EpisodesRepository } from '../db/episodes-repo'
import { checkInsCsv, episodesCsv } from './csv'
import { AppError } from './errors'

/** Writes a file through the platform (a native save dialog); null when the user cancels. */
export type SaveFile = (
  suggestedName: string,
  /** Text exports, or the bytes of a PDF report. */
  content: string | Uint8Array,
) => Promise<string | null>

const MIME: Record<ExportKind, string> = {
  json: 'application/json',
  episodes_csv: 'text/csv',
  checkins_csv: 'text/csv',
}

/** Export to JSON and CSV; import JSON with whole-file validation and an all-or-nothing merge. */
export class TransferService {
  private readonly episodes: EpisodesRepository
  private readonly checkIns: CheckInsRepository

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly saveFile: SaveFile | undefined,
  ) {
    this.episodes = new EpisodesRepository(db)
    this.checkIns = new CheckInsRepository(db)
  }

  snapshot(): JournalFile {
    return {
      format: JOURNAL_FILE_FORMAT,
      version: JOURNAL_FILE_VERSION,
      exportedAt: this.clock.now(),
      episodes: this.episodes.all(),
      checkIns: this.checkIns.all(),
      medications: this.checkIns.medications(),
    }
  }

  render(kind: ExportKind): { fileName: string; content: string } {
    const day = localDate(nowLocal(this.clock))
    if (kind === 'json')
      return {
        fileName: `limber-journal-${day}.json`,
        content: JSON.stringify(this.snapshot(), null, 2),
      }
    if (kind === 'episodes_csv')
      return { fileName: `limber-cramps-${day}.csv`, content: episodesCsv(this.episodes.all()) }
    return {
      fileName: `limber-check-ins-${day}.csv`,
      content: checkInsCsv(this.checkIns.all(), this.checkIns.medications()),
    }
  }

  async export(kind: ExportKind): Promise<ExportResult> {
    const { fileName, content } = this.render(kind)
    if (!this.saveFile) return { status: 'download', fileName, mimeType: MIME[kind], content }
    const path = await this.saveFile(fileName, content)
    return path === null ? { status: 'cancelled' } : { status: 'saved', path }
  }

  preview(content: string): ImportSummary {
    return this.plan(parseJournalFile(content)).summary
  }

  /** Applies the merge in one transaction: a problem anywhere changes nothing. */
  import(content: string): ImportSummary {
    const file = parseJournalFile(content)
    return this.db.transaction(() => {
      const { summary, apply } = this.plan(file)
      apply()
      return summary
    })()
  }

  /** Newer `updatedAt` wins for an id both sides have; identical ids never duplicate. */
  private plan(file: JournalFile): { summary: ImportSummary; apply: () => void } {
    const known = new Set(this.checkIns.medications().map((m) => m.id))
    for (const m of file.medications) known.add(m.id)
    file.checkIns.forEach((c, i) => {
      const missing = c.medicationIds.find((id) => !known.has(id))
      if (missing)
        fail(
          `Check-in ${i + 1} (${c.date}) lists a medication that is not in the file.`,
          `checkIns.${i}.medicationIds`,
        )
    })
    const counts = () => ({ added: 0, updated: 0, unchanged: 0 })
    const summary: ImportSummary = { episodes: counts(), checkIns: counts(), medications: counts() }
    const tally = (c: ImportSummary['episodes'], existing: number | null, incoming: number) => {
      if (existing === null) c.added++
      else if (incoming > existing) c.updated++
      else c.unchanged++
      return existing === null || incoming > existing
    }
    // Medications carry no edit time: one already in the list is kept as it is.
    const existingMeds = new Set(this.checkIns.medications().map((m) => m.id))
    const meds = file.medications.filter((m) =>
      tally(summary.medications, existingMeds.has(m.id) ? 0 : null, 0),
    )
    const episodes = file.episodes.filter((e) =>
      tally(summary.episodes, this.episodes.updatedAtOf(e.id), e.updatedAt),
    )
    const checkIns = file.checkIns.filter((c) =>
      tally(summary.checkIns, this.checkIns.get(c.date)?.updatedAt ?? null, c.updatedAt),
    )
    const apply = () => {
      const now = this.clock.now()
      for (const m of meds) this.checkIns.putMedication(m, now)
      for (const e of episodes) {
        const instant = { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
        this.episodes.put(e, {
          localDate: localDate(instant),
          localMinute: localMinuteOfDay(instant),
        })
      }
      for (const c of checkIns) this.checkIns.put(c)
    }
    return { summary, apply }
  }
}

/** Parses and validates a whole export, naming the line or field at fault. */
export function parseJournalFile(content: string): JournalFile {
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch (error) {
    fail(`This file is not valid JSON${jsonErrorWhere(content, error)}.`, '')
  }
  const head = raw as { format?: unknown; version?: unknown } | null
  if (typeof head !== 'object' || head === null || head.format !== JOURNAL_FILE_FORMAT) {
    fail('This file is not a Limber journal export.', 'format')
  }
  if (head.version !== JOURNAL_FILE_VERSION) {
    const version = String(head.version)
    const newer = typeof head.version === 'number' && head.version > JOURNAL_FILE_VERSION
    fail(
      newer
        ? `This file was exported by a newer Limber (file version ${version}); update Limber to import it.`
        : `This file's version (${version}) is not one Limber can read.`,
      'version',
    )
  }
  const parsed = JournalFile.safeParse(raw)
  if (!parsed.success) {
    const issues = toIpcIssues(parsed.error)
    throw new AppError(
      'invalid_input',
      `The file has a problem at ${describe(issues[0])}. Nothing was imported.`,
      issues,
    )
  }
  const file = parsed.data
  duplicate(
    file.episodes.map((e) => e.id),
    'episodes',
    'cramp entry',
  )
  duplicate(
    file.checkIns.map((c) => c.date),
    'checkIns',
    'check-in date',
  )
  duplicate(
    file.medications.map((m) => m.id),
    'medications',
    'medication',
  )
  return file
}

function duplicate(keys: string[], list: string, what: string): void {
  const seen = new Map<string, number>()
  keys.forEach((key, i) => {
    const first = seen.get(key)
    if (first !== undefined) {
      fail(
        `The file lists the same ${what} twice (items ${first + 1} and ${i + 1} of ${list}: ${key}).`,
        `${list}.${i}`,
      )
    }
    seen.set(key, i)
  })
}

/** "episodes.12.pain" → "cramp entry 13, field pain: Too big". */
function describe(issue: IpcIssue | undefined): string {
  if (!issue) return 'an unknown place'
  const [list, index, ...rest] = issue.path.split('.')
  const names: Record<string, string> = {
    episodes: 'cramp entry',
    checkIns: 'check-in',
    medications: 'medication',
  }
  const name = list ? names[list] : undefined
  const where =
    name && index !== undefined && /^\d+$/.test(index)
      ? `${name} ${Number(index) + 1}${rest.length ? `, field "${rest.join('.')}"` : ''}`
      : `"${issue.path || 'the top level'}"`
  return `${where} (${issue.message})`
}

/** V8 reports a character position; users need a line and column. */
function jsonErrorWhere(content: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!match) return ''
  const before = content.slice(0, Number(match[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` (line ${line}, column ${column})`
}

function fail(message: string, path: string): never {
  throw new AppError('invalid_input', message, [{ path, message }])
}
