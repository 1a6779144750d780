import { useEffect } from 'react'
import { setPlaying } from '../queries'

interface WakeLockSentinelLike {
  release(): Promise<void>
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>
}

function wakeLockApi(): WakeLockLike | null {
  const candidate = (navigator as { wakeLock?: WakeLockLike }).wakeLock
  return typeof candidate?.request === 'function' ? candidate : null
}

/**
 * While `active`: main keeps the display awake and stops throttling the
 * window (routines:playing), and the page holds a screen Wake Lock where the
 * browser has one (the preview). Both are let go when `active` ends and on
 * unmount. The browser drops a wake lock when the page is hidden, so it is
 * asked for again when the page shows.
 */
export function useKeepAwake(active: boolean): void {
  useEffect(() => {
    if (!active) return
    let released = false
    let sentinel: WakeLockSentinelLike | null = null
    const acquire = () => {
      const api = wakeLockApi()
      if (api === null || sentinel !== null || document.visibilityState !== 'visible') return
      api.request('screen').then(
        (lock) => {
          if (released) void lock.release().catch(() => undefined)
          else sentinel = lock
        },
        () => undefined,
      )
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        sentinel = null
        acquire()
      }
    }
    void setPlaying(true)
    acquire()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      released = true
      document.removeEventListener('visibilitychange', onVisibility)
      void sentinel?.release().catch(() => undefined)
      sentinel = null
      void setPlaying(false)
    }
  }, [active])
}
