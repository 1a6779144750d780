import { lazy, Suspense } from 'react'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { periodOf, useUrlPeriod } from '@renderer/features/report/period'
import { ReportControls } from '@renderer/features/report/ReportControls'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { TrendsTabs } from '@renderer/features/trends/components/TrendsTabs'
import '@renderer/features/trends/trends.css'
import '@renderer/features/report/report.css'

// The report draws the weekly chart, so it loads with recharts, on demand.
const ReportDocument = lazy(() =>
  import('@renderer/features/report/ReportDocument').then((m) => ({ default: m.ReportDocument })),
)

/** trends/report?days=90 | ?from=…&to=…: the printable report for a clinician. */
export function ReportScreen() {
  const [choice, setChoice] = useUrlPeriod()
  const period = periodOf(choice)
  return (
    <div className="screen report-screen">
      <div className="report-screen__chrome">
        <ScreenHeader
          title="Report for a clinician"
          lead="A summary of your journal to print or save, and take to an appointment."
        />
        <TrendsTabs />
        <ReportControls key={`${period.from}:${period.to}`} choice={choice} onChoose={setChoice} />
      </div>
      <Suspense fallback={<ChartsLoading what="the report" />}>
        <ReportDocument period={period} />
      </Suspense>
    </div>
  )
}
