import type {Lang} from '../types.js'
import {cognateSimilarity} from '../words/cognates.js'
import {findPoles, type PoleMention} from '../words/contrasts.js'
import type {Lexicon} from '../words/lexicon.js'
import {pairScore} from '../words/link.js'
import {findModals, type Modal, type Modality} from '../words/modality.js'
import {findNegations, isNegativeWord, type Negation, unprefixed} from '../words/polarity.js'
import {tokenize, type Token} from '../words/tokens.js'
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
  negationMismatch?: {negated: Lang; negation: Negation}
  /** Modals of different force: obligation against permission (or prohibition against exemption), or a lesser case. */
  modalityConflict?: {en: Modal; fr: Modal; minor: boolean}
  /** A pole said on one side answered by its opposite on the other. */
  opposites: Array<{en: PoleMention; fr: PoleMention}>
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en')

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
  const signals: PolaritySignals = {negations, modals, poles, opposites: opposites(tokens, negations, poles)}
  const negationMismatch = mismatchedNegation(words, negations, lexicon)
  if (negationMismatch !== undefined) signals.negationMismatch = negationMismatch
  const modalityConflict = conflictingModals(modals)
  if (modalityConflict !== undefined) signals.modalityConflict = modalityConflict
  return signals
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

/**
 * A negation on one side only. The other side may say "not" by a word ("fail", "unless", "toll-free") or a prefix
 * ("impossible" / "pas possible", "non autorisé" / "unauthorized") where the negation bears: then the two agree.
 * Also a word negated by a prefix on one side ("non-consensual") whose counterpart on the other has no prefix and
 * no negation ("consensuelle").
 */
function mismatchedNegation(words: BeadWords, negations: Record<Lang, Negation[]>, lexicon: Lexicon): PolaritySignals['negationMismatch'] {
  const alignment = words.alignment
  const tokens = {en: alignment.en, fr: alignment.fr}
  const counterparts = {en: alignment.enCounterpart, fr: alignment.frCounterpart}
  const negatedSides = (['en', 'fr'] as const).filter((lang) => negations[lang].length > 0)
  if (negatedSides.length === 2) return undefined
  if (negatedSides.length === 0) return prefixMismatch(words, lexicon)
  const negated = negatedSides[0] as Lang
  const plain = other(negated)
  // The negative words quoted in the other version (an English error message left as it is in the French).
  const cueWords = negations[negated].flatMap((negation) => negation.cues.map((k) => (tokens[negated][k] as Token).folded))
  if (tokens[plain].some((token) => cueWords.includes(token.folded))) return undefined
  const answers = (token: Token, k: number) =>
    isNegativeWord(token, plain) || negativeByPrefix(token, plain, tokens[negated], lexicon, counterparts[plain][k] !== -1)
  for (const negation of negations[negated]) {
    // Where the negation bears, as the plain side says it: the counterparts of the words around it.
    const first = Math.min(...negation.cues)
    const last = Math.max(...negation.cues)
    const scope = [...negation.governs, first - 1, ...[1, 2, 3, 4].map((d) => last + d)]
    const anchors = scope.map((k) => counterparts[negated][k] ?? -1).filter((k) => k !== -1)
    const near = (k: number) => anchors.length === 0 || anchors.some((anchor) => Math.abs(anchor - k) <= 3)
    if (!tokens[plain].some((token, k) => near(k) && answers(token, k))) return {negated, negation}
  }
  return undefined
}

/**
 * A word negative by its prefix on one side ("non-consensual", "unsolicited", "non-respect") answered on the
 * other by the word without it ("consensuelle", "sollicitée", "compliance") and no negation.
 */
function prefixMismatch(words: BeadWords, lexicon: Lexicon): PolaritySignals['negationMismatch'] {
  for (const lang of ['en', 'fr'] as const) {
    const mine = words.alignment[lang]
    const theirs = words.alignment[other(lang)]
    for (const [k, token] of mine.entries()) {
      if (!token.content) continue
      const positive = positiveOf(words, lang, k, lexicon)
      if (positive === undefined) continue
      const answer = theirs.findIndex((word, j) => word.content && sameWord(positive, lang, word, lexicon) && !negatedAt(theirs, j, other(lang)))
      if (answer !== -1) return {negated: lang, negation: {cues: [k], governs: []}}
    }
  }
  return undefined
}

/**
 * The word a negative prefix was put on, as a token: "non-consensual" → "consensual", French "non-respect" (read
 * as "non", "respect") → "respect", "unsolicited" → "solicited" when the lexicon knows "solicited" and not
 * "unsolicited" (it knows "inform" and "discover", which are no negatives).
 */
function positiveOf(words: BeadWords, lang: Lang, k: number, lexicon: Lexicon): Token | undefined {
  const tokens = words.alignment[lang]
  const token = tokens[k] as PlacedToken
  const parts = token.text.split(/[-‐]/)
  if (parts.length > 1 && /^non$/i.test(parts[0] ?? '')) return tokenize(parts.slice(1).join('-'), lang)[0]
  const before = tokens[k - 1]
  if (lang === 'fr' && before?.folded === 'non' && before.span === token.span) {
    const text = words.bead.fr[token.span]?.text ?? ''
    if (/^[-‐]$/.test(text.slice(before.end, token.start))) return token
  }
  // A word the lexicon lacks, with no counterpart, made of a prefix and a known word of five letters or more (not
  // "indata", an identifier).
  const counterparts = lang === 'en' ? words.alignment.enCounterpart : words.alignment.frCounterpart
  if (counterparts[k] !== -1 || token.kind !== 'word' || lexicon.knowsWord(lang, token)) return undefined
  const rest = unprefixed(token, lang)
  const positive = rest === undefined || rest.length < 5 ? undefined : tokenize(rest, lang)[0]
  return positive !== undefined && lexicon.knowsWord(lang, positive) ? positive : undefined
}

/** Whether a token answers a word of the other language: the same stem, a close cognate, or a lexicon pair. */
function sameWord(word: Token, lang: Lang, other: Token, lexicon: Lexicon): boolean {
  if (word.stem === other.stem || cognateSimilarity(word.folded, other.folded) >= 0.78) return true
  const found = lang === 'en' ? pairScore(word, other, lexicon) : pairScore(other, word, lexicon)
  return found !== undefined && found.by === 'lexicon'
}

/** Whether a word is negated where it stands: "non" or a negation just before it, or a prefix of its own. */
function negatedAt(tokens: readonly Token[], k: number, lang: Lang): boolean {
  const token = tokens[k] as Token
  if (/^non[-‐]/i.test(token.text) || unprefixed(token, lang) !== undefined) return true
  return [1, 2, 3].some((d) => /^(?:non|not|no|pas|ne|n|sans|without|never|jamais)$/.test(tokens[k - d]?.folded ?? ''))
}

/**
 * Whether a word is the negative of a word the other side says: "impossible" against "possible", "unfair"
 * against "juste" (through the lexicon). "information" is not "formation" unless the other side says that. A
 * word with a negative prefix that has no counterpart, and whose rest is a known word ("case-insensitive" /
 * "ne tiennent pas compte de la casse"), is said with the other side's negation.
 */
function negativeByPrefix(token: Token, lang: Lang, others: readonly Token[], lexicon: Lexicon, linked: boolean): boolean {
  if (!token.content) return false
  // Each part of a compound: "case-insensitive" is negative by "insensitive".
  return token.text.split(/[-‐]/).some((part) => {
    const word = tokenize(part, lang)[0]
    const rest = word === undefined ? undefined : unprefixed(word, lang)
    const positive = rest === undefined ? undefined : tokenize(rest, lang)[0]
    if (positive === undefined) return false
    if (!linked && lexicon.knowsWord(lang, positive)) return true
    return others.some((other) => {
      if (!other.content || other.folded === token.folded) return false
      if (cognateSimilarity(positive.folded, other.folded) >= 0.6 || positive.stem === other.stem) return true
      const found = lang === 'en' ? pairScore(positive, other, lexicon) : pairScore(other, positive, lexicon)
      return found !== undefined && found.by !== 'cognate'
    })
  })
}

/** The force of each modality, to tell a conflict from a nuance. */
const force: Record<Modality, 'must' | 'may' | 'should' | 'mustNot' | 'needNot'> = {
  obligation: 'must',
  permission: 'may',
  recommendation: 'should',
  prohibition: 'mustNot',
  exemption: 'needNot',
}

/** Pairs of forces that say different things; "should" against "must" is a lesser case ("should" is often rendered "doit"). */
const conflicts: ReadonlyArray<{a: string; b: string; minor: boolean}> = [
  {a: 'must', b: 'may', minor: false},
  {a: 'mustNot', b: 'needNot', minor: false},
  {a: 'should', b: 'must', minor: true},
  {a: 'should', b: 'may', minor: false},
]

/**
 * Modals of conflicting force: one side has a force the other lacks, and the other a conflicting one the first
 * lacks ("must" alone against "peut" alone). A modal on one side only is no conflict: French legal drafting says
 * "shall" with the present tense ("Le ministre dépose" for "The Minister shall table"). Negated modals against
 * plain ones are the negation's finding.
 */
function conflictingModals(modals: Record<Lang, Modal[]>): PolaritySignals['modalityConflict'] {
  const forces = {en: new Set(modals.en.map((modal) => force[modal.modality])), fr: new Set(modals.fr.map((modal) => force[modal.modality]))}
  for (const {a, b, minor} of conflicts) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!forces.en.has(x as never) || forces.fr.has(x as never) || !forces.fr.has(y as never) || forces.en.has(y as never)) continue
      const en = modals.en.find((modal) => force[modal.modality] === x) as Modal
      const fr = modals.fr.find((modal) => force[modal.modality] === y) as Modal
      return {en, fr, minor}
    }
  }
  return undefined
}

/**
 * Poles answered by their opposite: the English says pole A of a contrast and not pole B, the French pole B and
 * not A (or the reverse). Negated poles are left out ("not permitted" / "interdit" agree).
 */
function opposites(
  tokens: Record<Lang, readonly Token[]>,
  negations: Record<Lang, Negation[]>,
  poles: Record<Lang, PoleMention[]>,
): PolaritySignals['opposites'] {
  // A negated pole is left out: "not permitted" / "interdit" agree, and a negation on one side only is
  // negation-mismatch's finding. So is "None", Python's, in running text.
  const effective = (lang: Lang) =>
    poles[lang]
      .filter((mention) => !negatedPole(tokens[lang], negations[lang], mention) && !mention.tokens.some((k) => k > 0 && tokens[lang][k]?.text === 'None'))
      .map((mention) => ({mention, pole: mention.pole}))
  const en = effective('en')
  const fr = effective('fr')
  const found: PolaritySignals['opposites'] = []
  for (const english of en) {
    const id = english.mention.contrast.id
    const says = (side: typeof en, pole: 'a' | 'b') => side.some((item) => item.mention.contrast.id === id && item.pole === pole)
    if (says(en, flip(english.pole)) || says(fr, english.pole)) continue
    const french = fr.find((item) => item.mention.contrast.id === id && item.pole === flip(english.pole))
    if (french !== undefined && !found.some((pair) => pair.en.contrast.id === id)) found.push({en: english.mention, fr: french.mention})
  }
  return found
}

const flip = (pole: 'a' | 'b'): 'a' | 'b' => (pole === 'a' ? 'b' : 'a')

/** Whether a negation bears on a pole: it governs it ("n'est pas autorisé") or stands up to three words before it ("not permitted", "not be allowed"). */
function negatedPole(tokens: readonly Token[], negations: readonly Negation[], mention: PoleMention): boolean {
  const first = mention.tokens[0] as number
  return negations.some(
    (negation) =>
      negation.governs.some((k) => mention.tokens.includes(k)) ||
      negation.cues.some((cue) => cue < first && first - cue <= 3 && (tokens[first] as Token).start - (tokens[cue] as Token).end < 24),
  )
}
