import { Button } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { CheckInForm } from '@renderer/features/checkins/components/CheckInForm'
import { DayNav } from '@renderer/features/checkins/components/DayNav'
import { dayName, isLocalDate, longDate, todayLocal } from '@renderer/features/checkins/dates'
import { checkInQueries } from '@renderer/features/checkins/queries'
import { settingsQueries } from '@renderer/features/settings/queries'
import '@renderer/features/checkins/checkin.css'

/** /check-in for today, /check-in/:date for an earlier day. */
export function CheckInScreen() {
  const params = useParams()
  const today = todayLocal()
  const date = params.date ?? today

  if (!isLocalDate(date) || date > today) {
    return (
      <div className="screen">
        <ScreenHeader title="Daily check-in" />
        <Notice
          tone="warning"
          title={
            date > today && isLocalDate(date)
              ? 'That day hasn’t happened yet'
              : 'That isn’t a date Limber can open'
          }
        >
          <p>Check-ins are for today or an earlier day.</p>
          <p>
            <Link to="/check-in">Go to today’s check-in</Link>
          </p>
        </Notice>
      </div>
    )
  }

  const name = dayName(date, today)
  const lead = name === 'Today' || name === 'Yesterday' ? `${name}, ${longDate(date, today)}` : name
  return (
    <div className="screen">
      <div className="checkin-header">
        <ScreenHeader title="Daily check-in" lead={lead} />
        <DayNav date={date} today={today} />
      </div>
      <CheckInBody key={date} date={date} />
    </div>
  )
}

function CheckInBody({ date }: { date: string }) {
  const day = useQuery(checkInQueries.day(date))
  const settings = useQuery(settingsQueries.get())
  const medications = useQuery(checkInQueries.medications())

  const failed = [day, settings, medications].find((q) => q.isError)
  if (failed?.error) {
    return (
      <Notice tone="danger" title="Limber couldn’t open this check-in">
        <p>{failed.error.message}</p>
        <div className="form-actions">
          <Button
            onClick={() => {
              for (const q of [day, settings, medications]) if (q.isError) void q.refetch()
            }}
          >
            Try again
          </Button>
        </div>
      </Notice>
    )
  }
  if (!day.data || !settings.data || !medications.data) {
    return (
      <p className="field__hint" role="status">
        Loading the check-in…
      </p>
    )
  }
  return (
    <CheckInForm
      // A new unit re-reads the amounts; unsaved typing is carried over, converted.
      key={settings.data.settings.waterUnit}
      date={date}
      day={day.data}
      unit={settings.data.settings.waterUnit}
      targetMl={settings.data.settings.waterTargetMl}
      medications={medications.data}
    />
  )
}
