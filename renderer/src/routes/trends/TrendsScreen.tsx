import { EmptyState } from '../../components/EmptyState'
import { TrendsIcon } from '../../components/icons'
import { ScreenHeader } from '../../components/ScreenHeader'

// Charts (recharts) will be lazy-loaded here so they never weigh on start-up.
export function TrendsScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Trends" lead="What your journal shows over time." />
      <EmptyState icon={<TrendsIcon size={28} />} title="Trends and patterns will live here">
        <p>
          Once your journal has a few entries, this screen will chart how often cramps come, how
          strong they are and what time of day they strike.
        </p>
        <p>
          Limber will also point out which common pattern your cramps resemble: the weekend warrior,
          the 3 a.m. ambush, hydration and nutrition, or one worth taking to a professional, and say
          plainly when something you logged is a reason to see a clinician.
        </p>
      </EmptyState>
    </div>
  )
}
