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
import type { WeeklyCramps } from '@shared/contract/trends'
import { NO_AVERAGE_NOTE } from '@shared/domain/trends/weekly'
import { averageText, weekLabel, weekLong } from '../format'
import { axisProps, CHART_HEIGHT, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartLegend, ChartTooltip } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface WeeklyChartProps {
  data: WeeklyCramps[]
  label: string
}

/** Cramps per week stacked by where they happened, with the 4-week average as a line. */
export function WeeklyChart({ data, label }: WeeklyChartProps) {
  const c = useChartColours()
  const series = [
    { key: 'night', label: 'At night', colour: c.accent },
    { key: 'exercise', label: 'During or after exercise', colour: c.warning },
    { key: 'rest', label: 'At rest or standing', colour: c.control },
  ] as const
  return (
    <>
      <ChartLegend
        items={[...series, { label: '4-week average', colour: c.text, line: 'dashed' }]}
      />
      {data.some((w) => w.average4w === null) ? (
        <p className="field__hint">{NO_AVERAGE_NOTE}</p>
      ) : null}
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={chartMargin} aria-label={label}>
          <CartesianGrid {...gridProps(c)} />
          <XAxis dataKey="weekStart" tickFormatter={weekLabel} {...axisProps(c)} minTickGap={16} />
          <YAxis allowDecimals={false} {...axisProps(c)} />
          <Tooltip
            cursor={{ fill: c.shade }}
            content={(tip) => (
              <ChartTooltip<WeeklyCramps>
                tip={tip}
                title={(d) => weekLong(d.weekStart)}
                rows={(d) => [
                  ...series.map((s) => ({
                    label: s.label,
                    value: String(d[s.key]),
                    colour: s.colour,
                  })),
                  { label: 'Total', value: String(d.total) },
                  { label: '4-week average', value: averageText(d.average4w) },
                ]}
              />
            )}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="cramps"
              fill={s.colour}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="average4w"
            name="4-week average"
            type="monotone"
            stroke={c.text}
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </>
  )
}
