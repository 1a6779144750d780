import { Button } from '@renderer/components/Button'
import { settingsBlock } from '@renderer/components/settings-block'
import { TransferStatus, useExportWithStatus } from '@renderer/features/transfer'
import { useOpenDataFolder } from '../queries'
// Laid out like the other file panels (Your data).

/** Open the data folder; export everything (the same JSON export as Your data). */
export function FolderPanel() {
  const open = useOpenDataFolder()
  const { run, pending, status, setStatus } = useExportWithStatus()

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

  return (
    <div className={settingsBlock.block} role="group" aria-labelledby="folder-title">
      <h3 id="folder-title">Your files</h3>
      <div className={settingsBlock.actions}>
        <Button onClick={() => void openFolder()}>Open data folder</Button>
        <Button aria-disabled={pending || undefined} onClick={() => void run('json')}>
          Export everything
        </Button>
      </div>
      <TransferStatus status={status} />
    </div>
  )
}
