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
import type { AdherenceWeek } from '@shared/contract/trends'
import { weekLabel, weekLong } from '../format'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface AdherenceChartProps {
  data: AdherenceWeek[]
  label: string
}

/** Bedtime routines done and reminders acted on each week, beside that week's cramps. */
export function AdherenceChart({ data, label }: AdherenceChartProps) {
  const c = useChartColours()
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Bedtime routines done', colour: c.accent },
          { label: 'Reminders acted on', colour: c.control },
          { label: 'Cramps', colour: c.danger, line: 'dashed' },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={chartMargin} aria-label={label}>
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="weekStart" tickFormatter={weekLabel} {...axisProps(c)} minTickGap={16} />
          <YAxis allowDecimals={false} {...axisProps(c)} />
          <Tooltip
            cursor={{ fill: c.shade }}
            content={(tip) => (
              <ChartTooltip<AdherenceWeek>
                tip={tip}
                title={(d) => weekLong(d.weekStart)}
                rows={(d) => [
                  { label: 'Bedtime routines', value: String(d.bedtimeRoutines), colour: c.accent },
                  {
                    label: 'Reminders acted on',
                    value: `${d.remindersActedOn} of ${d.remindersTotal}`,
                    colour: c.control,
                  },
                  { label: 'Cramps', value: String(d.cramps), colour: c.danger },
                ]}
              />
            )}
          />
          <Bar
            dataKey="bedtimeRoutines"
            name="Bedtime routines"
            fill={c.accent}
            isAnimationActive={false}
          />
          <Bar
            dataKey="remindersActedOn"
            name="Reminders acted on"
            fill={c.control}
            isAnimationActive={false}
          />
          <Line
            dataKey="cramps"
            name="Cramps"
            stroke={c.danger}
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={{ r: 3, fill: c.danger }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </>
  )
}
