// What other features use of routines; everything else is its own.
export { kindLabels } from './format'
export { playPath } from './paths'
