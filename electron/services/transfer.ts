import type { ExportKind, ExportResult } from '../../shared/contract/transfer'
import type { Clock } from '../../shared/domain/clock'
import { localDate, nowLocal } from '../../shared/domain/local-time'
import type { ImportSummary, JournalFile } from '../../shared/domain/journal-file'
import type { Db } from '../db/connection'
import { CheckInsRepository } from '../db/checkins-repo'
import { EpisodesRepository } from '../db/episodes-repo'
import { checkInsCsv, episodesCsv } from './csv'
import { parseJournalFile } from './journal-file-read'
import { planImport } from './transfer-merge'
import { journalSnapshot } from './transfer-snapshot'

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

/**
 * Export to JSON (everything the user logged, made or set) and CSV; import
 * JSON of any version with whole-file validation and an all-or-nothing merge.
 */
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
    return journalSnapshot(this.db, this.clock)
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
    return planImport(this.db, this.clock, parseJournalFile(content)).summary
  }

  /** Applies the merge in one transaction: a problem anywhere changes nothing. */
  import(content: string): ImportSummary {
    const file = parseJournalFile(content)
    return this.db.transaction(() => {
      // Planned inside the transaction, so what it compares against cannot change under it.
      const { summary, apply } = planImport(this.db, this.clock, file)
      apply()
      return summary
    })()
  }
}
