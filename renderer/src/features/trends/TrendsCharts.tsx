import { buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { TrendRange } from '@shared/contract/trends'
import { Notice } from '@renderer/components/Notice'
import { settingsQueries } from '@renderer/features/settings'
import { AdherenceChart } from './charts/AdherenceChart'
import { HoursChart } from './charts/HoursChart'
import { PainChart } from './charts/PainChart'
import { ReliefChart } from './charts/ReliefChart'
import { TriggersChart } from './charts/TriggersChart'
import { WaterChart } from './charts/WaterChart'
import { WeeklyChart } from './charts/WeeklyChart'
import { ChartFrame } from '@renderer/components/charts/ChartFrame'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { emptyLines, isBlank, THIN_CRAMPS } from './empty'
import { HeldReminders } from './HeldReminders'
import { TrainingLoadSection } from '@renderer/features/workouts'
import { dateLong, plural } from './format'
import { QueryErrorNotice } from '@renderer/components/QueryError'
import { trendsQueries } from './queries'
import {
  AdherenceTable,
  HoursTable,
  PainTable,
  ReliefTable,
  TriggersTable,
  WaterBandsTable,
  WaterTable,
  WeeklyTable,
} from './tables'

/** Every Trends chart for one range. Loaded on demand with recharts (see TrendsScreen). */
export function TrendsCharts({ range }: { range: TrendRange }) {
  const query = useQuery(trendsQueries.data(range))
  const settings = useQuery(settingsQueries.get())
  const unit = settings.data?.settings.waterUnit ?? 'glasses'

  if (query.isPending) return <ChartsLoading />
  if (query.isError)
    return <QueryErrorNotice title="Your trends couldn’t be loaded" query={query} />

  const data = query.data
  const empty = emptyLines(data)
  const label = (title: string, summary: string) => `${title}. ${summary}`
  return (
    <>
      <p className="trends-period" aria-live="polite">
        {dateLong(data.from)} to {dateLong(data.to)}: {plural(data.totalCramps, 'cramp')} logged.
      </p>
      <p className="trends-muted">
        These charts show what goes together in your journal, not what causes what.
      </p>
      {isBlank(empty) ? (
        <BlankJournal />
      ) : (
        <>
          {data.totalCramps > 0 && data.totalCramps < THIN_CRAMPS ? (
            <Notice title="Early days">
              <p>
                With {plural(data.totalCramps, 'cramp')} in this period the charts can show little
                yet. They fill in as you log, or choose a longer period.
              </p>
            </Notice>
          ) : null}
          <section className="trends-section" aria-labelledby="trends-how-often">
            <h2 id="trends-how-often">How often, how strong, and when</h2>
            <div className="chart-grid">
              <ChartFrame
                wide
                title="Cramps per week"
                summary={data.weekly.summary}
                empty={empty.cramps}
                chart={
                  <WeeklyChart
                    data={data.weekly.data}
                    label={label('Cramps per week', data.weekly.summary)}
                  />
                }
                table={<WeeklyTable data={data.weekly.data} />}
              />
              <ChartFrame
                title="Peak pain"
                summary={data.pain.summary}
                empty={empty.cramps}
                chart={
                  <PainChart data={data.pain.data} label={label('Peak pain', data.pain.summary)} />
                }
                table={<PainTable data={data.pain.data} />}
              />
              <ChartFrame
                title="Time of day"
                summary={data.hours.summary}
                empty={empty.cramps}
                chart={
                  <HoursChart
                    data={data.hours.data}
                    label={label('Time of day', data.hours.summary)}
                  />
                }
                table={<HoursTable data={data.hours.data} />}
              />
            </div>
          </section>
          <section className="trends-section" aria-labelledby="trends-what">
            <h2 id="trends-what">Triggers and relief</h2>
            <div className="chart-grid">
              <ChartFrame
                title="Triggers most often suspected"
                summary={data.triggers.summary}
                empty={empty.triggers}
                chart={
                  <TriggersChart
                    data={data.triggers.data}
                    label={label('Triggers most often suspected', data.triggers.summary)}
                  />
                }
                table={<TriggersTable data={data.triggers.data} />}
              />
              <ChartFrame
                title="Which relief helped most"
                summary={data.relief.summary}
                empty={empty.relief}
                chart={
                  <ReliefChart
                    data={data.relief.data}
                    label={label('Which relief helped most', data.relief.summary)}
                  />
                }
                table={<ReliefTable data={data.relief.data} />}
              />
            </div>
          </section>
          <section className="trends-section" aria-labelledby="trends-habits">
            <h2 id="trends-habits">Habits beside cramps</h2>
            <div className="chart-grid">
              <ChartFrame
                wide
                title="Bedtime routines and reminders"
                summary={data.adherence.summary}
                empty={empty.adherence}
                chart={
                  <AdherenceChart
                    data={data.adherence.data}
                    label={label('Bedtime routines and reminders', data.adherence.summary)}
                  />
                }
                table={<AdherenceTable data={data.adherence.data} />}
              />
              <ChartFrame
                wide
                title="Water and days with cramps"
                summary={data.water.summary}
                empty={empty.water}
                chart={
                  <WaterChart
                    data={data.water.data}
                    targetMl={data.water.targetMl}
                    unit={unit}
                    label={label('Water and days with cramps', data.water.summary)}
                  />
                }
                table={
                  <>
                    <WaterTable data={data.water.data} unit={unit} />
                    <WaterBandsTable bands={data.water.bands} />
                  </>
                }
              />
            </div>
          </section>
          <TrainingLoadSection from={data.from} to={data.to} weekly={data.weekly.data} />
          <p className="trends-muted">
            These charts show what your journal records side by side. They do not show what causes
            your cramps.
          </p>
        </>
      )}
      {/* Outside the charts: held reminders are worth knowing about before any cramp is logged. */}
      <HeldReminders from={data.from} to={data.to} />
    </>
  )
}

function BlankJournal() {
  return (
    <section className="trends-empty" aria-labelledby="trends-blank-title">
      <h2 id="trends-blank-title">Nothing to chart in this period</h2>
      <p className="trends-empty__text">
        Log cramps when they happen and fill in the daily check-in; after a few weeks these charts
        show how often cramps come, how strong they are, when they strike and what seemed to help.
      </p>
      <div className="form-actions">
        <Link className={buttonClass({ tone: 'primary' })} to="/journal/log">
          Log a cramp
        </Link>
        <Link className={buttonClass()} to="/check-in">
          Daily check-in
        </Link>
      </div>
    </section>
  )
}
