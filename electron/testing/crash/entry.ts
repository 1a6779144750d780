import type { EpisodeInput } from '../../../shared/domain/episode'
import { Trigger } from '../../../shared/domain/episode'

/**
 * The entry with sequence number `seq`, the same in the writer and the
 * checker, so a row read back after a crash can be compared field by field.
 * Notes of a few kilobytes make each write span several pages, widening the
 * window a kill can land in.
 */
export function crashEntry(seq: number): EpisodeInput {
  const triggers = Trigger.options.filter((_, i) => (seq >> i) & 1)
  return {
    startedAt: Date.UTC(2026, 0, 1) + seq * 60_000,
    utcOffsetMin: (seq % 27) * 30 - 360,
    durationSec: seq % 600,
    durationBucket: null,
    side: (['left', 'right', 'both'] as const)[seq % 3] ?? 'left',
    muscle: 'hamstring',
    pain: seq % 11,
    context: 'resting',
    triggers,
    relief: [],
    reliefBest: null,
    symptoms: [],
    soreness: null,
    legChanged: false,
    notes: `crash-${seq} ${'n'.repeat(500 + ((seq * 7919) % 4000))}`,
  }
}

/** Reads the sequence number back from a note the writer made; null for anything else. */
export function seqOf(notes: string): number | null {
  const m = /^crash-(\d+) /.exec(notes)
  return m ? Number(m[1]) : null
}
