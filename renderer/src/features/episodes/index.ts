// What other features use of episodes; everything else is its own.
export {
  EpisodeCard,
  RedFlagList,
  flagSectionClass,
  episodeLabel,
  useDeleteEpisodeWithUndo,
} from './components'
export { secondsText } from './format'
export {
  bucketOptions,
  contextOptions,
  labelOf,
  muscleOptions,
  reliefOptions,
  sideOptions,
  triggerOptions,
} from './labels'
export type { Option } from './labels'
export { journalKeys, journalQueries, todayKeys } from './queries'
