import type {Rule} from '../rule.js'

/** The typography rules: each checks the profile the user asked for (`--profile`) and stays quiet without one. */
export const typographyRules: readonly Rule[] = []
