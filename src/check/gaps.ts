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

/** The longest chain of links increasing on both sides (reordered clauses are linked but are not anchors). */
function orderKeeping(links: ReadonlyArray<{en: number; fr: number}>): Array<{en: number; fr: number}> {
  const sorted = [...links].sort((a, b) => a.en - b.en)
  const length = sorted.map(() => 1)
  const previous = sorted.map(() => -1)
  let best = -1
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((sorted[j] as {fr: number}).fr < (sorted[i] as {fr: number}).fr && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1
        previous[i] = j
      }
    }
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i
  }
  const chain: Array<{en: number; fr: number}> = []
  for (let k = best; k >= 0; k = previous[k] as number) chain.unshift(sorted[k] as {en: number; fr: number})
  return chain
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
