import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { Adherence } from '@shared/domain/routines/history'
import { MoonIcon, RoutinesIcon } from '@renderer/components/icons'
import { routinesQueries } from '../queries'
import { FlameIcon } from './icons'
import './adherence.css'

interface Tile {
  key: string
  icon: ReactNode
  value: string
  label: string
  note: string
}

/** Habits, said kindly: what went well, and an easy next step when nothing has yet. */
export function adherenceTiles(a: Adherence): Tile[] {
  const bedtime =
    a.bedtimeNights === 0
      ? 'Tonight could be the first.'
      : a.bedtimeNights >= 5
        ? 'A steady habit.'
        : 'Every night counts.'
  const warmUps =
    a.exerciseDays === 0
      ? 'Warm-ups count here once you log exercise.'
      : a.warmedUpDays === a.exerciseDays
        ? 'Every one of them. Nicely done.'
        : 'A few minutes before the next one helps.'
  const streak =
    a.streakDays === 0
      ? // Said plainly, because History lists stopped sessions too.
        'A day counts once every step of a routine is done, apart from optional ones. A routine stopped before that is in History but does not count here.'
      : a.streakDays === 1
        ? 'A good start.'
        : 'Keep it easy and keep it going.'
  return [
    {
      key: 'bedtime',
      icon: <MoonIcon />,
      value: `${a.bedtimeNights} of 7`,
      label: 'nights with the bedtime stretch',
      note: bedtime,
    },
    {
      key: 'warm-ups',
      icon: <RoutinesIcon />,
      value: a.exerciseDays === 0 ? 'None yet' : `${a.warmedUpDays} of ${a.exerciseDays}`,
      label:
        a.exerciseDays === 0
          ? 'exercise logged in check-ins (30 days)'
          : 'exercise days with a warm-up first (30 days)',
      note: warmUps,
    },
    {
      key: 'streak',
      icon: <FlameIcon />,
      value: a.streakDays === 1 ? '1 day' : `${a.streakDays} days`,
      label: 'in a row with a routine done',
      note: streak,
    },
  ]
}

export function AdherenceSection() {
  const adherence = useQuery(routinesQueries.adherence())
  if (!adherence.data) return null
  return (
    <section className="adherence" aria-labelledby="adherence-title">
      <h2 id="adherence-title" className="visually-hidden">
        Your habits
      </h2>
      <ul className="adherence__list">
        {adherenceTiles(adherence.data).map((tile) => (
          <li key={tile.key} className="adherence__tile">
            <span className="card__icon">{tile.icon}</span>
            <p>
              <span className="adherence__value">{tile.value}</span>{' '}
              <span className="adherence__label">{tile.label}</span>
            </p>
            <p className="adherence__note">{tile.note}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
