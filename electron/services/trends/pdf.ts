import type { ReportPeriod } from '../../../shared/domain/trends/types'
import type { SavePdfResult } from '../../../shared/contract/trends'
import { AppError } from '../errors'
import type { SaveFile } from '../transfer'

/**
 * Prints the page that made the call to PDF. In Electron the sender is the
 * window's WebContents; the platform adapter decides how to print it.
 */
export type PrintToPdf = (sender: unknown) => Promise<Uint8Array>

export interface PdfPorts {
  printToPdf?: PrintToPdf | undefined
  saveFile?: SaveFile | undefined
}

export const PDF_UNSUPPORTED =
  'Saving a PDF works in the Limber app. Here, use Print and choose “Save as PDF”.'

/** Prints the calling window (showing the report) and saves it through the save dialog. */
export async function saveReportPdf(
  period: ReportPeriod,
  sender: unknown,
  ports: PdfPorts,
): Promise<SavePdfResult> {
  if (!ports.printToPdf || !ports.saveFile || sender === undefined) {
    throw new AppError('unsupported', PDF_UNSUPPORTED)
  }
  const pdf = await ports.printToPdf(sender)
  const path = await ports.saveFile(`limber-report-${period.from}-to-${period.to}.pdf`, pdf)
  return { saved: path !== null, path }
}
