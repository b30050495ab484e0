import {cognateSimilarity} from './cognates.js'
import type {Lexicon} from './lexicon.js'
import type {Token} from './tokens.js'

/** Why two words were linked. */
export type LinkEvidence = 'identical' | 'lexicon' | 'stem' | 'cognate'

export interface WordLink {
  /** Token indexes on each side. */
  en: number
  fr: number
  score: number
  by: LinkEvidence
}

/** The words of two sentences (or groups of sentences) and which of them answer each other. */
export interface WordAlignment<T extends Token = Token> {
  en: readonly T[]
  fr: readonly T[]
  /** One-to-one links, found by competitive linking. */
  links: WordLink[]
  /** Per token: the index of a token of the other side that answers it, or -1 (one-to-many answers included). */
  enCounterpart: Int32Array
  frCounterpart: Int32Array
}

export interface LinkOptions {
  lexicon: Lexicon
}

const minimumCognate = 0.78
/** How near, in tokens, a left-over word must stand to a linked word to share its counterpart. */
const phraseReach = 3
/** How far from the diagonal, in tokens, a word looks for its counterpart. */
const linkBand = 150

/**
 * Competitive linking (Melamed 2000): every candidate pair of words is scored
 * by the lexicon, identity, stems and cognates; the best pair is linked, both
 * words leave the competition, and so on. Words left over may then answer a
 * word already linked (one English word, two French ones: "bill" / "projet de
 * loi"), so that coverage is not lost to one-to-one linking.
 */
export function linkWords<T extends Token>(en: readonly T[], fr: readonly T[], options: LinkOptions): WordAlignment<T> {
  const candidates: WordLink[] = []
  for (let i = 0; i < en.length; i++) {
    const a = en[i] as Token
    if (!a.content && a.kind !== 'number') continue
    // Words are looked for near the diagonal: all of them in a sentence, a band in a very long one, so that a
    // paragraph read as one sentence stays linear.
    const expected = Math.round((i * fr.length) / Math.max(1, en.length))
    const from = Math.max(0, expected - linkBand)
    const to = Math.min(fr.length, expected + linkBand + 1)
    for (let j = from; j < to; j++) {
      const b = fr[j] as Token
      if (!b.content && b.kind !== 'number') continue
      const found = pairScore(a, b, options.lexicon)
      if (found === undefined) continue
      // Between equal scores, the pair nearer the diagonal wins.
      const drift = Math.abs(i / Math.max(1, en.length) - j / Math.max(1, fr.length))
      candidates.push({en: i, fr: j, score: found.score - 0.05 * drift, by: found.by})
    }
  }
  supportByNeighbours(candidates, fr.length)
  candidates.sort((x, y) => y.score - x.score || x.en - y.en || x.fr - y.fr)
  const enCounterpart = new Int32Array(en.length).fill(-1)
  const frCounterpart = new Int32Array(fr.length).fill(-1)
  const links: WordLink[] = []
  for (const candidate of candidates) {
    if (enCounterpart[candidate.en] !== -1 || frCounterpart[candidate.fr] !== -1) continue
    enCounterpart[candidate.en] = candidate.fr
    frCounterpart[candidate.fr] = candidate.en
    links.push(candidate)
  }
  // Second chance: a word left over answers a word that is already linked when it stands beside that word's
  // partner, in the same phrase ("projet de loi" for "bill"), or repeats that partner (the other version says it
  // once); a different word elsewhere in the sentence does not.
  const linkedEn = Int32Array.from(enCounterpart)
  const linkedFr = Int32Array.from(frCounterpart)
  const shares = (tokens: readonly Token[], leftover: number, partner: number) =>
    partner !== -1 && (Math.abs(partner - leftover) <= phraseReach || (tokens[partner] as Token).stem === (tokens[leftover] as Token).stem)
  for (const candidate of candidates) {
    if (enCounterpart[candidate.en] === -1 && shares(en, candidate.en, linkedFr[candidate.fr] as number)) enCounterpart[candidate.en] = candidate.fr
    if (frCounterpart[candidate.fr] === -1 && shares(fr, candidate.fr, linkedEn[candidate.en] as number)) frCounterpart[candidate.fr] = candidate.en
  }
  links.sort((x, y) => x.en - y.en)
  return {en, fr, links, enCounterpart, frCounterpart}
}

/** How near, in tokens, a neighbouring pair must be to support a pair. */
const neighbourReach = 4

/**
 * Raises each candidate pair by the candidate pairs just before and just after
 * it on both sides, the nearer the more: a word answers the word that sits
 * among the counterparts of its neighbours ("Internet or otherwise" / "Internet
 * ou autrement", not a "sauf" further on), which position alone cannot tell.
 */
function supportByNeighbours(candidates: WordLink[], frLength: number): void {
  const stride = frLength + 1
  const present = new Set(candidates.map((candidate) => candidate.en * stride + candidate.fr))
  const bonus = candidates.map((candidate) => {
    let before = 0
    let after = 0
    for (let di = 1; di <= neighbourReach; di++) {
      for (let dj = 1; dj <= neighbourReach; dj++) {
        const weight = 1 / Math.max(di, dj)
        if (present.has((candidate.en - di) * stride + candidate.fr - dj)) before = Math.max(before, weight)
        if (present.has((candidate.en + di) * stride + candidate.fr + dj)) after = Math.max(after, weight)
      }
    }
    return 0.03 * (before + after)
  })
  candidates.forEach((candidate, k) => {
    candidate.score += bonus[k] as number
  })
}

/** How well two words answer each other, or undefined when they do not. */
export function pairScore(a: Token, b: Token, lexicon: Lexicon): {score: number; by: LinkEvidence} | undefined {
  if (a.value !== undefined || b.value !== undefined) {
    // Numbers meet by value, whether written in digits or in words ("two" / "2" / "deux").
    return a.value === b.value ? {score: 1, by: 'identical'} : undefined
  }
  if (a.folded === b.folded) return {score: 1, by: 'identical'}
  const listed = lexicon.weightOf(a, b)
  // A lexicon pair that is also a cognate has two kinds of evidence: it wins over a pair the lexicon makes through
  // a stem shared by other words ("material" / "important" must not take "importation" from "importing").
  if (listed > 0)
    return {score: 0.8 + 0.15 * listed + (a.folded[0] === b.folded[0] && cognateSimilarity(a.folded, b.folded) >= minimumCognate ? 0.03 : 0), by: 'lexicon'}
  if (a.stem === b.stem && a.stem.length >= 3) return {score: 0.9, by: 'stem'}
  const cognate = Math.max(cognateSimilarity(a.folded, b.folded), cognateSimilarity(a.stem, b.stem))
  if (cognate >= minimumCognate) return {score: 0.85 * cognate, by: 'cognate'}
  return undefined
}

/** The share of content words of each side that have a counterpart, in [0, 1] (1 when a side has none). */
export function coverage(alignment: WordAlignment): {en: number; fr: number} {
  return {en: share(alignment.en, alignment.enCounterpart), fr: share(alignment.fr, alignment.frCounterpart)}
}

function share(tokens: readonly Token[], counterpart: Int32Array): number {
  let content = 0
  let covered = 0
  tokens.forEach((token, k) => {
    if (!token.content) return
    content++
    if (counterpart[k] !== -1) covered++
  })
  return content === 0 ? 1 : covered / content
}
