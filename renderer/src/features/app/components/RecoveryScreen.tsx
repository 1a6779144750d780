import { Button } from '@renderer/components/Button'
import type { StorageStatus } from '@shared/contract'
import { FullWindow } from '@renderer/components/FullWindow'
import { Notice } from '@renderer/components/Notice'
import { FolderIcon } from '@renderer/components/icons'
import { useQuitApp, useStartFresh } from '../queries'

type Quarantined = Extract<StorageStatus, { state: 'quarantined' }>

/** A hint per reason, so the user knows whether waiting or updating could help. */
const reasonHints: Record<Quarantined['reason'], string> = {
  newer:
    'It was saved by a newer version of Limber. Updating Limber on this computer should let it open the file again.',
  foreign: 'The file does not look like a Limber journal, so Limber left it alone.',
  corrupt: 'The file appears to be damaged, so Limber did not try to repair it.',
}

/**
 * Full-window choice after the database was quarantined. Nothing is
 * written until the user picks "Start fresh".
 */
export function RecoveryScreen({ status }: { status: Quarantined }) {
  const startFresh = useStartFresh()
  const quit = useQuitApp()
  const freshFailure = startFreshFailure(startFresh.error, startFresh.data)

  return (
    <FullWindow labelledBy="recovery-title">
      <span className="empty-state__art">
        <FolderIcon size={28} />
      </span>
      <h1 id="recovery-title">Limber couldn’t open your journal</h1>
      <p>{status.message}</p>
      <p className="full-window__text">{reasonHints[status.reason]}</p>
      <Notice title="Nothing was changed">
        <p>Limber made an untouched copy of your journal before doing anything else. It is here:</p>
        {/* role=group: <code> may not carry a name, and the path needs one. */}
        <code className="path" role="group" aria-label="Location of the untouched copy">
          {status.quarantinePath}
        </code>
        <p>Keep that folder if you may want the old entries back later.</p>
      </Notice>
      <p className="full-window__text">
        <strong>Start fresh</strong> begins a new, empty journal; the copy stays where it is.{' '}
        <strong>Quit Limber</strong> closes the app without changing anything.
      </p>
      {freshFailure ? (
        <Notice tone="danger" role="alert" title="Starting fresh didn’t work">
          <p>{freshFailure}</p>
        </Notice>
      ) : null}
      {quit.isError ? (
        <Notice tone="danger" role="alert" title="Limber couldn’t quit">
          <p>{quit.error.message} You can close the window instead.</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          tone="primary"
          disabled={startFresh.isPending}
          onClick={() => {
            startFresh.mutate()
          }}
        >
          {startFresh.isPending ? 'Starting fresh…' : 'Start fresh'}
        </Button>
        <Button
          onClick={() => {
            quit.mutate()
          }}
        >
          Quit Limber
        </Button>
      </div>
    </FullWindow>
  )
}

/** Either the call failed, or main answered that the new journal is unusable too. */
function startFreshFailure(error: Error | null, result: StorageStatus | undefined): string | null {
  if (error) return error.message
  if (result?.state === 'quarantined') return result.message
  return null
}
