import { useState } from 'react'
import type { ExportKind } from '@shared/contract/transfer'
import { downloadFile } from './download'
import { useExportJournal } from './queries'

/** What the last file action did, for the status line under its buttons. */
export interface TransferStatusText {
  text: string
  path?: string
}

/**
 * An export with its outcome to announce: downloaded (browser preview) or
 * saved to a path (Electron). Cancelling the save dialog says nothing, and
 * failures are shown as a toast by the mutation cache.
 */
export function useExportWithStatus() {
  const exportJournal = useExportJournal()
  const [status, setStatus] = useState<TransferStatusText | null>(null)

  const run = async (kind: ExportKind) => {
    if (exportJournal.isPending) return
    setStatus(null)
    try {
      const result = await exportJournal.mutateAsync(kind)
      if (result.status === 'download') {
        downloadFile(result)
        setStatus({ text: `Downloaded ${result.fileName}.` })
      } else if (result.status === 'saved') {
        setStatus({ text: 'Saved to', path: result.path })
      }
    } catch {
      // The mutation cache shows the failure as a toast.
    }
  }

  return { run, pending: exportJournal.isPending, status, setStatus }
}
