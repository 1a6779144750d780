import { lazy, Suspense } from 'react'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { RangeSwitch } from '@renderer/features/trends/components/RangeSwitch'
import { TrendsTabs } from '@renderer/features/trends/components/TrendsTabs'
import { useUrlRange } from '@renderer/features/trends/range'
import '@renderer/features/trends/trends.css'

// The charts (and recharts with them) load only when this screen opens, so
// they add nothing to start-up.
const TrendsCharts = lazy(() =>
  import('@renderer/features/trends/TrendsCharts').then((m) => ({ default: m.TrendsCharts })),
)

/** trends?range=…: how often, how strong, when, and what seemed to help. */
export function TrendsScreen() {
  const [range, setRange] = useUrlRange()
  return (
    <div className="screen trends-screen">
      <ScreenHeader title="Trends" lead="What your journal shows over time." />
      <TrendsTabs />
      <div className="trends-toolbar">
        <RangeSwitch value={range} onChange={setRange} />
      </div>
      <Suspense fallback={<ChartsLoading />}>
        <TrendsCharts range={range} />
      </Suspense>
    </div>
  )
}
