// What other features use of settings; everything else is its own.
export { useSectionSave } from './components/useSectionSave'
export { settingsQueries, useUpdateSettings } from './queries'
export { convertTargetText, formatTarget, parseTarget, targetHint } from './water'
