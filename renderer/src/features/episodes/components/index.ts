/** What other features use from episodes: the card, the red-flag card and the one delete path. */
export { EpisodeCard, episodeLabel, type EpisodeCardProps } from './EpisodeCard'
export { RedFlagCard } from './RedFlagCard'
export { useDeleteEpisodeWithUndo } from '../undo'
