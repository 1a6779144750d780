import type { IdleSource } from './ports'

/** Where no idle counter exists (tests, the browser preview): the user never looks away. */
export const alwaysPresent: IdleSource = { idleSeconds: () => 0 }
