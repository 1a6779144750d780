import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { PainPoint } from '@shared/contract/trends'
import { weekLabel, weekLong } from '../format'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface PainChartProps {
  data: PainPoint[]
  label: string
}

const painText = (value: number | null) => (value === null ? 'No cramps' : `${value} of 10`)

/** The week's highest pain, with its average as a quieter line; gaps where no cramp was logged. */
export function PainChart({ data, label }: PainChartProps) {
  const c = useChartColours()
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Peak pain', colour: c.danger },
          { label: 'Average pain', colour: c.muted, line: 'dashed' },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={chartMargin} aria-label={label}>
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="weekStart" tickFormatter={weekLabel} {...axisProps(c)} minTickGap={16} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...axisProps(c)} />
          <Tooltip
            cursor={{ stroke: c.control }}
            content={(tip) => (
              <ChartTooltip<PainPoint>
                tip={tip}
                title={(d) => weekLong(d.weekStart)}
                rows={(d) => [
                  { label: 'Peak', value: painText(d.peak), colour: c.danger },
                  { label: 'Average', value: painText(d.average), colour: c.muted },
                ]}
              />
            )}
          />
          <Line
            dataKey="peak"
            name="Peak pain"
            stroke={c.danger}
            strokeWidth={2}
            dot={{ r: 3, fill: c.danger }}
            isAnimationActive={false}
          />
          <Line
            dataKey="average"
            name="Average pain"
            stroke={c.muted}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </>
  )
}
