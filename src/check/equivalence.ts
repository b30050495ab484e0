import type {Lexicon} from '../words/lexicon.js'
import {coverage} from '../words/link.js'
import {equivalenceModel} from './equivalence-model.js'
import type {PolaritySignals} from './polarity.js'
import {findSubstitutions} from './substitutions.js'
import type {BeadWords} from './words.js'

/**
 * What the equivalence of a sentence bead is estimated from, each a number the model weighs (see
 * equivalence-model.ts, fitted by scripts/calibrate-equivalence.mjs). Named, so that the model and the docs say
 * what each weight is for.
 */
export const equivalenceFeatureNames = [
  'coverageEn',
  'coverageFr',
  'coverageMin',
  'unmatchedEn',
  'unmatchedFr',
  'lengthDisagreement',
  'numbersApart',
  'negationMismatch',
  'modalityConflict',
  'opposites',
  'substitutions',
  'contentWords',
  'coverageByLength',
] as const

/** The features of a bead, in the order of `equivalenceFeatureNames`. */
export function equivalenceFeatures(words: BeadWords, polarity: PolaritySignals, lexicon: Lexicon): number[] {
  const covered = coverage(words.alignment)
  const content = (lang: 'en' | 'fr') => words.alignment[lang].filter((token) => token.content).length
  const unmatched = (lang: 'en' | 'fr') => {
    const counterparts = lang === 'en' ? words.alignment.enCounterpart : words.alignment.frCounterpart
    return words.alignment[lang].filter((token, k) => token.content && counterparts[k] === -1).length
  }
  const characters = (lang: 'en' | 'fr') => words.bead[lang].reduce((sum, span) => sum + span.text.length, 0)
  // French runs about 15% longer than English; what matters is how far the ratio strays from that.
  const lengthDisagreement = Math.abs(Math.log((characters('fr') + 10) / (characters('en') + 10)) - 0.14)
  return [
    covered.en,
    covered.fr,
    Math.min(covered.en, covered.fr),
    Math.log1p(unmatched('en')),
    Math.log1p(unmatched('fr')),
    lengthDisagreement,
    Math.min(3, numbersApart(words)),
    polarity.negationMismatch === undefined ? 0 : 1,
    polarity.modalityConflict === undefined || polarity.modalityConflict.minor ? 0 : 1,
    Math.min(2, polarity.opposites.length),
    Math.min(2, findSubstitutions(words, lexicon).length),
    Math.log1p(content('en') + content('fr')),
    // The longer the sentences, the more their coverage says: two long sentences with nothing in common differ.
    Math.min(covered.en, covered.fr) * Math.log1p(content('en') + content('fr')),
  ]
}

/** Numbers of one side with no equal on the other, both ways ("30 days" against "45 jours" is two). */
function numbersApart(words: BeadWords): number {
  const values = (lang: 'en' | 'fr') => words.alignment[lang].flatMap((token) => (token.value === undefined ? [] : [token.value]))
  const en = values('en')
  const fr = values('fr')
  const missing = (from: string[], among: string[]) => {
    const left = [...among]
    return from.filter((value) => {
      const at = left.indexOf(value)
      if (at < 0) return true
      left.splice(at, 1)
      return false
    }).length
  }
  return missing(en, fr) + missing(fr, en)
}

/**
 * The estimated probability, in [0, 1], that the two sides of a bead say the same thing: a logistic model over
 * the features, fitted on labelled pairs (docs/report.md#equivalence). With the user's similarity model, the
 * mean of the two.
 */
export function equivalenceOf(features: readonly number[], similarity?: number): number {
  let logit = equivalenceModel.bias
  features.forEach((value, k) => {
    logit += (equivalenceModel.weights[k] ?? 0) * value
  })
  const estimate = 1 / (1 + Math.exp(-logit))
  return similarity === undefined ? estimate : (estimate + similarity) / 2
}
