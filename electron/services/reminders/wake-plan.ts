import {
  isDeskKind,
  mayFireAt,
  ReminderKind,
  type ScheduleContext,
  type UpcomingReminder,
} from '../../../shared/domain/reminders'
import type { ScheduleCache } from './due'
import type { Presence } from './presence'

interface PollNeeds {
  /** Move or hydrate is on: idle matters at all. */
  anyDesk: boolean
  /** Move is on: breaks reset it, so they are watched for between due times. */
  move: boolean
  /** A desk reminder came due while the user was away and waits for them. */
  heldDesk: boolean
}

/**
 * When the next idle poll should happen, or null for none. Idle is only read
 * while a desk reminder could show (inside a desk stretch, not asleep or
 * locked); with hydrate alone it is read only when hydrate comes due.
 */
export function nextPollAt(
  now: number,
  presence: Presence,
  ctx: ScheduleContext,
  cache: ScheduleCache,
  needs: PollNeeds,
): number | null {
  if (presence.blocked || !needs.anyDesk) return null
  const span = cache.span(now, ctx)
  if (span === null) return null
  // Move needs breaks noticed as they happen; hydrate only needs the return of an away user.
  const watching = needs.move || needs.heldDesk
  // At the start of the next stretch one reading tells who is at the desk.
  if (span.start > now) return watching ? span.start : null
  if (!watching) return null
  const next = presence.nextPollAt(now, ctx.settings.idleThresholdMin * 60_000)
  if (next < span.end) return next
  // A reminder held for an away user expires when the stretch ends.
  if (needs.heldDesk) return span.end
  return cache.span(span.end, ctx)?.start ?? null
}

/** The one time to wake at: the earliest of all candidates. */
export function earliest(times: readonly (number | null)[]): number | null {
  let best: number | null = null
  for (const t of times) if (t !== null && (best === null || t < best)) best = t
  return best
}

export interface WakePlan {
  /** The single time to arm the timer for; null when nothing can happen (e.g. paused until resumed). */
  wakeAt: number | null
  /** For the tray: each reminder that has a next time, soonest first. */
  upcoming: UpcomingReminder[]
}

/**
 * Everything that could need the scheduler awake, reduced to one time:
 * each reminder's due time (none while asleep or locked; a desk reminder
 * held for an away user is left to the idle polls), the next idle poll and
 * the end of a pause.
 */
export function planWake(
  now: number,
  ctx: ScheduleContext,
  presence: Presence,
  cache: ScheduleCache,
  dueOf: (kind: ReminderKind) => number | null,
): WakePlan {
  const upcoming: UpcomingReminder[] = []
  const candidates: (number | null)[] = [ctx.pause?.until ?? null]
  let heldDesk = false
  for (const kind of ReminderKind.options) {
    const due = dueOf(kind)
    if (due === null) continue
    // While the user is away, move has no time yet: it restarts when they are back.
    if (due > now && !(kind === 'move' && presence.absent)) upcoming.push({ kind, at: due })
    if (presence.blocked) continue
    if (isDeskKind(kind) && due <= now && presence.absent) {
      heldDesk ||= kind === 'hydrate' && mayFireAt(kind, now, ctx)
      continue
    }
    candidates.push(due)
  }
  const { move, hydrate } = ctx.settings
  candidates.push(
    nextPollAt(now, presence, ctx, cache, {
      anyDesk: move.enabled || hydrate.enabled,
      move: move.enabled,
      heldDesk,
    }),
  )
  return { wakeAt: earliest(candidates), upcoming: upcoming.sort((a, b) => a.at - b.at) }
}
