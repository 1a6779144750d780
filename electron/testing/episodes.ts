import type { EpisodeInput } from '../../shared/domain/episode'

/** A plain afternoon hamstring cramp, with overrides. */
export function episodeInput(over: Partial<EpisodeInput> = {}): EpisodeInput {
  return {
    startedAt: Date.UTC(2026, 10, 20, 15, 0),
    utcOffsetMin: 60,
    durationSec: null,
    durationBucket: '30s_2m',
    side: 'left',
    muscle: 'hamstring',
    pain: 5,
    context: 'resting',
    triggers: [],
    relief: [],
    reliefBest: null,
    symptoms: [],
    soreness: null,
    notes: '',
    ...over,
  }
}
