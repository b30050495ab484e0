import type {SentencePair} from '../../types.js'
import {coverage} from '../../words/link.js'
import type {Rule, RuleContext} from '../rule.js'
import {joinSpans} from '../spans.js'
import {beadWords, type BeadWords} from '../words.js'

/** Below this share of content words with a counterpart, on both sides, two sentences talk about different things. */
const lowCoverage = 0.3
/** Sentences of fewer content words than this say too little to judge. */
const minimumContent = 3

/**
 * Aligned sentences that share too few words to be translations of each
 * other: the French says something else. With a user's similarity model, a
 * high similarity clears the pair and a low one makes the finding surer.
 */
export const meaningShift: Rule = {
  meta: {
    id: 'meaning-shift',
    category: 'meaning',
    defaultSeverity: 'warning',
    description: 'Two aligned sentences share too few words to say the same thing.',
  },
  check(context) {
    for (const words of beadWords(context)) {
      if (!isMeaningShift(words, context)) continue
      const en = joinSpans(words.bead.en)
      const fr = joinSpans(words.bead.fr)
      const covered = coverage(words.alignment)
      const similarity = similarityOf(words, context)
      context.report({
        message: `these sentences are aligned but say different things: ${percent(covered.en)} of the English content words and ${percent(covered.fr)} of the French have a counterpart`,
        confidence: similarity === undefined ? 0.55 + 0.4 * (lowCoverage - Math.max(covered.en, covered.fr)) : 0.5 + 0.45 * (1 - similarity),
        en,
        fr,
      })
    }
  },
}

/** Whether a bead's two sides talk about different things; unmatched-content leaves such beads to this rule. */
export function isMeaningShift(words: BeadWords, context: RuleContext): boolean {
  const count = (lang: 'en' | 'fr') => words.alignment[lang].filter((token) => token.content && token.kind !== 'number').length
  if (count('en') < minimumContent || count('fr') < minimumContent) return false
  const covered = coverage(words.alignment)
  if (covered.en >= lowCoverage || covered.fr >= lowCoverage) return false
  const similarity = similarityOf(words, context)
  return similarity === undefined || similarity < 0.5
}

// The user's model is asked once per bead: this rule and unmatched-content both need its answer.
const asked = new WeakMap<SentencePair, {similarity: RuleContext['similarity']; score: number | undefined}>()

function similarityOf(words: BeadWords, context: RuleContext): number | undefined {
  if (context.similarity === undefined) return undefined
  const known = asked.get(words.bead)
  if (known !== undefined && known.similarity === context.similarity) return known.score
  const value = context.similarity(words.bead.en.map((span) => span.text).join(' '), words.bead.fr.map((span) => span.text).join(' '))
  const score = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : undefined
  asked.set(words.bead, {similarity: context.similarity, score})
  return score
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
