import {coverage} from '../words/link.js'
import type {RuleContext} from './rule.js'
import type {BeadWords} from './words.js'

/** Below this share of content words with a counterpart, on both sides, two sentences talk about different things. */
export const lowCoverage = 0.3
/** Sentences of fewer content words than this say too little to judge. */
const minimumContent = 3

/**
 * Whether a bead's two sides talk about different things: too few content
 * words with a counterpart on both sides, unless the user's similarity model
 * says they mean the same. meaning-shift reports such beads; unmatched-content
 * leaves them to it.
 */
export function isMeaningShift(words: BeadWords, context: RuleContext): boolean {
  const count = (lang: 'en' | 'fr') => words.alignment[lang].filter((token) => token.content && token.kind !== 'number').length
  if (count('en') < minimumContent || count('fr') < minimumContent) return false
  const covered = coverage(words.alignment)
  if (covered.en >= lowCoverage || covered.fr >= lowCoverage) return false
  const similarity = context.shared.similarity(words.bead)
  return similarity === undefined || similarity < 0.5
}
