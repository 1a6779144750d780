import type { Core } from '../services/core'
import type { Handlers } from './types'

type CheckInChannel =
  | 'checkins:get'
  | 'checkins:save'
  | 'checkins:range'
  | 'checkins:night-report'
  | 'medications:list'
  | 'medications:save'

export function checkInHandlers(core: Core): Pick<Handlers, CheckInChannel> {
  const s = () => core.services().checkIns
  return {
    'checkins:get': ({ date }) => s().get(date),
    'checkins:save': (fields) => s().save(fields),
    'checkins:range': ({ from, to }) => s().between(from, to),
    'checkins:night-report': ({ date, report }) => s().setNightReport(date, report),
    'medications:list': () => s().medications(),
    'medications:save': (fields) => s().saveMedication(fields),
  }
}
