import type { EpisodeInput } from '../../shared/domain/episode'
import { crampInput } from '../../shared/testing/cramps'

/** A plain afternoon hamstring cramp, with overrides. */
export function episodeInput(over: Partial<EpisodeInput> = {}): EpisodeInput {
  return crampInput({ startedAt: Date.UTC(2026, 10, 20, 15, 0), utcOffsetMin: 60, ...over })
}
