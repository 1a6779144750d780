import { useEffect, useRef } from 'react'

/**
 * Calls `load` when the returned element comes within a screen of view in
 * its scrolling container. Observing again after each page (`pageCount`)
 * keeps loading while the list is still too short to fill the window. The
 * button stays as the keyboard and fallback way to load more.
 */
export function useLoadOnScroll<T extends HTMLElement>(
  enabled: boolean,
  pageCount: number,
  load: () => void,
) {
  const ref = useRef<T>(null)
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    const target = ref.current
    if (!enabled || !target || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadRef.current()
      },
      { root: target.closest('main'), rootMargin: '0px 0px 600px 0px' },
    )
    observer.observe(target)
    return () => {
      observer.disconnect()
    }
  }, [enabled, pageCount])

  return ref
}
