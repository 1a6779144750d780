import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { TriggerCount } from '../../../../../shared/contract/trends'
import { plural, triggerLabel } from '../format'
import { axisProps, chartMargin, gridProps } from './axes'
import { ChartTooltip } from './ChartTooltip'
import { useChartColours } from './colours'

interface TriggersChartProps {
  data: TriggerCount[]
  label: string
}

/** Suspected triggers as horizontal bars, most often first (the order main sends). */
export function TriggersChart({ data, label }: TriggersChartProps) {
  const c = useChartColours()
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * 34 + 32)}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ ...chartMargin, left: 8 }}
        aria-label={label}
      >
        <CartesianGrid {...gridProps(c)} horizontal={false} vertical />
        <XAxis type="number" allowDecimals={false} {...axisProps(c)} />
        <YAxis
          type="category"
          dataKey="trigger"
          tickFormatter={triggerLabel}
          width={170}
          {...axisProps(c)}
        />
        <Tooltip
          cursor={{ fill: c.shade }}
          content={(tip) => (
            <ChartTooltip<TriggerCount>
              tip={tip}
              title={(d) => triggerLabel(d.trigger)}
              rows={(d) => [{ label: 'Suspected in', value: plural(d.count, 'cramp') }]}
            />
          )}
        />
        <Bar dataKey="count" name="Cramps" fill={c.warning} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}
