import { performance } from 'node:perf_hooks'

export interface Summary {
  median: number
  p95: number
  runs: number
}

/** Median and 95th percentile (nearest rank) of the samples. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize')
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const mid = sorted.length / 2
  const median =
    sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((at(0.5) ?? 0) + (sorted[mid] ?? 0)) / 2
  return { median, p95: at(0.95) ?? 0, runs: sorted.length }
}

export interface Repeat {
  /** Calls discarded first, so the JIT, SQLite's page cache and statement caches are warm. */
  warmup: number
  runs: number
}

/** Times a synchronous call. The machine is shared, so medians, not means, carry the verdict. */
export function timeSync(fn: () => unknown, { warmup, runs }: Repeat): Summary {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}

/**
 * Times a call whose set-up and tear-down must stay out of the figure
 * (a fresh empty database per import, closing what was opened).
 */
export function timeEach<T>(
  setup: () => T,
  fn: (state: T) => unknown,
  teardown: (state: T) => void,
  { warmup, runs }: Repeat,
): Summary {
  const samples: number[] = []
  for (let i = 0; i < warmup + runs; i++) {
    const state = setup()
    const start = performance.now()
    try {
      fn(state)
    } finally {
      const ms = performance.now() - start
      teardown(state)
      if (i >= warmup) samples.push(ms)
    }
  }
  return summarize(samples)
}

/**
 * Times a call and its lower bound in alternation, so both see the same
 * load on a shared machine and their ratio is not skewed by whoever ran
 * during a busy spell. `fn` may be async; the lower bound is a statement.
 */
export async function timeSideBySide(
  fn: () => unknown,
  lower: () => unknown,
  { warmup, runs }: Repeat,
): Promise<{ value: Summary; lowerBound: Summary }> {
  for (let i = 0; i < warmup; i++) {
    await fn()
    lower()
  }
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    let start = performance.now()
    await fn()
    a.push(performance.now() - start)
    start = performance.now()
    lower()
    b.push(performance.now() - start)
  }
  return { value: summarize(a), lowerBound: summarize(b) }
}
