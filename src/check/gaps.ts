import {longestIncreasingChain} from '../align/increasing.js'
import type {Lang} from '../types.js'
import type {Lexicon} from '../words/lexicon.js'
import type {BeadWords, PlacedToken} from './words.js'

/**
 * A stretch between two consecutive anchor links (links that keep the order
 * of both sentences) and the content words in it that found no counterpart.
 * One side empty: an omission or an addition; both sides: the versions say
 * different things there.
 */
export interface Gap {
  en: PlacedToken[]
  fr: PlacedToken[]
  /** The anchor links around the gap, as token indexes (-1 / length at the edges). */
  before: {en: number; fr: number}
  after: {en: number; fr: number}
}

/** The gaps of a bead's word alignment, in order. */
export function unmatchedGaps(words: BeadWords): Gap[] {
  const {en, fr, enCounterpart, frCounterpart} = words.alignment
  const anchors = [
    {en: -1, fr: -1},
    ...longestIncreasingChain(
      words.alignment.links,
      (link) => link.en,
      (link) => link.fr,
    ),
    {en: en.length, fr: fr.length},
  ]
  const gaps: Gap[] = []
  for (let k = 1; k < anchors.length; k++) {
    const before = anchors[k - 1] as {en: number; fr: number}
    const after = anchors[k] as {en: number; fr: number}
    const gap: Gap = {
      en: unmatchedBetween(en, enCounterpart, before.en, after.en),
      fr: unmatchedBetween(fr, frCounterpart, before.fr, after.fr),
      before,
      after,
    }
    if (gap.en.length > 0 || gap.fr.length > 0) gaps.push(gap)
  }
  return gaps
}

function unmatchedBetween(tokens: readonly PlacedToken[], counterpart: Int32Array, from: number, to: number): PlacedToken[] {
  const found: PlacedToken[] = []
  for (let k = from + 1; k < to; k++) {
    const token = tokens[k] as PlacedToken
    if (token.content && token.kind !== 'number' && counterpart[k] === -1) found.push(token)
  }
  return found
}

/**
 * How much an unmatched word weighs as evidence: a word the lexicon knows, a
 * name or an acronym counts fully (its translations were looked for and are
 * not there); a word the lexicon lacks counts less (its translation may be
 * there, unrecognised).
 */
export function evidenceWeight(tokens: readonly PlacedToken[], lang: Lang, lexicon: Lexicon): number {
  let total = 0
  for (const token of tokens) total += token.kind !== 'word' || lexicon.knowsWord(lang, token) ? 1 : 0.6
  return total
}
