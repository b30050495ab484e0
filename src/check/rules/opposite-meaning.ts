import type {Rule} from '../rule.js'
import {tokensSpan} from '../words.js'

/** No finding on the clean corpus; most on perturbed text are real (docs/rules/opposite-meaning.md). */
const confidence = 0.6

/**
 * A word answered by a translation of its opposite: "increase" / "réduire", "before" / "après", "children" /
 * "adultes", "mandatory" / "facultatif". The opposites are the contrast sets of data/lexicon/contrasts.tsv; a
 * negated pole counts as its opposite ("not permitted" / "interdit" agree), and a sentence that says both poles
 * on one side is left alone.
 */
export const oppositeMeaning: Rule = {
  meta: {
    id: 'opposite-meaning',
    category: 'meaning',
    defaultSeverity: 'warning',
    description: 'A word of one version is answered by a word of opposite meaning in the other (increase / réduire, before / après).',
    messages: {
      opposite: 'the English says “{{enText}}” where the French says the opposite, “{{frText}}”',
    },
  },
  check(context) {
    for (const words of context.shared.beadWords) {
      for (const pair of context.shared.polarity(words).opposites) {
        const en = tokensSpan(context, words, 'en', pair.en.tokens)
        const fr = tokensSpan(context, words, 'fr', pair.fr.tokens)
        context.report({messageId: 'opposite', data: {enText: en?.text ?? '', frText: fr?.text ?? ''}, confidence, en, fr})
      }
    }
  },
}
