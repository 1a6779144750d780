import { BusyMonitor } from './detector'
import { platformDetectors } from './platform'

/**
 * The busy source for the running app: this platform's detectors, read only
 * when the reminders ask. `onReading` reaches the reminders of the moment
 * (they come and go with the database).
 */
export function systemBusy(onReading: () => void): BusyMonitor {
  const { detectors, support } = platformDetectors({ platform: process.platform, env: process.env })
  return new BusyMonitor(detectors, support, onReading)
}
