import { EmptyState } from '../../components/EmptyState'
import { RoutinesIcon } from '../../components/icons'
import { ScreenHeader } from '../../components/ScreenHeader'

/** The built-in routines from CONTENT.md, with their default lengths. */
const upcoming = [
  { name: 'Warm-up', length: 'about 7 min', use: 'before hard exercise' },
  { name: 'Cool-down', length: 'about 6 min', use: 'after exercise' },
  { name: 'Bedtime', length: 'about 4 min', use: 'to help with night cramps' },
  { name: 'Desk break', length: 'about 3 min', use: 'after sitting for a while' },
  { name: 'Cramp relief', length: 'about 3 min', use: 'when a cramp hits' },
  { name: 'Strength', length: 'about 15 min', use: 'twice a week' },
] as const

export function RoutinesScreen() {
  return (
    <div className="screen">
      <ScreenHeader title="Routines" lead="Short, guided stretches and exercises." />
      <EmptyState icon={<RoutinesIcon size={28} />} title="Guided routines will live here">
        <p>
          Each routine will walk you through its steps with a timer, and you’ll be able to change
          the durations to suit you.
        </p>
        <ul className="routine-list">
          {upcoming.map((routine) => (
            <li key={routine.name} className="routine-list__item">
              <span className="routine-list__name">{routine.name}</span>
              <span className="tag">{routine.length}</span>
              <span className="routine-list__use">{routine.use}</span>
            </li>
          ))}
        </ul>
      </EmptyState>
    </div>
  )
}
