import type { Rule } from 'eslint'

/** See button-classes.mjs. */
export declare const buttonClasses: Rule.RuleModule
