import { Bar } from 'recharts'
import type { ReliefCount } from '@shared/contract/trends'
import { plural, reliefLabel } from '../format'
import { ChartLegend } from '@renderer/components/charts/ChartTooltip'
import { useChartColours } from '@renderer/components/charts/colours'
import { HorizontalBars } from './HorizontalBars'

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
      <HorizontalBars<ReliefCount>
        data={data}
        label={label}
        category="relief"
        name={(r) => reliefLabel(r as ReliefCount['relief'])}
        nameWidth={150}
        rowHeight={44}
        tooltipRows={(d) => [
          { label: 'Helped most', value: plural(d.helpedMost, 'time'), colour: c.success },
          { label: 'Tried', value: plural(d.used, 'time'), colour: c.control },
        ]}
      >
        <Bar dataKey="helpedMost" name="Helped most" fill={c.success} isAnimationActive={false} />
        <Bar dataKey="used" name="Tried" fill={c.control} isAnimationActive={false} />
      </HorizontalBars>
    </>
  )
}
