import { useEffect, useState } from 'react'
import { mainNow } from '@renderer/lib/main-clock'

/**
 * Main's "now", re-read every `everyMs` and whenever the window comes back
 * into view: each reading is computed from the clock, so a throttled or
 * sleeping timer never makes it drift.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(mainNow)
  useEffect(() => {
    const tick = () => {
      setNow(mainNow())
    }
    const id = setInterval(tick, everyMs)
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(id)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [everyMs])
  return now
}
