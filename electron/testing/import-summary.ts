import {
  ImportSummary,
  type ImportSection,
  type MergeCounts,
} from '../../shared/domain/journal-file'

/** An import summary with the given counts and nothing for every other list. */
export function summaryOf(counts: Partial<Record<ImportSection, MergeCounts>>): ImportSummary {
  const sections = Object.keys(ImportSummary.shape) as ImportSection[]
  return Object.fromEntries(
    sections.map((s) => [s, counts[s] ?? { added: 0, updated: 0, unchanged: 0 }]),
  ) as ImportSummary
}
