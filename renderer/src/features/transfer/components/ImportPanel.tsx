import { Button } from '@renderer/components/Button'
import { settingsBlock } from '@renderer/components/settings-block'
import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { ImportSummary } from '@shared/domain/journal-file'
import { Notice } from '@renderer/components/Notice'
import { isIpcError } from '@renderer/lib/ipc'
import { useImportJournal, usePreviewImport } from '../queries'
import { ImportSummaryTable } from './ImportSummaryTable'
import styles from '../transfer.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; content: string; summary: ImportSummary }
  | { kind: 'error'; fileName: string; message: string }
  | { kind: 'done'; fileName: string; summary: ImportSummary }

/**
 * Pick a Limber JSON export, see exactly what it would add or update, then
 * confirm. Main validates the whole file first; on any problem nothing
 * changes and the message says where (line, entry, field).
 */
export function ImportPanel() {
  const preview = usePreviewImport()
  const importJournal = useImportJournal()
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const inputRef = useRef<HTMLInputElement>(null)
  const hintId = useId()

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared so choosing the same file again (after fixing it) is noticed.
    event.target.value = ''
    if (!file) return
    setStep({ kind: 'reading', fileName: file.name })
    let content: string
    try {
      content = await file.text()
    } catch {
      setStep({ kind: 'error', fileName: file.name, message: 'Limber could not read this file.' })
      return
    }
    try {
      const summary = await preview.mutateAsync(content)
      setStep({ kind: 'preview', fileName: file.name, content, summary })
    } catch (error) {
      setStep({ kind: 'error', fileName: file.name, message: messageOf(error) })
    }
  }

  const confirm = async () => {
    if (step.kind !== 'preview' || importJournal.isPending) return
    try {
      const summary = await importJournal.mutateAsync(step.content)
      setStep({ kind: 'done', fileName: step.fileName, summary })
    } catch (error) {
      setStep({ kind: 'error', fileName: step.fileName, message: messageOf(error) })
    }
  }

  const reset = () => {
    setStep({ kind: 'idle' })
    inputRef.current?.focus()
  }

  return (
    <div className={settingsBlock.block} aria-labelledby="import-title" role="group">
      <h3 id="import-title">Import</h3>
      <p id={hintId} className="field__hint">
        Bring in a Limber JSON export, for example from another computer: cramps, check-ins,
        routines, reminders and settings. What is already here is kept; when an entry or setting is
        in both, the more recently changed version wins. Nothing changes until you confirm.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="import-file">
          Choose a Limber export (.json)
        </label>
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          className={cx('file-input')}
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(event) => void choose(event)}
        />
      </div>

      <div role="status" className="transfer-status">
        {step.kind === 'reading' ? <p className="field__hint">Checking {step.fileName}…</p> : null}
        {step.kind === 'done' ? (
          <p className="form-status">
            Imported {step.fileName}: {doneText(step.summary)}
          </p>
        ) : null}
      </div>

      {step.kind === 'error' ? (
        <Notice tone="danger" role="alert" title={`${step.fileName} can’t be imported`}>
          <p className={cx('import-error__message')}>{step.message}</p>
          <p>Nothing in your journal was changed.</p>
          <div className="form-actions">
            <Button onClick={reset}>Choose another file</Button>
          </div>
        </Notice>
      ) : null}

      {step.kind === 'preview' ? (
        <section className={cx('import-preview')} aria-labelledby="import-preview-title">
          <h4 id="import-preview-title" className={cx('import-preview__title')}>
            Ready to import {step.fileName}
          </h4>
          <ImportSummaryTable summary={step.summary} />
          <p className="field__hint">{previewAdvice(step.summary)}</p>
          <div className="form-actions">
            <Button
              tone="primary"
              aria-disabled={importJournal.isPending || undefined}
              onClick={() => void confirm()}
            >
              {importJournal.isPending ? 'Importing…' : 'Import'}
            </Button>
            <Button onClick={reset}>Cancel</Button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

function messageOf(error: unknown): string {
  return isIpcError(error) ? error.message : 'Something unexpected happened.'
}

function total(summary: ImportSummary, key: 'added' | 'updated' | 'unchanged'): number {
  return Object.values(summary).reduce((sum, counts) => sum + counts[key], 0)
}

function previewAdvice(summary: ImportSummary): string {
  if (total(summary, 'added') + total(summary, 'updated') === 0) {
    return 'Everything in this file is already in your journal, so importing changes nothing.'
  }
  return 'Entries are merged by their ids, so importing the same file twice never creates duplicates.'
}

function doneText(summary: ImportSummary): string {
  const added = total(summary, 'added')
  const updated = total(summary, 'updated')
  if (added + updated === 0) return 'nothing new, your journal already had it all.'
  return `${added} ${added === 1 ? 'entry' : 'entries'} added, ${updated} updated.`
}
