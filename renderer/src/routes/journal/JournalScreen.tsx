import { EmptyState } from '../../components/EmptyState'
import { JournalIcon } from '../../components/icons'
import { ScreenHeader } from '../../components/ScreenHeader'

export function JournalScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Journal" lead="Your cramps and daily check-ins, in one place." />
      <EmptyState icon={<JournalIcon size={28} />} title="Your journal will live here">
        <p>
          You’ll be able to log each cramp as it happens: when it struck, which leg, how long it
          lasted and how bad it was, and what might have set it off, such as fatigue, heat, low
          fluids or a tight muscle.
        </p>
        <p>
          A short daily check-in will note the things that matter for cramps, like water, activity
          and sleep, so patterns have something to show.
        </p>
      </EmptyState>
    </div>
  )
}
