import { lazy, Suspense } from 'react'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { TrendsTabs } from '@renderer/features/trends/components/TrendsTabs'
import '@renderer/features/trends/trends.css'

// Loaded on demand like the charts: nothing here is needed at start-up.
const InsightsPanel = lazy(() =>
  import('@renderer/features/trends/insights/InsightsPanel').then((m) => ({
    default: m.InsightsPanel,
  })),
)

/** trends/insights: the patterns that fit, what goes with cramp nights, and red flags. */
export function InsightsScreen() {
  return (
    <div className="screen trends-screen">
      <ScreenHeader title="Insights" lead="What your journal suggests, and what you could try." />
      <TrendsTabs />
      <Suspense fallback={<ChartsLoading what="insights" />}>
        <InsightsPanel />
      </Suspense>
    </div>
  )
}
