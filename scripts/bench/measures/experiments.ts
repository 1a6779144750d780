import { analyseExperiment } from '../../../shared/domain/experiments/analysis'
import { DEFAULT_DESIGN } from '../../../shared/domain/experiments/design'
import { simulateNights } from '../experiment-sim'
import { rng } from '../rng'
import type { Row } from '../row'
import { type Repeat, timeSync } from '../stats'

const REPEAT: Repeat = { warmup: 50, runs: 300 }

/**
 * The whole analysis of a finished 4-pair, 7-night experiment (both
 * readings, each with its exact test and posterior), as Insights runs it.
 * The nights are drawn once, outside the timing.
 */
export function experimentMeasures(): Row[] {
  const { periods, nights } = simulateNights(DEFAULT_DESIGN, { offRate: 0.5, ratio: 0.6 }, rng(15))
  const value = timeSync(() => analyseExperiment(DEFAULT_DESIGN, periods, nights), REPEAT)
  return [
    {
      name: 'experiment analysis (4 pairs of 7 nights)',
      unit: 'ms',
      value,
      budget: { limit: 5, on: 'median' },
    },
  ]
}
