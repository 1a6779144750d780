import { useState } from 'react'

/**
 * A form draft that starts from saved values and follows them when they
 * change elsewhere (tray, another window), but only while the user has not
 * edited it: their typing always wins.
 */
export function useDraft<T extends Record<string, string>>(source: T) {
  const [base, setBase] = useState(source)
  const [draft, setDraft] = useState(source)

  if (!sameValues(base, source)) {
    // Adjusting state while rendering: React re-renders at once, no flash.
    setBase(source)
    if (sameValues(draft, base)) setDraft(source)
  }

  const update = (patch: Partial<T>) => {
    setDraft((current) => ({ ...current, ...patch }))
  }
  return { draft, update, reset: setDraft, dirty: !sameValues(draft, source) }
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
