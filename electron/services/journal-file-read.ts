import type { z } from 'zod'
import { toIpcIssues, type IpcIssue } from '../../shared/contract/errors'
import {
  JOURNAL_FILE_FORMAT,
  JOURNAL_FILE_VERSION,
  JournalFile,
  JournalFileV2,
} from '../../shared/domain/journal-file'
import { JournalFileV1, splitCheckIns } from '../../shared/domain/journal-file-v1'
import { AppError } from './errors'

/**
 * Every file version Limber can read, each with its schema and the step to
 * the current shape. A new version adds a line here; no older one goes.
 */
const READERS: Record<number, { schema: z.ZodType; upgrade: (file: never) => JournalFile }> = {
  1: { schema: JournalFileV1, upgrade: fromVersion1 },
  2: { schema: JournalFileV2, upgrade: fromVersion2 },
  [JOURNAL_FILE_VERSION]: { schema: JournalFile, upgrade: (file: JournalFile) => file },
}

/** A version 1 file had no routines, reminders or settings, and kept night answers in check-ins. */
function fromVersion1(file: JournalFileV1): JournalFile {
  return {
    format: JOURNAL_FILE_FORMAT,
    version: JOURNAL_FILE_VERSION,
    exportedAt: file.exportedAt,
    episodes: file.episodes,
    ...splitCheckIns(file.checkIns),
    medications: file.medications,
    routines: [],
    hiddenBuiltIns: [],
    sessions: [],
    reminderHistory: [],
    settings: {},
    reminderSettings: null,
    experiments: [],
    workouts: [],
  }
}

/** Version 2 had no personal experiments and no imported workouts. */
function fromVersion2(file: JournalFileV2): JournalFile {
  return { ...file, version: JOURNAL_FILE_VERSION, experiments: [], workouts: [] }
}

/** Singular names of each list, for messages that point at an entry. */
const ENTRY_NAMES: Record<string, string> = {
  episodes: 'cramp entry',
  checkIns: 'check-in',
  nightAnswers: 'night answer',
  medications: 'medication',
  routines: 'routine',
  hiddenBuiltIns: 'hidden built-in routine',
  sessions: 'routine session',
  reminderHistory: 'reminder history entry',
  experiments: 'experiment',
  workouts: 'imported workout',
}

const idOf = (item: unknown) => (item as { id: string }).id
const dateOf = (item: unknown) => (item as { date: string }).date

/** What makes an entry of each list the same entry: a file may hold each once. */
const KEY_OF: Record<string, (item: unknown) => string> = {
  episodes: idOf,
  checkIns: dateOf,
  nightAnswers: dateOf,
  medications: idOf,
  routines: (item) => idOf((item as { routine: unknown }).routine),
  hiddenBuiltIns: (item) => String(item),
  sessions: idOf,
  reminderHistory: idOf,
  experiments: (item) => idOf((item as { experiment: unknown }).experiment),
  // The same session of the same file, whatever its id on the machine that exported it.
  workouts: (item) => {
    const w = item as { contentHash: string; sessionIndex: number }
    return `${w.contentHash}:${w.sessionIndex}`
  },
}

/** Parses and validates a whole export of any version, naming the line or field at fault. */
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
  const reader = typeof head.version === 'number' ? READERS[head.version] : undefined
  if (!reader) {
    const version = String(head.version)
    const newer = typeof head.version === 'number' && head.version > JOURNAL_FILE_VERSION
    fail(
      newer
        ? `This file was exported by a newer Limber (file version ${version}); update Limber to import it.`
        : `This file's version (${version}) is not one Limber can read.`,
      'version',
    )
  }
  const parsed = reader.schema.safeParse(raw)
  if (!parsed.success) {
    const issues = toIpcIssues(parsed.error)
    throw new AppError(
      'invalid_input',
      `The file has a problem at ${describe(issues[0])}. Nothing was imported.`,
      issues,
    )
  }
  // Checked on the file's own lists, so the item numbers are the ones in the file.
  const lists = parsed.data as Record<string, unknown>
  for (const [list, key] of Object.entries(KEY_OF)) {
    const items = lists[list]
    if (Array.isArray(items)) duplicate(items.map(key), list)
  }
  return reader.upgrade(parsed.data as never)
}

function duplicate(keys: string[], list: string): void {
  const seen = new Map<string, number>()
  keys.forEach((key, i) => {
    const first = seen.get(key)
    if (first !== undefined) {
      fail(
        `The file lists the same ${ENTRY_NAMES[list] ?? list} twice (items ${first + 1} and ${i + 1} of ${list}: ${key}).`,
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
  const name = list ? ENTRY_NAMES[list] : undefined
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

export function fail(message: string, path: string): never {
  throw new AppError('invalid_input', message, [{ path, message }])
}
