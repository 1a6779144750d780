// What other features use of checkins; everything else is its own.
export { CheckInSummary } from './components/CheckInSummary'
export { dayName, isLocalDate, todayLocal } from './dates'
export { unsavedCheckIns } from './draft-store'
export { medicationKindLabels } from './labels'
export { checkInKeys, checkInQueries } from './queries'
export { waterLabel } from './water'
