import {coverage} from '../../words/link.js'
import {isMeaningShift, lowCoverage} from '../meaning.js'
import type {Rule} from '../rule.js'
import {joinSpans} from '../spans.js'

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
    // Coverages are whole percentages.
    messages: {
      lowCoverage:
        'these sentences are aligned but say different things: {{enCoverage}}% of the English content words and {{frCoverage}}% of the French have a counterpart',
    },
  },
  check(context) {
    for (const words of context.shared.beadWords) {
      if (!isMeaningShift(words, context)) continue
      const en = joinSpans(words.bead.en)
      const fr = joinSpans(words.bead.fr)
      const covered = coverage(words.alignment)
      const similarity = context.shared.similarity(words.bead)
      context.report({
        messageId: 'lowCoverage',
        data: {enCoverage: percent(covered.en), frCoverage: percent(covered.fr)},
        confidence: similarity === undefined ? 0.55 + 0.4 * (lowCoverage - Math.max(covered.en, covered.fr)) : 0.5 + 0.45 * (1 - similarity),
        en,
        fr,
      })
    }
  },
}

function percent(share: number): number {
  return Math.round(share * 100)
}
