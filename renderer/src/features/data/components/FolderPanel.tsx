import { useState } from 'react'
import { downloadFile } from '../../transfer/download'
import { useExportJournal } from '../../transfer/queries'
import { useOpenDataFolder } from '../queries'

/** Open the data folder; export everything (the same JSON export as Your data). */
export function FolderPanel() {
  const open = useOpenDataFolder()
  const exportJournal = useExportJournal()
  const [status, setStatus] = useState<{ text: string; path?: string } | null>(null)

  const openFolder = async () => {
    setStatus(null)
    try {
      const result = await open.mutateAsync()
      if (result.status === 'unavailable') {
        setStatus({
          text: 'The browser preview cannot open folders. Your data is in',
          path: result.path,
        })
      }
    } catch {
      // Shown as a toast.
    }
  }

  const exportAll = async () => {
    if (exportJournal.isPending) return
    setStatus(null)
    try {
      const result = await exportJournal.mutateAsync('json')
      if (result.status === 'download') {
        downloadFile(result)
        setStatus({ text: `Downloaded ${result.fileName}.` })
      } else if (result.status === 'saved') {
        setStatus({ text: 'Saved to', path: result.path })
      }
    } catch {
      // Shown as a toast.
    }
  }

  return (
    <div className="transfer-block" role="group" aria-labelledby="folder-title">
      <h3 id="folder-title">Your files</h3>
      <div className="transfer-actions">
        <button type="button" className="button" onClick={() => void openFolder()}>
          Open data folder
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={exportJournal.isPending || undefined}
          onClick={() => void exportAll()}
        >
          Export everything
        </button>
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
