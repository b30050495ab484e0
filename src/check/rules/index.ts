import type {Rule} from '../rule.js'

/**
 * Every rule pareil runs, in the order it runs them. The divergence checks
 * arrive with later issues (see docs/rules/); each is one module added here.
 */
export const rules: readonly Rule[] = []
