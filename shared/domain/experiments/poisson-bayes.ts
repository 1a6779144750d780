/**
 * A Bayesian Poisson rate ratio for ON against OFF nights. Cramps on an OFF
 * night are Poisson(λ), on an ON night Poisson(λ·θ). Priors, weakly
 * informative: log θ ~ Normal(0, 1) (95% of the prior between "7 times
 * fewer" and "7 times more"), λ ~ Gamma(0.5, 0.5) (about one cramp a night,
 * very loosely). λ integrates out in closed form, leaving
 *   p(θ | data) ∝ Normal(log θ) · θ^yOn / (θ·nOn + nOff + b)^(yOn + yOff + a)
 * on the log θ scale, which is then integrated by Simpson's rule.
 */
export const PRIOR = { logRatioSd: 1, rateShape: 0.5, rateRate: 0.5 } as const

export interface RateRatioPosterior {
  /** Posterior median of ON rate ÷ OFF rate. */
  median: number
  /** 95% credible interval. */
  low: number
  high: number
  /** P(θ ≤ 0.8): at least 20% fewer cramps on ON nights. */
  pAtLeast20Fewer: number
}

export interface ArmCounts {
  nights: number
  cramps: number
}

const SPAN = 8 // log θ from −8 to 8: the prior alone puts 1e-15 beyond it
const STEPS = 1600 // even, for Simpson

/** Log of the unnormalised posterior density of u = log θ. */
export function logPosterior(u: number, on: ArmCounts, off: ArmCounts): number {
  const { logRatioSd: sd, rateShape: a, rateRate: b } = PRIOR
  const theta = Math.exp(u)
  return (
    -(u * u) / (2 * sd * sd) +
    on.cramps * u -
    (on.cramps + off.cramps + a) * Math.log(theta * on.nights + off.nights + b)
  )
}

/** Null when either side has no analysed nights: there is nothing to compare. */
export function rateRatioPosterior(on: ArmCounts, off: ArmCounts): RateRatioPosterior | null {
  if (on.nights === 0 || off.nights === 0) return null
  const h = (2 * SPAN) / STEPS
  const logs = Array.from({ length: STEPS + 1 }, (_, i) => logPosterior(-SPAN + i * h, on, off))
  const top = Math.max(...logs)
  const dens = logs.map((l) => Math.exp(l - top))
  // Cumulative Simpson over each pair of steps; the pair's area is split at
  // its middle point in the trapezoid's proportions, so the CDF stays monotone.
  const cum = [0]
  for (let i = 0; i < STEPS; i += 2) {
    const [d0, d1, d2] = [dens[i] ?? 0, dens[i + 1] ?? 0, dens[i + 2] ?? 0]
    const area = (h / 3) * (d0 + 4 * d1 + d2)
    const share = d0 + 2 * d1 + d2 > 0 ? (d0 + d1) / (d0 + 2 * d1 + d2) : 0.5
    const before = cum[cum.length - 1] ?? 0
    cum.push(before + area * share, before + area)
  }
  const total = cum[cum.length - 1] ?? 1
  const quantile = (q: number) => {
    const target = q * total
    let i = cum.findIndex((c) => c >= target)
    if (i <= 0) i = 1
    const c0 = cum[i - 1] ?? 0
    const c1 = cum[i] ?? total
    const frac = c1 > c0 ? (target - c0) / (c1 - c0) : 0
    return Math.exp(-SPAN + (i - 1 + frac) * h)
  }
  return {
    median: quantile(0.5),
    low: quantile(0.025),
    high: quantile(0.975),
    pAtLeast20Fewer: cdfAt(Math.log(0.8), cum, h, total),
  }
}

function cdfAt(u: number, cum: readonly number[], h: number, total: number): number {
  const x = (u + SPAN) / h
  const i = Math.floor(x)
  const c0 = cum[i] ?? total
  const c1 = cum[i + 1] ?? total
  return Math.min(1, (c0 + (x - i) * (c1 - c0)) / total)
}
