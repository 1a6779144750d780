import { Button } from '@renderer/components/Button'
import { settingsBlock } from '@renderer/components/settings-block'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { BackupInfo } from '@shared/contract/data'
import { ConfirmDialog } from '@renderer/components/ConfirmDialog'
import { backupKindLabel, formatBackupTime, formatSize } from '../format'
import { dataQueries, useRestoreBackup } from '../queries'

/** The backups, each with a Restore button that asks first. */
export function BackupList() {
  const backups = useQuery(dataQueries.backups())
  const restore = useRestoreBackup()
  const [asking, setAsking] = useState<BackupInfo | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const confirm = async (backup: BackupInfo) => {
    setAsking(null)
    setDone(null)
    try {
      const result = await restore.mutateAsync(backup.name)
      setDone(
        `Restored the backup from ${formatBackupTime(result.restored.createdAt)}. Your journal from just before is kept as a backup too.`,
      )
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <div className={settingsBlock.block} role="group" aria-labelledby="backups-title">
      <h3 id="backups-title">Backups</h3>
      {backups.isPending ? <p className="field__hint">Looking for backups…</p> : null}
      {backups.data?.length === 0 ? (
        <p className="field__hint">No backups yet. The first one is made a minute after start.</p>
      ) : null}
      {backups.data && backups.data.length > 0 ? (
        <ul className="backup-list" aria-label="Backups">
          {backups.data.map((b) => (
            <li key={b.name} className="backup-list__item">
              <span className="backup-list__when">{formatBackupTime(b.createdAt)}</span>
              <span className="field__hint">
                {backupKindLabel(b.kind)} · {formatSize(b.sizeBytes)}
              </span>
              <Button
                aria-label={`Restore the backup from ${formatBackupTime(b.createdAt)}`}
                aria-disabled={restore.isPending || undefined}
                onClick={() => {
                  if (!restore.isPending) setAsking(b)
                }}
              >
                Restore
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div role="status" className="transfer-status">
        {done ? <p className="form-status">{done}</p> : null}
      </div>
      {restore.isError ? (
        <p role="alert" className="field__error">
          The backup was not restored. {restore.error.message}
        </p>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore backup"
          cancelLabel="Keep my journal"
          onCancel={() => {
            setAsking(null)
          }}
          onConfirm={() => void confirm(asking)}
        >
          <p>
            Your journal will be replaced by the backup from {formatBackupTime(asking.createdAt)}.
            Limber saves a backup of your journal as it is now first, so you can go back.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
