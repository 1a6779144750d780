/**
 * Which links may leave the app for the system browser, and when. Limber
 * itself shows no outside links today, so the packaged list is empty; a
 * screen that needs one adds its exact https origin here.
 */
export const EXTERNAL_ORIGINS: readonly string[] = []

/** A link counts as clicked if it opens this soon after the user's click or key press. */
export const GESTURE_WINDOW_MS = 1000

// Same rule as the origin policy: anything a browser would "repair" is refused.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPICIOUS = /[\s\\\u0000-\u001f\u007f]/

/** True only for a plain https URL on one of `origins`: no credentials, no port, nothing odd. */
export function isAllowedExternal(url: unknown, origins: readonly string[]): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return false
  if (SUSPICIOUS.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    // The URL as written must already be in its normal form: no IDN or case tricks.
    url.startsWith(`${parsed.origin}/`) &&
    origins.includes(parsed.origin)
  )
}

/** The input events Electron reports that count as the user activating a link. */
export interface InputLike {
  type: string
  key?: string
}

/**
 * Remembers when the user last clicked or pressed Enter/Space in a window,
 * so a page cannot open links on its own (a script calling window.open, or
 * a timer clicking a link, arrives with no recent gesture).
 */
export class GestureClock {
  private last = Number.NEGATIVE_INFINITY

  constructor(private readonly now: () => number = Date.now) {}

  observe(input: InputLike): void {
    const click = input.type === 'mouseDown' || input.type === 'mouseUp'
    const key = input.type === 'keyDown' && (input.key === 'Enter' || input.key === ' ')
    if (click || key) this.last = this.now()
  }

  recent(): boolean {
    return this.now() - this.last <= GESTURE_WINDOW_MS
  }
}
