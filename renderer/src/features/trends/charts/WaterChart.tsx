import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { WaterWeek } from '@shared/contract/trends'
import type { WaterUnit } from '@shared/domain/settings'
import { plural, waterNumber, waterText, weekLabel, weekLong } from '../format'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface WaterChartProps {
  data: WaterWeek[]
  targetMl: number
  unit: WaterUnit
  label: string
}

/** Average water each week (line, right axis, target dashed) against the week's cramp days (bars). */
export function WaterChart({ data, targetMl, unit, label }: WaterChartProps) {
  const c = useChartColours()
  const water = (ml: number) => waterText(ml, unit)
  // The axis shows bare numbers; the legend names the unit.
  const axisWater = (ml: number) => waterNumber(ml, unit)
  const unitName = unit === 'ml' ? 'ml' : 'glasses'
  return (
    <>
      <ChartLegend
        items={[
          { label: 'Days with cramps', colour: c.warning },
          { label: `Average water (${unitName}, right)`, colour: c.accent, line: 'solid' },
          { label: 'Your target', colour: c.muted, line: 'dashed' },
        ]}
      />
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={{ ...chartMargin, right: 0 }} aria-label={label}>
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="weekStart" tickFormatter={weekLabel} {...axisProps(c)} minTickGap={16} />
          <YAxis
            yAxisId="days"
            domain={[0, 7]}
            ticks={[0, 7]}
            allowDecimals={false}
            {...axisProps(c)}
          />
          <YAxis
            yAxisId="water"
            orientation="right"
            width={48}
            domain={[0, (max: number) => Math.max(max, targetMl)]}
            tickFormatter={axisWater}
            {...axisProps(c)}
          />
          <ReferenceLine
            yAxisId="water"
            y={targetMl}
            stroke={c.muted}
            strokeDasharray="2 4"
            ifOverflow="extendDomain"
          />
          <Tooltip
            cursor={{ fill: c.shade }}
            content={(tip) => (
              <ChartTooltip<WaterWeek>
                tip={tip}
                title={(d) => weekLong(d.weekStart)}
                rows={(d) => [
                  { label: 'Days with cramps', value: String(d.crampDays), colour: c.warning },
                  {
                    label: 'Average water',
                    value: d.averageWaterMl === null ? 'No check-ins' : water(d.averageWaterMl),
                    colour: c.accent,
                  },
                  {
                    label: 'Days at target',
                    value: `${d.daysAtTarget} of ${plural(d.checkInDays, 'check-in')}`,
                  },
                ]}
              />
            )}
          />
          <Bar
            yAxisId="days"
            dataKey="crampDays"
            name="Days with cramps"
            fill={c.warning}
            isAnimationActive={false}
          />
          <Line
            yAxisId="water"
            dataKey="averageWaterMl"
            name="Average water"
            stroke={c.accent}
            strokeWidth={2}
            dot={{ r: 3, fill: c.accent }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </>
  )
}
