import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { WorkoutImportStore } from '../import-store'
import { refreshAfterWorkoutChange } from '../queries'
import { WorkoutImportContext } from '../useWorkoutImport'
import { ImportProgressPanel } from './ImportProgressPanel'
import styles from './WorkoutImportHost.module.css'

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

/**
 * Files or a zip dropped anywhere on the window are imported as workouts;
 * the pickers on the check-in and in Settings feed the same import. Without
 * this the browser (or Electron) would open a dropped file in the window.
 */
export function WorkoutImportHost({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [store] = useState(
    () => new WorkoutImportStore(() => refreshAfterWorkoutChange(queryClient)),
  )
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // Enter and leave fire for every child crossed, so count them.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth++
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      void store.start([...(event.dataTransfer?.files ?? [])])
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [store])

  return (
    <WorkoutImportContext.Provider value={store}>
      {children}
      {dragging ? (
        <div className={styles.overlay} aria-hidden="true">
          <p className={styles.overlayText}>
            Drop to import workouts
            <span className={styles.overlayHint}>
              FIT, GPX or TCX files, or a Strava or Apple Health export zip
            </span>
          </p>
        </div>
      ) : null}
      <ImportProgressPanel />
    </WorkoutImportContext.Provider>
  )
}
