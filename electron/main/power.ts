import { powerMonitor } from 'electron'
import type { ReminderControls } from '../services/reminders/controls'
import type { IdleSource } from '../services/reminders/ports'

/**
 * Tells the reminders about sleep and the lock screen, so they recompute
 * from absolute due times instead of firing a burst of stale ones. The
 * reminders are looked up at each event: they come and go with the database.
 *
 * Electron emits lock-screen and unlock-screen on macOS and Windows only.
 * On Linux nothing says the screen locked, so presence there rests on
 * polling the idle time alone: a locked screen shows up as growing idle
 * time, seen at the next poll (at most 15 s later, once a minute while away;
 * electron/services/reminders/idle.test.ts checks Linux sees the same break).
 */
export function forwardPowerEvents(reminders: () => ReminderControls | null): () => void {
  const to = (call: (controls: ReminderControls) => void) => (): void => {
    const controls = reminders()
    if (controls) call(controls)
  }
  const suspend = to((c) => {
    c.systemSuspended()
  })
  const resume = to((c) => {
    c.systemResumed()
  })
  const lock = to((c) => {
    c.screenLocked()
  })
  const unlock = to((c) => {
    c.screenUnlocked()
  })
  powerMonitor.on('suspend', suspend)
  powerMonitor.on('resume', resume)
  powerMonitor.on('lock-screen', lock)
  powerMonitor.on('unlock-screen', unlock)
  return () => {
    powerMonitor.removeListener('suspend', suspend)
    powerMonitor.removeListener('resume', resume)
    powerMonitor.removeListener('lock-screen', lock)
    powerMonitor.removeListener('unlock-screen', unlock)
  }
}

/**
 * Seconds since the last keyboard or mouse input. Read only when the
 * scheduler asks (at most every 15 s); powerMonitor works only after ready.
 */
export const systemIdle: IdleSource = {
  idleSeconds: () => powerMonitor.getSystemIdleTime(),
}
