import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { LoadWeek } from '@shared/domain/workouts/load-chart'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'
import { weekLabel, weekLong } from '@renderer/features/trends'

/**
 * Weekly minutes of imported training (bars; weeks that rose more than 30%
 * in the darker shade) with that week's cramps (line, right axis).
 */
export function LoadChart({ data, label }: { data: LoadWeek[]; label: string }) {
  const c = useChartColours()
  // Two stacked series, one of them zero each week, colour the fast weeks.
  const rows = data.map((w) => ({
    ...w,
    usual: w.fastIncrease ? 0 : w.minutes,
    fast: w.fastIncrease ? w.minutes : 0,
  }))
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Training minutes', colour: c.muted },
          { label: 'Rose over 30% on the week before', colour: c.accent },
          { label: 'Cramps (right)', colour: c.warning, line: 'solid' },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={rows} margin={{ ...chartMargin, right: 0 }} aria-label={label}>
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="weekStart" tickFormatter={weekLabel} {...axisProps(c)} minTickGap={16} />
          <YAxis yAxisId="minutes" allowDecimals={false} {...axisProps(c)} />
          <YAxis
            yAxisId="cramps"
            orientation="right"
            width={32}
            allowDecimals={false}
            {...axisProps(c)}
          />
          <Tooltip
            cursor={{ fill: c.shade }}
            content={(tip) => (
              <ChartTooltip<LoadWeek>
                tip={tip}
                title={(d) => weekLong(d.weekStart)}
                rows={(d) => [
                  {
                    label: 'Training',
                    value: `${d.minutes} min in ${d.sessions} ${d.sessions === 1 ? 'session' : 'sessions'}`,
                    colour: d.fastIncrease ? c.accent : c.muted,
                  },
                  { label: 'Cramps', value: String(d.cramps), colour: c.warning },
                ]}
              />
            )}
          />
          <Bar
            yAxisId="minutes"
            dataKey="usual"
            stackId="minutes"
            name="Training minutes"
            fill={c.muted}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="minutes"
            dataKey="fast"
            stackId="minutes"
            name="Rose over 30% on the week before"
            fill={c.accent}
            isAnimationActive={false}
          />
          <Line
            yAxisId="cramps"
            dataKey="cramps"
            name="Cramps"
            stroke={c.warning}
            strokeWidth={2}
            dot={{ r: 3, fill: c.warning }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </>
  )
}
