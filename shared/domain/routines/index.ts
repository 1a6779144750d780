// The routine player's pure core: schemas, the built-in catalogue, expansion
// into segments, the timing state machine, session records, and cues.
export * from './schema'
export * from './catalogue'
export * from './expand'
export * from './player'
export * from './session'
export * from './cues'
export * from './history'
