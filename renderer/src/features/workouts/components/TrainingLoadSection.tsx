import { useQuery } from '@tanstack/react-query'
import type { WeeklyCramps } from '@shared/contract/trends'
import { loadChart, type LoadWeek } from '@shared/domain/workouts/load-chart'
import { ChartFrame } from '@renderer/components/charts/ChartFrame'
import { DataTable } from '@renderer/components/charts/DataTable'
import { weekLong } from '@renderer/features/trends'
import { workoutQueries } from '../queries'
import { LoadChart } from './LoadChart'

/**
 * Trends: imported training per week beside the week's cramps. Shown only
 * when the period holds imported sessions; most journals have none.
 */
export function TrainingLoadSection({
  from,
  to,
  weekly,
}: {
  from: string
  to: string
  weekly: WeeklyCramps[]
}) {
  const query = useQuery(workoutQueries.between(from, to))
  if (!query.data || query.data.length === 0) return null
  const chart = loadChart(query.data, weekly)
  return (
    <section className="trends-section" aria-labelledby="trends-load">
      <h2 id="trends-load">Training and cramps</h2>
      <div className="chart-grid">
        <ChartFrame
          wide
          title="Training load per week"
          summary={chart.summary}
          chart={
            <LoadChart data={chart.weeks} label={`Training load per week. ${chart.summary}`} />
          }
          table={<LoadTable data={chart.weeks} />}
        />
      </div>
    </section>
  )
}

function LoadTable({ data }: { data: LoadWeek[] }) {
  return (
    <DataTable
      caption="Imported training and cramps per week"
      rowKey={(r) => r.weekStart}
      rows={data}
      columns={[
        { key: 'week', label: 'Week', cell: (r) => weekLong(r.weekStart) },
        { key: 'sessions', label: 'Sessions', numeric: true, cell: (r) => r.sessions },
        { key: 'minutes', label: 'Minutes', numeric: true, cell: (r) => r.minutes },
        { key: 'km', label: 'km', numeric: true, cell: (r) => (r.km > 0 ? r.km : '–') },
        {
          key: 'rise',
          label: 'Rose over 30%',
          cell: (r) => (r.fastIncrease ? 'Yes' : ''),
        },
        { key: 'cramps', label: 'Cramps', numeric: true, cell: (r) => r.cramps },
      ]}
    />
  )
}
