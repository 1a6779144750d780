import { useEffect, useState } from 'react'

/**
 * Half-filled forms live in sessionStorage, keyed by screen (and entry), so
 * leaving a form and coming back, or reloading the window, loses nothing.
 * A save clears the key. Nothing here outlives the window session.
 */
const PREFIX = 'limber.draft.'
const VERSION = 1

interface Stored {
  v: number
  draft: unknown
}

/** The stored draft as written (callers know its shape by its key), or null. */
export function readDraft(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + key)
    if (raw === null) return null
    const stored = JSON.parse(raw) as Partial<Stored> | null
    // A draft from another version of the form is dropped rather than misread.
    return stored?.v === VERSION && stored.draft !== undefined ? stored.draft : null
  } catch {
    return null
  }
}

export function writeDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify({ v: VERSION, draft } satisfies Stored))
  } catch {
    // Storage full or blocked: the form still works, it just will not survive leaving.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key)
  } catch {
    // Nothing to clear.
  }
}

/**
 * A form's state that survives navigation: starts from a stored draft when
 * one exists (`restored`), otherwise from `initial`; every change the user
 * makes is stored; `reset` starts clean.
 */
export function useStoredDraft<T>(key: string, initial: () => T, preset?: (draft: T) => T) {
  const [state, setState] = useState(() => {
    const stored = readDraft(key) as T | null
    const start = stored ?? initial()
    // A preset (such as "last night" from Today's question) counts as the user's own choice.
    return {
      draft: preset ? preset(start) : start,
      restored: stored !== null,
      touched: preset !== undefined,
    }
  })

  useEffect(() => {
    if (state.touched) writeDraft(key, state.draft)
  }, [key, state])

  return {
    draft: state.draft,
    restored: state.restored,
    update: (change: Partial<T> | ((draft: T) => T)) => {
      setState((s) => ({
        ...s,
        touched: true,
        draft: typeof change === 'function' ? change(s.draft) : { ...s.draft, ...change },
      }))
    },
    /** Back to a clean form (after saving, or "start over"). */
    reset: (next: T) => {
      clearDraft(key)
      setState({ draft: next, restored: false, touched: false })
    },
  }
}
