/**
 * The ratio of two cramp-night rates with an exact 95% interval.
 *
 * Given the total number of cramp nights k = a + c, the nights on the "with"
 * side are binomial with p = θ·n1 / (θ·n1 + n2), where θ is the true rate
 * ratio. The Clopper–Pearson interval for p therefore turns into an exact
 * interval for θ (the conditional test behind R's poisson.test). It is
 * conservative: with no real difference it leaves out 1 less than 5% of the
 * time, which is what "clear" must mean on a handful of nights.
 */

export interface RateRatio {
  /** Rate with ÷ rate without; null when the "without" side has no cramp nights. */
  ratio: number | null
  /** 95% interval; `high` is Infinity when the "without" side has none. */
  low: number
  high: number
}

const TAIL = 0.025

/** Exact interval for (a / n1) ÷ (c / n2): a of n1 days with, c of n2 days without. */
export function rateRatio(a: number, n1: number, c: number, n2: number): RateRatio {
  const k = a + c
  const ratio = c > 0 && n1 > 0 ? a / n1 / (c / n2) : null
  if (k === 0 || n1 === 0 || n2 === 0) return { ratio, low: 0, high: Infinity }
  const pLow = a === 0 ? 0 : solve((p) => upperTail(a, k, p) >= TAIL)
  const pHigh = a === k ? 1 : solve((p) => lowerTail(a, k, p) <= TAIL)
  const toRatio = (p: number) => (p >= 1 ? Infinity : (p * n2) / ((1 - p) * n1))
  return { ratio, low: toRatio(pLow), high: toRatio(pHigh) }
}

/** The interval leaves out 1 ("no difference"). */
export function excludesOne(r: RateRatio): boolean {
  return r.low > 1 || r.high < 1
}

/** P(X ≤ x) for X ~ Binomial(n, p). */
export function lowerTail(x: number, n: number, p: number): number {
  let sum = 0
  for (let i = 0; i <= x; i++) sum += binomialPmf(i, n, p)
  return Math.min(1, sum)
}

/** P(X ≥ x) for X ~ Binomial(n, p). */
export function upperTail(x: number, n: number, p: number): number {
  let sum = 0
  for (let i = x; i <= n; i++) sum += binomialPmf(i, n, p)
  return Math.min(1, sum)
}

/** In log space, so a year of days neither overflows nor underflows to nonsense. */
function binomialPmf(i: number, n: number, p: number): number {
  if (p <= 0) return i === 0 ? 1 : 0
  if (p >= 1) return i === n ? 1 : 0
  return Math.exp(
    logFactorial(n) -
      logFactorial(i) -
      logFactorial(n - i) +
      i * Math.log(p) +
      (n - i) * Math.log(1 - p),
  )
}

const logFactorials: number[] = [0]
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) {
    logFactorials.push((logFactorials[i - 1] ?? 0) + Math.log(i))
  }
  return logFactorials[n] ?? 0
}

/** The smallest p in [0, 1] where `holds` turns true (it must be monotone). */
function solve(holds: (p: number) => boolean): number {
  let lo = 0
  let hi = 1
  for (let step = 0; step < 60; step++) {
    const mid = (lo + hi) / 2
    if (holds(mid)) hi = mid
    else lo = mid
  }
  return (lo + hi) / 2
}
