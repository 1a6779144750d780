/**
 * Main owns the clock: the journal's "now" is the one its services use (in
 * the app the same machine clock; in the browser harness, one tests can
 * move). Every LiveState carries main's `now`, so the page keeps the
 * difference and reads "now" as its own clock plus that difference.
 */
let skewMs = 0

/** Records main's `now` as just received. */
export function syncMainClock(mainNow: number): void {
  skewMs = mainNow - Date.now()
}

/** Main's current time, epoch ms. */
export function mainNow(): number {
  return Date.now() + skewMs
}

/** The browser zone's UTC offset at an instant, minutes east (+60 for CET). */
export function browserOffsetMin(at: number): number {
  // getTimezoneOffset is minutes *behind* UTC; `|| 0` turns -0 into 0.
  return -new Date(at).getTimezoneOffset() || 0
}
