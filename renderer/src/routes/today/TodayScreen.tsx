import { Button } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import { Link } from 'react-router'
import { HandIcon, InfoIcon, PatternIcon, ShieldIcon } from '@renderer/components/icons'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { mainNow } from '@renderer/lib/main-clock'
import { journalQueries } from '@renderer/features/episodes/queries'
// The component itself, not the experiments index: that carries the result
// chart (recharts) and zod, which the first screen must not load.
import { TonightLine } from '@renderer/features/experiments/components/TonightLine'
import { AdherenceSection } from '@renderer/features/routines/components/AdherenceSection'
import { playPath } from '@renderer/features/routines/paths'
import { SAME_DAY_TEXT } from '@shared/domain/red-flag-text'
import { BUILT_IN_IDS } from '@shared/domain/routines/catalogue'
import { MorningPrompt } from './MorningPrompt'
import { RecentCramps } from './RecentCramps'
import { StrategyCard } from './StrategyCard'
import { TodayActions } from './TodayActions'
import { TodayFlags } from './TodayFlags'
import './today.css'

/**
 * Home: the actions first (Cramp now, log, check in), then the morning
 * question, any red flags and recent cramps, then the three-part strategy
 * from CONTENT.md (React · Prevent · Watch patterns) in Limber's own words.
 */
export function TodayScreen() {
  const summary = useQuery(journalQueries.today())
  const date = summary.data ? parseISO(summary.data.date) : mainNow()
  return (
    <div className="screen today">
      <ScreenHeader title="Today" lead={format(date, 'EEEE d MMMM')} />
      <TodayActions />
      <TonightLine />
      {summary.data ? (
        <>
          <MorningPrompt date={summary.data.date} show={summary.data.askAboutLastNight} />
          <TodayFlags flags={summary.data.flags} medicationNote={summary.data.medicationNote} />
        </>
      ) : summary.isError ? (
        <Notice tone="warning" title="Limber couldn’t load today’s summary">
          <p>{summary.error.message}</p>
          <div>
            <Button onClick={() => void summary.refetch()}>Try again</Button>
          </div>
        </Notice>
      ) : null}
      <RecentCramps lastNightCramps={summary.data?.lastNightCramps ?? 0} />
      <AdherenceSection />
      <p className="today__intro">
        Limber is built around three things: easing a cramp when it hits, making the next one less
        likely, and noticing what your cramps have in common.
      </p>
      <div className="strategy-list">
        <StrategyCard
          icon={<HandIcon />}
          kicker="React"
          title="When a cramp hits"
          footer={
            <Link to={playPath(BUILT_IN_IDS.crampRelief, 'today')}>
              Play the guided cramp-relief routine
            </Link>
          }
        >
          <ol className="list">
            <li>
              Stretch gently first: leg straight, hinge forward from the hips until you feel a pull
              along the back of the thigh, never sharp pain. Hold 20–30 seconds and breathe.
            </li>
            <li>Massage the muscle, then bend and straighten the knee once the worst passes.</li>
            <li>Warmth helps during the cramp; brief ice afterwards only if it stays sore.</li>
            <li>Drink some water, with electrolytes after heavy sweating or heat.</li>
          </ol>
        </StrategyCard>
        <StrategyCard
          icon={<ShieldIcon />}
          kicker="Prevent"
          title="Make the next one less likely"
          footer={<Link to="/routines">Warm-up, cool-down, bedtime and strength routines</Link>}
        >
          <ul className="list">
            <li>Warm up for 5–10 minutes before hard exercise; cool down with gentle stretches.</li>
            <li>Two or three hamstring and calf stretches before bed help some people at night.</li>
            <li>Build hamstring strength gradually, about twice a week.</li>
            <li>
              Drink steadily through the day, a little more around exercise; pale-yellow urine is
              the usual aim.
            </li>
            <li>
              Eat foods with potassium, magnesium and calcium, and a moderate amount of salt (more
              with heavy sweating).
            </li>
            <li>
              In bed, a pillow under the knees when you lie on your back, and looser bedding so your
              legs are not held bent or your toes pointed.
            </li>
          </ul>
          <p className="card__text">
            With kidney disease or a fluid or mineral limit, your clinician’s rules come before any
            hydration or electrolyte tip.
          </p>
        </StrategyCard>
        <StrategyCard
          icon={<PatternIcon />}
          kicker="Watch patterns"
          title="Notice what your cramps share"
          footer={<Link to="/journal">Open your journal</Link>}
        >
          <p>
            When and where cramps strike, and what came before, can point to what sets yours off.
          </p>
          <p>See a clinician if cramps:</p>
          <ul className="list">
            <li>are frequent or severe, or wake you most nights</li>
            <li>come with weakness, numbness, swelling or a change in skin colour</li>
            <li>don’t ease after a few days, or the leg looks or feels different</li>
            <li>come on when you walk and ease when you rest</li>
          </ul>
          <p className="card__text">{SAME_DAY_TEXT}</p>
        </StrategyCard>
      </div>
      <p className="disclaimer">
        <InfoIcon size={18} />
        <span>Limber is not a medical device and does not replace a clinician.</span>
      </p>
    </div>
  )
}
