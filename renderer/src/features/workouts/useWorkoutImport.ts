import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ImportState, WorkoutImportStore } from './import-store'

export const WorkoutImportContext = createContext<WorkoutImportStore | null>(null)

/** The window's one import: its state, and start/cancel/dismiss. */
export function useWorkoutImport(): { state: ImportState; store: WorkoutImportStore } {
  const store = useContext(WorkoutImportContext)
  if (!store) throw new Error('useWorkoutImport needs a WorkoutImportHost above it')
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return { state, store }
}
