import { useState } from 'react'
import type { ExportKind } from '../../../../../shared/contract/transfer'
import { downloadFile } from '../download'
import { useExportJournal } from '../queries'

const exports: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'Export everything (JSON)' },
  { kind: 'episodes_csv', label: 'Export cramps (CSV)' },
  { kind: 'checkins_csv', label: 'Export check-ins (CSV)' },
]

/** Three exports; the result is announced where the buttons are. */
export function ExportPanel() {
  const exportJournal = useExportJournal()
  const [status, setStatus] = useState<{ text: string; path?: string } | null>(null)

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
      // Cancelled in the save dialog: nothing happened, so nothing to say.
    } catch {
      // The mutation cache shows the failure as a toast.
    }
  }

  return (
    <div className="transfer-block" aria-labelledby="export-title" role="group">
      <h3 id="export-title">Export</h3>
      <p className="field__hint">
        JSON holds everything and can be imported into Limber again. CSV opens in a spreadsheet.
      </p>
      <div className="transfer-actions">
        {exports.map((item) => (
          <button
            key={item.kind}
            type="button"
            className="button"
            aria-disabled={exportJournal.isPending || undefined}
            onClick={() => void run(item.kind)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="status" className="transfer-status">
        {status ? (
          <p className="form-status">
            {status.text}
            {status.path ? (
              <>
                {' '}
                <code className="path transfer-status__path">{status.path}</code>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  )
}
