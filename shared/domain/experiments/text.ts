import type { Analysis } from './analysis'

/**
 * The result in plain words, never stronger than the numbers (CONTENT.md,
 * "Reading a personal journal honestly" and "Personal experiments"). The
 * schedule was randomised, so "nights with the habit had fewer cramps" is
 * what the design supports; "clear" only when the 95% interval leaves out
 * "no difference".
 */
export function changeWords(ratio: number): string {
  if (ratio >= 2) return `${ratio.toFixed(1)} times as many`
  const percent = Math.round(Math.abs(1 - ratio) * 100)
  if (percent === 0) return 'about the same number of'
  return ratio < 1 ? `${percent}% fewer` : `${percent}% more`
}

/** "1/16" for the exact test's floor, as CONTENT.md says it. */
export function fraction(p: number, orderings: number): string {
  const count = Math.round(p * orderings)
  return `${count}/${orderings}`
}

export interface ResultWords {
  headline: string
  /** Whether the 95% interval leaves out "no difference". */
  clear: boolean
  chance: string
  exact: string
}

export function resultWords(analysis: Analysis, habit: string): ResultWords | null {
  const { bayes, exact } = analysis
  if (!bayes || !exact) return null
  const clear = bayes.high < 1 || bayes.low > 1
  const interval = `95% interval: ${changeWords(bayes.low)} to ${changeWords(bayes.high)}`
  const change = changeWords(bayes.median)
  const headline =
    `Nights with ${habit} had ${change} cramps (${interval}). ` +
    (clear
      ? 'The interval leaves out "no difference", so chance alone is an unlikely explanation in this randomised experiment; it is still one person\u2019s few weeks.'
      : 'That could still be chance; a longer experiment would tell more.')
  const chance = `Chance of at least 20% fewer cramps with ${habit}: ${Math.round(bayes.pAtLeast20Fewer * 100)}%.`
  const floor = fraction(exact.smallestP, exact.orderings)
  const exactWords =
    `Exact test over all ${exact.orderings} possible orders: p = ${fraction(exact.p, exact.orderings)}. ` +
    `With ${analysis.usablePairs} pairs the smallest possible p is ${floor}, so "no clear answer yet" is often the honest result.`
  return { headline, clear, chance, exact: exactWords }
}
