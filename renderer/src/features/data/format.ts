import type { BackupKind } from '@shared/contract/data'

const KIND: Record<BackupKind, string> = {
  daily: 'Daily',
  'pre-migration': 'Before an update',
  'pre-restore': 'Before a restore',
}

export function backupKindLabel(kind: BackupKind): string {
  return KIND[kind]
}

/** 2,345,678 → "2.2 MB"; sizes under a kilobyte still read as "1 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** "Tue 25 Nov 2026, 09:00" in the user's own time zone. */
export function formatBackupTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
