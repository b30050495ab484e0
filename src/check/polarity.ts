import type {Lang} from '../types.js'
import {findPoles, type PoleMention} from '../words/contrasts.js'
import type {Lexicon} from '../words/lexicon.js'
import {findModals, type Modal} from '../words/modality.js'
import {findNegations, type Negation} from '../words/polarity.js'
import {conflictingModals, type ModalityConflict} from './modality-signal.js'
import {mismatchedNegation, type NegationMismatch} from './negation-signal.js'
import {type Opposite, opposites} from './opposite-signal.js'
import type {BeadWords, PlacedToken} from './words.js'

/**
 * What turns a sentence's meaning while every word may keep a counterpart: its negations, its modals and the
 * poles of contrast sets it says, on each side of a bead; and where the two sides part. Token indexes are into the
 * bead's word alignment (`BeadWords.alignment.en` / `.fr`).
 */
export interface PolaritySignals {
  negations: Record<Lang, Negation[]>
  modals: Record<Lang, Modal[]>
  poles: Record<Lang, PoleMention[]>
  /** A side that negates where the other says the same thing without a negation, a negative word or prefix. */
  negationMismatch?: NegationMismatch
  /** Modals of different force: obligation against permission (or prohibition against exemption), or a lesser case. */
  modalityConflict?: ModalityConflict
  /** Poles said on one side answered by their opposite on the other. */
  opposites: Opposite[]
}

/** The polarity signals of a bead, from its word alignment. */
export function polaritySignals(words: BeadWords, lexicon: Lexicon): PolaritySignals {
  const tokens = {en: words.alignment.en, fr: words.alignment.fr}
  const text = (lang: Lang, part: readonly PlacedToken[]) => words.bead[lang][part[0]?.span ?? 0]?.text
  const negations = {
    en: bySentence(tokens.en, (part) => findNegations(part, 'en', text('en', part))),
    fr: bySentence(tokens.fr, (part) => findNegations(part, 'fr', text('fr', part))),
  }
  const modals = {
    en: bySentence(tokens.en, (part, offset) => findModals(part, 'en', shifted(negations.en, -offset, part.length))),
    fr: bySentence(tokens.fr, (part, offset) => findModals(part, 'fr', shifted(negations.fr, -offset, part.length))),
  }
  const poles = {en: bySentence(tokens.en, (part) => findPoles(part, 'en')), fr: bySentence(tokens.fr, (part) => findPoles(part, 'fr'))}
  const signals: PolaritySignals = {negations, modals, poles, opposites: []}
  // Sentence by sentence where both sides have as many (a 2–2 bead is two translations side by side), else whole.
  for (const group of sentenceGroups(words)) {
    const within = <T extends {tokens?: number[]; cues?: number[]}>(lang: Lang, items: readonly T[]) =>
      items.filter((item) => group[lang].has((tokens[lang][(item.tokens ?? item.cues ?? [])[0] ?? -1] as PlacedToken | undefined)?.span ?? -1))
    const groupNegations = {en: within('en', negations.en), fr: within('fr', negations.fr)}
    const groupPoles = {en: within('en', poles.en), fr: within('fr', poles.fr)}
    signals.opposites.push(...opposites(tokens, groupNegations, groupPoles))
    const negationMismatch = signals.negationMismatch ?? mismatchedNegation(words, groupNegations, groupPoles, lexicon, group)
    if (negationMismatch !== undefined) signals.negationMismatch = negationMismatch
    const modalityConflict = signals.modalityConflict ?? conflictingModals({en: within('en', modals.en), fr: within('fr', modals.fr)})
    if (modalityConflict !== undefined) signals.modalityConflict = modalityConflict
  }
  return signals
}

/**
 * The sentences of each side compared together: one by one when both sides have as many and the words of each
 * English sentence answer mostly words of the French sentence of the same rank, else all of them.
 */
export type SentenceGroup = Record<Lang, ReadonlySet<number>>

function sentenceGroups(words: BeadWords): SentenceGroup[] {
  const count = {en: words.bead.en.length, fr: words.bead.fr.length}
  const all = (n: number) => new Set(Array.from({length: n}, (_, k) => k))
  const whole = [{en: all(count.en), fr: all(count.fr)}]
  if (count.en !== count.fr || count.en < 2) return whole
  const {en, fr, enCounterpart} = words.alignment
  for (let sentence = 0; sentence < count.en; sentence++) {
    const answers = en.flatMap((token, k) => (token.span === sentence && enCounterpart[k] !== -1 ? [fr[enCounterpart[k] as number]?.span] : []))
    if (answers.length === 0 || answers.filter((span) => span === sentence).length * 2 <= answers.length) return whole
  }
  return Array.from({length: count.en}, (_, k) => ({en: new Set([k]), fr: new Set([k])}))
}

/** Something found in the tokens of each sentence of a side (so that nothing spans two sentences), as indexes into the side. */
function bySentence<T extends {tokens?: number[]; cues?: number[]; governs?: number[]}>(
  tokens: readonly PlacedToken[],
  find: (part: readonly PlacedToken[], offset: number) => T[],
): T[] {
  const found: T[] = []
  let start = 0
  while (start < tokens.length) {
    let end = start
    while (end < tokens.length && (tokens[end] as PlacedToken).span === (tokens[start] as PlacedToken).span) end++
    for (const item of find(tokens.slice(start, end), start)) found.push(shift(item, start))
    start = end
  }
  return found
}

function shift<T extends {tokens?: number[]; cues?: number[]; governs?: number[]}>(item: T, by: number): T {
  const moved = {...item}
  if (item.tokens !== undefined) moved.tokens = item.tokens.map((k) => k + by)
  if (item.cues !== undefined) moved.cues = item.cues.map((k) => k + by)
  if (item.governs !== undefined) moved.governs = item.governs.map((k) => k + by)
  return moved
}

/** The negations that lie in a sentence's tokens, as indexes into that sentence. */
function shifted(negations: readonly Negation[], by: number, length: number): Negation[] {
  return negations.map((negation) => shift(negation, by)).filter((negation) => negation.cues.every((k) => k >= 0 && k < length))
}
