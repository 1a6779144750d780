import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts'
import type { HourBar } from '@shared/contract/trends'
import { hourRange } from '../format'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface HoursChartProps {
  data: HourBar[]
  label: string
}

const hourTick = (hour: number) => String(hour).padStart(2, '0')

/** 24 bars, one per hour the cramps started; the user's night hours are shaded. */
export function HoursChart({ data, label }: HoursChartProps) {
  const c = useChartColours()
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Night hours', colour: c.accent },
          { label: 'Day hours', colour: c.control },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={chartMargin} aria-label={label}>
          {data
            .filter((d) => d.night)
            .map((d) => (
              <ReferenceArea
                key={d.hour}
                x1={d.hour}
                x2={d.hour}
                fill={c.soft}
                fillOpacity={1}
                ifOverflow="visible"
              />
            ))}
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="hour" tickFormatter={hourTick} interval={2} {...axisProps(c)} />
          <YAxis allowDecimals={false} {...axisProps(c)} />
          <Tooltip
            cursor={{ fill: c.shade, fillOpacity: 0.6 }}
            content={(tip) => (
              <ChartTooltip<HourBar>
                tip={tip}
                title={(d) => `${hourRange(d.hour)}${d.night ? ' (night)' : ''}`}
                rows={(d) => [{ label: 'Cramps', value: String(d.count) }]}
              />
            )}
          />
          <Bar
            dataKey="count"
            name="Cramps"
            isAnimationActive={false}
            shape={(bar: BarShapeProps) => (
              <Rectangle {...bar} fill={data[bar.index]?.night ? c.accent : c.control} />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </>
  )
}
