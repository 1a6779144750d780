// What other features and the shell use of workouts.
export { WorkoutImportHost } from './components/WorkoutImportHost'
export { ImportedSessions } from './components/ImportedSessions'
export { ImportWorkoutsButton } from './components/ImportWorkoutsButton'
export { WorkoutCard } from './components/WorkoutCard'
export { workoutKeys, workoutQueries } from './queries'
export { TrainingLoadSection } from './components/TrainingLoadSection'
