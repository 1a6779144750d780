import type { TransferStatusText } from '../useExport'
import styles from '../transfer.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** A polite live region under file buttons: what happened, and where the file is. */
export function TransferStatus({ status }: { status: TransferStatusText | null }) {
  return (
    <div role="status" className="transfer-status">
      {status ? (
        <p className="form-status">
          {status.text}
          {status.path ? (
            <>
              {' '}
              <code className={cx('path transfer-status__path')}>{status.path}</code>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
