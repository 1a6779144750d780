import { format, parseISO } from 'date-fns'
import type { Episode } from '@shared/domain/episode'
import { dayName, CheckInSummary } from '@renderer/features/checkins'
import { EpisodeCard } from '@renderer/features/episodes'
import { WorkoutCard } from '@renderer/features/workouts'
import type { TimelineDay } from '../group'

interface DayItemProps {
  day: TimelineDay
  today: string
  waterUnit: 'glasses' | 'ml'
  waterTargetMl: number
  medications: Parameters<typeof CheckInSummary>[0]['medications']
  onDelete: (episode: Episode) => void
}

/** One local day: its heading, the check-in first, then its cramps newest first, then imported sessions. */
export function DayItem({
  day,
  today,
  waterUnit,
  waterTargetMl,
  medications,
  onDelete,
}: DayItemProps) {
  const name = dayName(day.date, today)
  const relative = name === 'Today' || name === 'Yesterday'
  const headingId = `day-${day.date}`
  return (
    <li className="timeline-day">
      <h2 id={headingId} className="timeline-day__title">
        {name}
        {relative ? (
          <span className="timeline-day__date">{format(parseISO(day.date), 'EEEE d MMMM')}</span>
        ) : null}
      </h2>
      <ul className="timeline-day__entries">
        {day.checkIn ? (
          <li>
            <CheckInSummary
              checkIn={day.checkIn}
              waterUnit={waterUnit}
              waterTargetMl={waterTargetMl}
              medications={medications}
              dayLabel={name}
            />
          </li>
        ) : null}
        {day.episodes.map((episode) => (
          <li key={episode.id}>
            <EpisodeCard
              episode={episode}
              onDelete={() => {
                onDelete(episode)
              }}
            />
          </li>
        ))}
        {day.workouts.map((workout) => (
          <li key={workout.id}>
            <WorkoutCard workout={workout} />
          </li>
        ))}
      </ul>
    </li>
  )
}
