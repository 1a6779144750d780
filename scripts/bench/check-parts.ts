import { localDate, localMinuteOfDay } from '../../shared/domain/local-time'
import { localParts } from './days'

/** Every `every`th row: the fast local date and minute must equal the app's own. */
export function spotCheck(i: number, at: number, utcOffsetMin: number, every = 997): void {
  if (i % every !== 0) return
  const fast = localParts(at, utcOffsetMin)
  const instant = { at, utcOffsetMin }
  if (fast.date !== localDate(instant) || fast.minute !== localMinuteOfDay(instant)) {
    throw new Error(`local time of ${at} at ${utcOffsetMin} min differs from the app's`)
  }
}
