import type { ChartColours } from './colours'

/** Axis and grid styling shared by every chart, in the theme's colours. */
export function axisProps(c: ChartColours) {
  return {
    stroke: c.control,
    tick: { fill: c.muted, fontSize: 12 },
    tickLine: false,
  } as const
}

export function gridProps(c: ChartColours) {
  return { stroke: c.grid, strokeDasharray: '3 3', vertical: false } as const
}

/** Height of the drawing area; the legend sits above it. */
export const CHART_HEIGHT = 220

export const chartMargin = { top: 8, right: 8, bottom: 0, left: -16 } as const
