import type {Lang} from '../../types.js'
import type {Rule} from '../rule.js'
import {joinSpans} from '../spans.js'
import {tokensSpan} from '../words.js'

/**
 * Between what the rule finds where a negation was put in or taken out (95% of French insertions) and what it
 * finds on clean documents (3 real of 11 on the corpus): real negation flips are rare (docs/rules/negation-mismatch.md).
 */
const confidence = 0.55

/**
 * A sentence negative in one version and not in the other: "The department is responsible" against "Le ministère
 * n'est pas responsable". The other version may say "not" with a word ("fail", "unless", "sans frais" /
 * "toll-free") or a prefix ("impossible" / "pas possible"); a negation of a negative word ("do not hesitate") or
 * of a bound ("shall not exceed") says no "not" at all.
 */
export const negationMismatch: Rule = {
  meta: {
    id: 'negation-mismatch',
    category: 'meaning',
    defaultSeverity: 'warning',
    description: 'One version negates a sentence that the other says without a negation.',
    messages: {
      negatedOneSide: 'the {{negatedLang}} is negative (“{{negation}}”) where the {{plainLang}} is not',
    },
  },
  check(context) {
    for (const words of context.shared.beadWords) {
      const mismatch = context.shared.polarity(words).negationMismatch
      if (mismatch === undefined) continue
      const {negated, negation} = mismatch
      const plain: Lang = negated === 'en' ? 'fr' : 'en'
      const negatedSpan = tokensSpan(context, words, negated, [...negation.cues, ...negation.governs])
      // What the negation bears on, as the other version says it: the negated verb's counterpart, else that of the
      // first word after the negation that has one ("n'est pas responsable" → "responsible").
      const counterparts = negated === 'en' ? words.alignment.enCounterpart : words.alignment.frCounterpart
      const counterpartOf = (k: number) => counterparts[k] ?? -1
      const last = Math.max(...negation.cues)
      const after = [1, 2, 3].map((d) => last + d).filter((k) => counterpartOf(k) !== -1)
      const bearing = negation.governs.some((k) => counterpartOf(k) !== -1) ? negation.governs : after.slice(0, 1)
      const answered = bearing.map(counterpartOf).filter((k) => k !== -1)
      const plainSpan = answered.length > 0 ? tokensSpan(context, words, plain, answered) : joinSpans(words.bead[plain])
      context.report({
        messageId: 'negatedOneSide',
        data: {negatedLang: negated, plainLang: plain, negation: negatedSpan?.text ?? ''},
        confidence,
        en: negated === 'en' ? negatedSpan : plainSpan,
        fr: negated === 'fr' ? negatedSpan : plainSpan,
      })
    }
  },
}
