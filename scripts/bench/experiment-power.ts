/**
 * `npm run bench:experiments`: how often a personal experiment finds a real
 * halving of cramps (power) and how often it "finds" one that is not there
 * (false positives), over 1,000 seeded simulated experiments each, printed
 * as the Markdown table in README ("Personal experiments: what they can tell").
 */
import { DEFAULT_DESIGN, type ExperimentDesign } from '../../shared/domain/experiments/design'
import { type Rates, rejectionRates } from './experiment-sim'

const RUNS = 1000
const OFF_RATE = 0.5
const designs: [string, ExperimentDesign][] = [
  ['4 pairs of 7 nights', DEFAULT_DESIGN],
  ['4 pairs of 14 nights', { ...DEFAULT_DESIGN, periodNights: 14 }],
]

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const cells = (r: Rates) => [pct(r.p05), pct(r.pFloor), pct(r.bayes90), pct(r.intervalBelowOne)]

console.log(
  `${RUNS} simulated experiments per row; ${OFF_RATE} cramps per OFF night (Poisson), every night answered, washout ${DEFAULT_DESIGN.washoutNights} nights.\n`,
)
console.log(
  '| design | true ON ÷ OFF | exact p ≤ 0.05 | exact p = 1/16 (its floor) | P(≥ 20% fewer) ≥ 90% | 95% interval below 1 |',
)
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [name, design] of designs) {
  for (const ratio of [1, 0.5]) {
    const rates = rejectionRates(design, { offRate: OFF_RATE, ratio }, RUNS, 2026)
    console.log(`| ${name} | ${ratio.toFixed(1)} | ${cells(rates).join(' | ')} |`)
  }
}
