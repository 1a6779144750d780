import type { ReactNode } from 'react'
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { axisProps, chartMargin, gridProps } from '@renderer/components/charts/axes'
import { ChartTooltip, type TooltipRow } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'

interface HorizontalBarsProps<T> {
  data: T[]
  label: string
  /** The field naming each bar, shown down the left through `name`. */
  category: string
  name: (value: string) => string
  /** Room for the longest name on the left. */
  nameWidth: number
  /** Height per category: more when each has two bars. */
  rowHeight: number
  tooltipRows: (datum: T) => TooltipRow[]
  /** The <Bar> elements. */
  children: ReactNode
}

/** A count per category as horizontal bars, in the order given (the triggers and relief charts). */
export function HorizontalBars<T>({
  data,
  label,
  category,
  name,
  nameWidth,
  rowHeight,
  tooltipRows,
  children,
}: HorizontalBarsProps<T>) {
  const c = useChartColours()
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * rowHeight + 32)}>
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
          dataKey={category}
          tickFormatter={name}
          width={nameWidth}
          {...axisProps(c)}
        />
        <Tooltip
          cursor={{ fill: c.shade }}
          content={(tip) => (
            <ChartTooltip<T>
              tip={tip}
              title={(d) => name(String((d as Record<string, unknown>)[category]))}
              rows={tooltipRows}
            />
          )}
        />
        {children}
      </BarChart>
    </ResponsiveContainer>
  )
}
