import { Button } from '@renderer/components/Button'
import { settingsBlock } from '@renderer/components/settings-block'
import { useState } from 'react'
import { DELETE_CONFIRMATION } from '@shared/contract/data'
import { TextField } from '@renderer/components/TextField'
import { useDeleteAllData } from '../queries'

/**
 * Deleting everything takes two deliberate steps: opening this panel, then
 * typing DELETE. Backups go too unless the box is ticked.
 */
export function DeleteAllPanel() {
  const remove = useDeleteAllData()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [keepBackups, setKeepBackups] = useState(false)
  const [mismatch, setMismatch] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const submit = async () => {
    if (remove.isPending) return
    if (typed.trim() !== DELETE_CONFIRMATION) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    try {
      const result = await remove.mutateAsync({ confirm: DELETE_CONFIRMATION, keepBackups })
      setOpen(false)
      setTyped('')
      setDone(
        result.backupsKept > 0
          ? `All your data was deleted. ${result.backupsKept} backup(s) were kept in the data folder.`
          : 'All your data was deleted, backups included. Limber starts again with an empty journal.',
      )
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <div className={settingsBlock.block} role="group" aria-labelledby="delete-all-title">
      <h3 id="delete-all-title">Delete all data</h3>
      <p className="field__hint">
        Removes every cramp, check-in, routine change and setting from this computer. Export
        everything first if you want to keep a copy.
      </p>
      {open ? (
        <form
          className="delete-all"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <TextField
            id="delete-confirm"
            label={`Type ${DELETE_CONFIRMATION} to confirm`}
            value={typed}
            onValueChange={setTyped}
            autoComplete="off"
            spellCheck={false}
            error={mismatch ? `Type ${DELETE_CONFIRMATION} in capitals to confirm.` : undefined}
          />
          <label className="delete-all__keep">
            <input
              type="checkbox"
              checked={keepBackups}
              onChange={(event) => {
                setKeepBackups(event.target.checked)
              }}
            />{' '}
            Keep the backups in the data folder
          </label>
          <div className="form-actions">
            <Button
              onClick={() => {
                setOpen(false)
                setTyped('')
                setMismatch(false)
              }}
            >
              Cancel
            </Button>
            <Button type="submit" tone="danger" aria-disabled={remove.isPending || undefined}>
              Delete everything
            </Button>
          </div>
        </form>
      ) : (
        <div className={settingsBlock.actions}>
          <Button
            tone="danger"
            onClick={() => {
              setDone(null)
              setOpen(true)
            }}
          >
            Delete all data…
          </Button>
        </div>
      )}
      <div role="status" className="transfer-status">
        {done ? <p className="form-status">{done}</p> : null}
      </div>
      {remove.isError ? (
        <p role="alert" className="field__error">
          Nothing was deleted. {remove.error.message}
        </p>
      ) : null}
    </div>
  )
}
