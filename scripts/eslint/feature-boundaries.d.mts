import type { Rule } from 'eslint'

/** See feature-boundaries.mjs. */
export declare const featureBoundaries: Rule.RuleModule
