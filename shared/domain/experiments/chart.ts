import { BASELINE_NIGHTS, type Arm, type ExperimentDesign, type Period } from './design'

/** A shaded stretch of the nightly chart: one period (or the baseline), in 1-based night numbers. */
export interface ChartBand {
  from: number
  to: number
  role: Arm | 'baseline'
  /** "Pair 2, ON". */
  label: string
}

/** Bands edge to edge on a numeric axis: each night is the unit around its number. */
export function periodBands(design: ExperimentDesign, periods: readonly Period[]): ChartBand[] {
  const bands: ChartBand[] = periods.map((p) => ({
    from: p.firstNight + 0.5,
    to: p.firstNight + p.nights + 0.5,
    role: p.arm,
    label: `Pair ${p.pair + 1}, ${p.arm.toUpperCase()}`,
  }))
  return design.baseline
    ? [{ from: 0.5, to: BASELINE_NIGHTS + 0.5, role: 'baseline', label: 'Baseline' }, ...bands]
    : bands
}
