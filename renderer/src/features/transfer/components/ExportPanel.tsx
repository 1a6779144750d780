import { Button } from '@renderer/components/Button'
import { settingsBlock } from '@renderer/components/settings-block'
import type { ExportKind } from '@shared/contract/transfer'
import { useExportWithStatus } from '../useExport'
import { TransferStatus } from './TransferStatus'

const exports: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'Export everything (JSON)' },
  { kind: 'episodes_csv', label: 'Export cramps (CSV)' },
  { kind: 'checkins_csv', label: 'Export check-ins (CSV)' },
]

/** Three exports; the result is announced where the buttons are. */
export function ExportPanel() {
  const { run, pending, status } = useExportWithStatus()
  return (
    <div className={settingsBlock.block} aria-labelledby="export-title" role="group">
      <h3 id="export-title">Export</h3>
      <p className="field__hint">
        JSON holds everything you logged, made or set (cramps, check-ins, routines and their
        history, reminders and settings) and can be imported into Limber again, for example on
        another computer; only starting at login stays with each computer. CSV opens in a
        spreadsheet.
      </p>
      <div className={settingsBlock.actions}>
        {exports.map((item) => (
          <Button
            key={item.kind}

            aria-disabled={pending || undefined}
            onClick={() => void run(item.kind)}
          >
            {item.label}
          </Button>
        ))}
      </div>
      <TransferStatus status={status} />
    </div>
  )
}
