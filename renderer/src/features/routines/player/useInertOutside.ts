import { useEffect, type RefObject } from 'react'

/**
 * Makes everything outside `ref` inert (not focusable, hidden from assistive
 * tech) while mounted, so a full-window view drawn over the app shell keeps
 * Tab inside it. Live regions (the toasts) stay reachable.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const made: HTMLElement[] = []
    let node = ref.current
    while (node && node !== document.body) {
      const parent: HTMLElement | null = node.parentElement
      for (const sibling of Array.from(parent?.children ?? [])) {
        if (sibling === node || !(sibling instanceof HTMLElement)) continue
        if (
          sibling.inert ||
          sibling.matches('script, [aria-live]') ||
          sibling.querySelector('[aria-live]')
        )
          continue
        sibling.inert = true
        made.push(sibling)
      }
      node = parent
    }
    return () => {
      for (const element of made) element.inert = false
    }
  }, [ref])
}
