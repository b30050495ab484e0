import type {Lang, Span} from '../types.js'
import {coverage, linkWords} from '../words/link.js'
import {tokenize} from '../words/tokens.js'
import type {RuleContext} from './rule.js'

/** How many pairs of blocks on each side of a text's own its counterpart is looked for in. */
const reach = 2

/**
 * The largest share of a text's content words that one sentence of the other
 * language translates, among the sentences of the pairs of blocks around the
 * text's own (`index`): high when a text said to have no counterpart was moved
 * or split off from a sentence the other version has nearby, low when nothing
 * near says what it says.
 */
export function nearbyCoverage(context: RuleContext, span: Span, present: Lang, index: number): number {
  const absent: Lang = present === 'en' ? 'fr' : 'en'
  const mine = tokenize(span.text, present)
  if (!mine.some((token) => token.content)) return 0
  let best = 0
  for (let k = Math.max(0, index - reach); k <= Math.min(context.pairs.length - 1, index + reach); k++) {
    for (const bead of context.pairs[k]?.sentences ?? []) {
      for (const other of bead[absent]) {
        const theirs = tokenize(other.text, absent)
        const alignment = present === 'en' ? linkWords(mine, theirs, {lexicon: context.lexicon}) : linkWords(theirs, mine, {lexicon: context.lexicon})
        best = Math.max(best, coverage(alignment)[present])
      }
    }
  }
  return best
}
