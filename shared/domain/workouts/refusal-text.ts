import type { RefusalReason } from './session'

// Kept apart from the zod schemas so the window's start-up code can say
// why a dropped file was refused without carrying zod.
/** Why a file was refused, as the import summary says it. */
export const REFUSAL_TEXT: Record<RefusalReason, string> = {
  empty: 'The file is empty.',
  'corrupt-header': 'The file’s header is damaged, so it cannot be read safely.',
  'cut-off': 'The file is cut off part-way and holds no whole session summary.',
  'no-timestamps': 'The file has no usable timestamps, so no session can be made from it.',
  'not-a-workout':
    'This is not a workout file Limber can read (FIT, GPX, TCX, a Strava or Apple Health export).',
  'unsafe-archive': 'The zip holds paths outside its own folder, so it was not opened.',
  'too-large':
    'The zip’s contents are larger than they claim or than Limber accepts, so it was not opened.',
  'unsafe-xml': 'The file declares its own XML entities, which Limber never expands.',
}
