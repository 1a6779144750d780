/** What other features use from episodes: the card, the red-flag cards and the one delete path. */
export { EpisodeCard, episodeLabel, type EpisodeCardProps } from './EpisodeCard'
export { RedFlagCard } from './RedFlagCard'
export { RedFlagList, flagSectionClass } from './RedFlagList'
export { useDeleteEpisodeWithUndo } from '../undo'
