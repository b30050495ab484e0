import {conventionalRole} from '../align/conventions.js'
import type {SentencePair} from '../types.js'
import {linkWords} from '../words/link.js'
import {equivalenceFeatures, equivalenceOf} from './equivalence.js'
import {polaritySignals} from './polarity.js'
import type {RuleContext} from './rule.js'
import {placedTokens, type BeadWords} from './words.js'

/**
 * Salutations and closings of the same role say the same thing by convention ("Dear Minister" / "Monsieur le
 * Ministre"), whatever their words: their equivalence is this.
 */
export const conventionEquivalence = 0.95

/**
 * The equivalence of every sentence bead with both sides: from the word alignment the rules share, or, for the
 * beads the word rules leave out (bilingual and neutral blocks), from one made here; conventional sentences of
 * the same role take `conventionEquivalence`.
 */
export function beadEquivalence(context: RuleContext): Map<SentencePair, number> {
  const found = new Map<SentencePair, number>()
  for (const words of context.shared.beadWords) {
    found.set(words.bead, equivalenceOf(equivalenceFeatures(words, context.shared.polarity(words), context.lexicon), context.shared.similarity(words.bead)))
  }
  for (const pair of context.pairs) {
    for (const bead of pair.sentences) {
      if (found.has(bead) || bead.en.length === 0 || bead.fr.length === 0) continue
      const role = {
        en: conventionalRole(bead.en.map((span) => span.text).join(' '), 'en'),
        fr: conventionalRole(bead.fr.map((span) => span.text).join(' '), 'fr'),
      }
      if (role.en !== undefined && role.en === role.fr) {
        found.set(bead, conventionEquivalence)
        continue
      }
      const alignment = linkWords(placedTokens(bead.en, 'en'), placedTokens(bead.fr, 'fr'), {lexicon: context.lexicon})
      const words: BeadWords = {pair, bead, alignment}
      found.set(bead, equivalenceOf(equivalenceFeatures(words, polaritySignals(words, context.lexicon), context.lexicon), context.shared.similarity(bead)))
    }
  }
  return found
}
