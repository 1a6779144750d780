import { Button } from '@renderer/components/Button'
import { useEffect, useRef } from 'react'
import { REFUSAL_TEXT } from '@shared/domain/workouts/refusal-text'
import { summaryLine, summaryTitle } from '../summary-text'
import { useWorkoutImport } from '../useWorkoutImport'
import styles from './ImportProgressPanel.module.css'

/**
 * The running import's progress with Cancel, then its summary: files added,
 * already there, refused with the reason for each. A landmark region, so it
 * can be found again; the summary is announced when it appears.
 */
export function ImportProgressPanel() {
  const { state, store } = useWorkoutImport()
  const closeRef = useRef<HTMLButtonElement>(null)
  const done = state.kind === 'done' || state.kind === 'error'
  const hadFocusInside = useRef(false)

  // Cancel disappears when the import ends; focus moves to Close instead of being lost.
  useEffect(() => {
    if (done && hadFocusInside.current) closeRef.current?.focus()
  }, [done])

  if (state.kind === 'idle') return null
  return (
    <section
      className={styles.panel}
      aria-labelledby="workout-import-title"
      onFocus={() => {
        hadFocusInside.current = true
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) hadFocusInside.current = false
      }}
    >
      <h2 id="workout-import-title" className={styles.title}>
        Workout import
      </h2>
      {state.kind === 'reading' || state.kind === 'importing' ? (
        <Running state={state} onCancel={() => void store.cancel()} />
      ) : (
        <div role="status" className={styles.body}>
          {state.kind === 'error' ? (
            <p className={styles.error}>{state.message}</p>
          ) : (
            <>
              <p className={styles.headline}>{summaryTitle(state.summary)}</p>
              <p>{summaryLine(state.summary)}</p>
              {state.summary.warnings.length > 0 ? (
                <ul className={styles.list} aria-label="Imported with a warning">
                  {state.summary.warnings.map((w) => (
                    <li key={w.sourceName} className={styles.warning}>
                      <span className={styles.file}>{w.sourceName}</span>: {w.warning}
                    </li>
                  ))}
                </ul>
              ) : null}
              {state.summary.refused.length > 0 ? (
                <ul className={styles.list} aria-label="Refused files">
                  {state.summary.refused.slice(0, 50).map((r, i) => (
                    <li key={`${r.sourceName}-${String(i)}`}>
                      <span className={styles.file}>{r.sourceName}</span>: {REFUSAL_TEXT[r.reason]}
                    </li>
                  ))}
                  {state.summary.refused.length > 50 ? (
                    <li>
                      and {state.summary.refused.length - 50} more, for the same kinds of reason.
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </>
          )}
          <Button
            ref={closeRef}
            size="small"
            onClick={() => {
              store.dismiss()
            }}
          >
            Close
          </Button>
        </div>
      )}
    </section>
  )
}

function Running({
  state,
  onCancel,
}: {
  state: Extract<ReturnType<typeof useWorkoutImport>['state'], { kind: 'reading' | 'importing' }>
  onCancel: () => void
}) {
  const label =
    state.kind === 'reading'
      ? `Reading ${state.files.toLocaleString('en-GB')} file${state.files === 1 ? '' : 's'}…`
      : `${state.filesDone.toLocaleString('en-GB')} of ${state.filesTotal.toLocaleString('en-GB')} files`
  return (
    <div className={styles.body}>
      <label className={styles.progressLabel} htmlFor="workout-import-progress">
        {state.cancelling ? 'Stopping after this file…' : label}
      </label>
      <progress
        id="workout-import-progress"
        className={styles.progress}
        {...(state.kind === 'importing'
          ? { max: Math.max(1, state.filesTotal), value: state.filesDone }
          : {})}
      />
      {state.kind === 'importing' && state.current ? (
        <p className={styles.current}>{state.current}</p>
      ) : null}
      <Button size="small" disabled={state.cancelling} onClick={onCancel}>
        Cancel import
      </Button>
    </div>
  )
}
