import { ManualClock } from '../../shared/domain/clock'
import type { EventName } from '../../shared/contract'
import { Core, type CoreOptions } from '../services/core'

/** A Core on a temp data folder with a manual clock (UTC+1 unless told), recording events and quits. */
export function testCore(
  dataDir: string,
  now = Date.UTC(2026, 10, 25, 9),
  utcOffsetMin: (at: number) => number = () => 60,
  extra: Pick<CoreOptions, 'workoutReader'> = {},
) {
  const events: { name: EventName; payload: unknown }[] = []
  let quits = 0
  const clock = new ManualClock(now, utcOffsetMin)
  const core = new Core({
    dataDir,
    clock,
    info: { name: 'Limber', version: '0.0.0-test', shell: 'browser' },
    emit: (name, payload) => events.push({ name, payload }),
    quit: () => {
      quits++
    },
    ...extra,
  })
  return { core, clock, events, quits: () => quits }
}
