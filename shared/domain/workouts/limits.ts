/** A Strava export of a thousand activities runs to a few hundred MB; more is refused before it is read. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024

/** Files in one import call: the contract's limit, and the page's batch size. */
export const MAX_FILES_PER_IMPORT = 100
