/**
 * The exact randomisation test of an N-of-1 experiment. The only thing
 * chance decided was which period of each pair came first, so under "the
 * habit makes no difference" every one of the 2^pairs orderings was as
 * likely as the one drawn, and swapping a pair's order flips the sign of its
 * ON−OFF difference. The p-value is the share of orderings whose mean
 * difference is at least as favourable to ON as the one observed
 * (one-sided: the question is "fewer cramps ON?"). With 4 pairs the
 * smallest p this can ever give is 1/16.
 */
export interface ExactTest {
  /** Share of orderings at least as favourable to ON as the observed one. */
  p: number
  /** 1 / 2^pairs: the best this design can do, however large the difference. */
  smallestP: number
  orderings: number
  /** Mean over pairs of (ON rate − OFF rate), cramps per night. */
  meanDifference: number
}

/** Floating sums of the same numbers in another order must still count as ties. */
const TIE = 1e-9

/** `differences[i]` is pair i's ON rate minus its OFF rate. Null without a usable pair. */
export function exactRandomisationTest(differences: readonly number[]): ExactTest | null {
  const n = differences.length
  if (n === 0) return null
  const orderings = 2 ** n
  const observed = mean(differences)
  let asFavourable = 0
  for (let mask = 0; mask < orderings; mask++) {
    let sum = 0
    for (let i = 0; i < n; i++)
      sum += (mask >> i) & 1 ? -(differences[i] ?? 0) : (differences[i] ?? 0)
    if (sum / n <= observed + TIE) asFavourable++
  }
  return {
    p: asFavourable / orderings,
    smallestP: 1 / orderings,
    orderings,
    meanDifference: observed,
  }
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}
