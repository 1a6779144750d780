import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { ChartLegend } from '@renderer/components/charts/ChartTooltip'
import type { ChartBand } from '@shared/domain/experiments/chart'
import type { ExperimentResult } from '@shared/contract/experiments'

type Night = ExperimentResult['nights'][number]

const fill = {
  on: 'var(--color-accent-soft)',
  off: 'var(--color-surface-sunken)',
  baseline: 'transparent',
}

/** Cramps per night as bars, the ON and OFF periods shaded behind them; missing nights have no bar. */
export function NightsChart({
  nights,
  bands,
  label,
}: {
  nights: Night[]
  bands: ChartBand[]
  label: string
}) {
  const last = bands.at(-1)?.to ?? nights.length + 0.5
  // Only the plotted fields: recharts copies data fields onto each bar's SVG (a `role` would become an ARIA role).
  const data = nights.map((n) => ({ night: n.night, cramps: n.cramps }))
  return (
    <>
      <ChartLegend
        items={[
          {
            label: 'ON period',
            colour: 'var(--color-accent-soft)',
            outline: 'var(--color-accent)',
          },
          {
            label: 'OFF period',
            colour: 'var(--color-surface-sunken)',
            outline: 'var(--color-control-border)',
          },
          { label: 'Cramps that night', colour: 'var(--color-text)' },
        ]}
      />{' '}
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          aria-label={label}
        >
          {bands.map((b) => (
            <ReferenceArea
              key={b.from}
              x1={b.from}
              x2={b.to}
              fill={fill[b.role]}
              fillOpacity={1}
              ifOverflow="visible"
            />
          ))}
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="night"
            type="number"
            domain={[0.5, last]}
            allowDecimals={false}
            stroke="var(--color-control-border)"
            tick={{ fill: 'var(--color-text-muted)', fontSize: 12 }}
            tickLine={false}
          />
          <YAxis
            allowDecimals={false}
            stroke="var(--color-control-border)"
            tick={{ fill: 'var(--color-text-muted)', fontSize: 12 }}
            tickLine={false}
          />
          <Bar dataKey="cramps" fill="var(--color-text)" isAnimationActive={false} barSize={6} />
        </ComposedChart>
      </ResponsiveContainer>
    </>
  )
}
