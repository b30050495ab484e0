import type {Lang, SentencePair, Span} from '../types.js'
import type {RuleContext, SharedAnalysis} from './rule.js'
import {acronymDefinitions, learnTerms} from './terms.js'
import {findEnumerations, type Enumeration} from './values/enumerations.js'
import {polaritySignals, type PolaritySignals} from './polarity.js'
import {alignBeadWords} from './words.js'
import type {AcronymDefinition, TermPair} from './terms.js'
import type {BeadWords} from './words.js'

/**
 * The computations several rules share, for one check: each made on first
 * use and kept for the rest of the check, so that no rule depends on another
 * having run, and no state outlives the check.
 */
export function sharedAnalysis(context: RuleContext): SharedAnalysis {
  let terms: TermPair[] | undefined
  let beadWords: BeadWords[] | undefined
  const acronyms = new Map<Lang, AcronymDefinition[]>()
  const enumerations = new WeakMap<Span, Enumeration[]>()
  const similarities = new Map<SentencePair, number | undefined>()
  const polarities = new WeakMap<BeadWords, PolaritySignals>()
  const shared: SharedAnalysis = {
    get terms() {
      terms ??= learnTerms(context, shared)
      return terms
    },
    acronyms(lang) {
      let found = acronyms.get(lang)
      if (found === undefined) {
        found = acronymDefinitions(context, lang)
        acronyms.set(lang, found)
      }
      return found
    },
    get beadWords() {
      beadWords ??= alignBeadWords(context, shared.terms)
      return beadWords
    },
    enumerations(span, lang) {
      let found = enumerations.get(span)
      if (found === undefined) {
        found = findEnumerations(span.text, lang)
        enumerations.set(span, found)
      }
      return found
    },
    polarity(words) {
      let found = polarities.get(words)
      if (found === undefined) {
        found = polaritySignals(words, context.lexicon)
        polarities.set(words, found)
      }
      return found
    },
    similarity(bead) {
      const model = context.similarity
      if (model === undefined) return undefined
      if (similarities.has(bead)) return similarities.get(bead)
      const value = model(bead.en.map((span) => span.text).join(' '), bead.fr.map((span) => span.text).join(' '))
      const score = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : undefined
      similarities.set(bead, score)
      return score
    },
  }
  return shared
}
