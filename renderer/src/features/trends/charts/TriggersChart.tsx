import { Bar } from 'recharts'
import type { TriggerCount } from '@shared/contract/trends'
import { plural, triggerLabel } from '../format'
import { useChartColours } from '@renderer/components/charts/colours'
import { HorizontalBars } from './HorizontalBars'

interface TriggersChartProps {
  data: TriggerCount[]
  label: string
}

/** Suspected triggers as horizontal bars, most often first (the order main sends). */
export function TriggersChart({ data, label }: TriggersChartProps) {
  const c = useChartColours()
  return (
    <HorizontalBars<TriggerCount>
      data={data}
      label={label}
      category="trigger"
      name={(t) => triggerLabel(t as TriggerCount['trigger'])}
      nameWidth={170}
      rowHeight={34}
      tooltipRows={(d) => [{ label: 'Suspected in', value: plural(d.count, 'cramp') }]}
    >
      <Bar dataKey="count" name="Cramps" fill={c.warning} isAnimationActive={false} />
    </HorizontalBars>
  )
}
