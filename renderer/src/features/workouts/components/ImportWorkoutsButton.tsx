import { Button } from '@renderer/components/Button'
import { useRef } from 'react'
import { useWorkoutImport } from '../useWorkoutImport'

const ACCEPT = '.fit,.gpx,.tcx,.zip,.xml,.gz'

/**
 * Opens the system's file picker (the native dialog in the desktop app) for
 * workout files or a zip; the import then runs in the window's one import.
 */
export function ImportWorkoutsButton({ describedBy }: { describedBy?: string }) {
  const { state, store } = useWorkoutImport()
  const inputRef = useRef<HTMLInputElement>(null)
  const busy = state.kind === 'reading' || state.kind === 'importing'
  return (
    <>
      <Button
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => inputRef.current?.click()}
      >
        {busy ? 'Importing…' : 'Import workouts…'}
      </Button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Workout files to import"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          // Cleared so picking the same file again is noticed (it says "already there").
          event.target.value = ''
          void store.start(files)
        }}
      />
    </>
  )
}
