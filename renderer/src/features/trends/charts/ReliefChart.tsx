import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ReliefCount } from '../../../../../shared/contract/trends'
import { plural, reliefLabel } from '../format'
import { axisProps, chartMargin, gridProps } from './axes'
import { ChartLegend, ChartTooltip } from './ChartTooltip'
import { useChartColours } from './colours'

interface ReliefChartProps {
  data: ReliefCount[]
  label: string
}

/** For each kind of relief: how often it was tried, and how often it was what helped most. */
export function ReliefChart({ data, label }: ReliefChartProps) {
  const c = useChartColours()
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Helped most', colour: c.success },
          { label: 'Tried', colour: c.control },
        ]}
      />
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * 44 + 32)}>
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
            dataKey="relief"
            tickFormatter={reliefLabel}
            width={150}
            {...axisProps(c)}
          />
          <Tooltip
            cursor={{ fill: c.shade }}
            content={(tip) => (
              <ChartTooltip<ReliefCount>
                tip={tip}
                title={(d) => reliefLabel(d.relief)}
                rows={(d) => [
                  { label: 'Helped most', value: plural(d.helpedMost, 'time'), colour: c.success },
                  { label: 'Tried', value: plural(d.used, 'time'), colour: c.control },
                ]}
              />
            )}
          />
          <Bar dataKey="helpedMost" name="Helped most" fill={c.success} isAnimationActive={false} />
          <Bar dataKey="used" name="Tried" fill={c.control} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </>
  )
}
