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
  const anchors = [{en: -1, fr: -1}, ...orderKeeping(words.alignment.links), {en: en.length, fr: fr.length}]
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

/**
 * The longest chain of links increasing on both sides (reordered clauses are
 * linked but are not anchors): patience sorting, O(n log n) in the links.
 */
export function orderKeeping<T extends {en: number; fr: number}>(links: readonly T[]): T[] {
  const sorted = [...links].sort((a, b) => a.en - b.en || b.fr - a.fr)
  // tails[k]: the index in `sorted` of the smallest last French position of a chain of length k + 1.
  const tails: number[] = []
  const previous = new Int32Array(sorted.length).fill(-1)
  sorted.forEach((link, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((sorted[tails[middle] as number] as T).fr < link.fr) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1] as number
    tails[low] = index
  })
  const chain: T[] = []
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] as number) chain.push(sorted[k] as T)
  return chain.reverse()
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
