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

/** How far, in tokens, a word answering a negation may stand from where the negation bears ("empêche son affichage dans les menus"). */
const scopeReach = 5

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
type SentenceGroup = Record<Lang, ReadonlySet<number>>

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

/**
 * A negation on one side only. The other side may say "not" by a word ("fail", "unless", "toll-free") or a prefix
 * ("impossible" / "pas possible", "non autorisé" / "unauthorized") where the negation bears: then the two agree.
 * Also a word negated by a prefix on one side ("non-consensual") whose counterpart on the other has no prefix and
 * no negation ("consensuelle").
 */
function mismatchedNegation(
  words: BeadWords,
  negations: Record<Lang, Negation[]>,
  poles: Record<Lang, PoleMention[]>,
  lexicon: Lexicon,
  group: SentenceGroup,
): PolaritySignals['negationMismatch'] {
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
  // A negative word answers the negation unless the negated side has it too ("not … inappropriate" against
  // "inappropriate" is a divergence).
  const negative = (lang: Lang, token: Token, k: number) =>
    isNegativeWord(token, lang) || negativeByPrefix(token, lang, tokens[other(lang)], lexicon, counterparts[lang][k] !== -1)
  const answers = (token: PlacedToken, k: number) => {
    if (!group[plain].has(token.span) || !negative(plain, token, k)) return false
    const partner = counterparts[plain][k] ?? -1
    const theirs = tokens[negated][partner]
    return theirs === undefined || !negative(negated, theirs, partner)
  }
  for (const negation of negations[negated]) {
    // Where the negation bears, as the plain side says it: the counterparts of the words around it, or where it
    // would stand in proportion when none has one.
    const first = Math.min(...negation.cues)
    const last = Math.max(...negation.cues)
    const scope = [...negation.governs, first - 1, ...[1, 2, 3, 4].map((d) => last + d)]
    const linked = scope.map((k) => counterparts[negated][k] ?? -1).filter((k) => k !== -1)
    const anchors = linked.length > 0 ? linked : [Math.round((first * tokens[plain].length) / Math.max(1, tokens[negated].length))]
    const near = (k: number) => anchors.some((anchor) => Math.abs(anchor - k) <= scopeReach)
    if (alternative(tokens[negated], negation) || negatedOpposite(poles, negated, negation, last)) continue
    if (!tokens[plain].some((token, k) => near(k) && answers(token, k))) return {negated, negation}
  }
  return undefined
}

/**
 * "X or not X", "qui satisfont ou ne satisfont pas": the negated word said just before, joined by "or" / "ou", makes
 * an alternative ("pass or fail"), not a negation of the sentence.
 */
function alternative(tokens: readonly Token[], negation: Negation): boolean {
  const first = Math.min(...negation.cues)
  const negatedStems = [...negation.governs, Math.max(...negation.cues) + 1].map((k) => tokens[k]?.stem)
  const before = [1, 2, 3, 4].map((d) => tokens[first - d])
  return (
    before.some((token) => token?.folded === 'or' || token?.folded === 'ou') && before.some((token) => token !== undefined && negatedStems.includes(token.stem))
  )
}

/**
 * A negated pole answered by its opposite: "shouldn't be complex" / "devrait être simple", "ne sont pas ouverts" /
 * "are closed". The two say the same thing.
 */
function negatedOpposite(poles: Record<Lang, PoleMention[]>, negated: Lang, negation: Negation, last: number): boolean {
  const inScope = poles[negated].filter((mention) => mention.tokens.some((k) => negation.governs.includes(k) || (k > last && k - last <= 3)))
  return inScope.some((mention) => poles[other(negated)].some((theirs) => theirs.contrast.id === mention.contrast.id && theirs.pole !== mention.pole))
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
  // A word the lexicon lacks, made of a prefix and a known word of five letters or more, and not the same in the
  // other version ("indata", an identifier). Each part of a compound: "case-insensitive".
  const counterparts = lang === 'en' ? words.alignment.enCounterpart : words.alignment.frCounterpart
  const other = (lang === 'en' ? words.alignment.fr : words.alignment.en)[counterparts[k] ?? -1]
  if (other?.folded === token.folded || token.kind !== 'word') return undefined
  for (const part of parts) {
    const word = tokenize(part, lang)[0]
    const rest = word === undefined ? undefined : unprefixed(word, lang)
    const positive = rest === undefined || rest.length < 5 ? undefined : tokenize(rest, lang)[0]
    // A word the lexicon knows ("improve", "discover", "inherit") is no prefix's negative.
    if (positive !== undefined && lexicon.knowsWord(lang, positive) && !lexicon.knowsWord(lang, token)) return positive
  }
  return undefined
}

/** Whether a token answers a word of the other language: the same stem, a close cognate, or a lexicon pair. */
function sameWord(word: Token, lang: Lang, other: Token, lexicon: Lexicon): boolean {
  if (word.stem === other.stem || cognateSimilarity(word.folded, other.folded) >= 0.78) return true
  const found = lang === 'en' ? pairScore(word, other, lexicon) : pairScore(other, word, lexicon)
  return found !== undefined && found.by === 'lexicon'
}

/**
 * Whether a word is negated where it stands: "non", a negation or a word that says "not" just before it ("failure
 * to comply"), or a prefix of its own.
 */
function negatedAt(tokens: readonly Token[], k: number, lang: Lang): boolean {
  const token = tokens[k] as Token
  if (/^non[-‐]/i.test(token.text) || unprefixed(token, lang) !== undefined) return true
  return [1, 2, 3].some((d) => {
    const before = tokens[k - d]
    return before !== undefined && (/^(?:non|not|no|pas|ne|n|sans|without|never|jamais)$/.test(before.folded) || isNegativeWord(before, lang))
  })
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
    // Unanswered, the word is said with the other side's negation; its rest need not be known when long enough.
    if (!linked && (lexicon.knowsWord(lang, positive) || (rest !== undefined && rest.length >= 6 && part !== token.text))) return true
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
 * Modals of conflicting force: one side says a force more often than the other, and the other says a conflicting
 * one more often than the first ("must" against "peut"; "must … must" against "peut … doit"). A modal on one side
 * only is no conflict: French legal drafting says "shall" with the present tense ("Le ministre dépose" for "The
 * Minister shall table"). Negated modals against plain ones are the negation's finding.
 */
function conflictingModals(modals: Record<Lang, Modal[]>): PolaritySignals['modalityConflict'] {
  const count = (lang: Lang, wanted: string) => modals[lang].filter((modal) => force[modal.modality] === wanted).length
  for (const {a, b, minor} of conflicts) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (count('en', x) <= count('fr', x) || count('fr', y) <= count('en', y)) continue
      const en = modals.en.find((modal) => force[modal.modality] === x) as Modal
      const fr = modals.fr.find((modal) => force[modal.modality] === y) as Modal
      return {en, fr, minor}
    }
  }
  return undefined
}

/**
 * Poles answered by their opposite: the English says pole A of a contrast and not pole B, the French pole B and
 * not A (or the reverse), both negated or neither ("not open" against "pas fermé" is a divergence too). A pole
 * negated on one side only is left alone: "not permitted" / "interdit" agree, and a negation on one side is
 * negation-mismatch's finding. "None", Python's, in running text is no pole.
 */
function opposites(
  tokens: Record<Lang, readonly Token[]>,
  negations: Record<Lang, Negation[]>,
  poles: Record<Lang, PoleMention[]>,
): PolaritySignals['opposites'] {
  const effective = (lang: Lang) =>
    poles[lang]
      .filter((mention) => !mention.tokens.some((k) => k > 0 && tokens[lang][k]?.text === 'None'))
      .map((mention) => ({mention, pole: mention.pole, negated: negatedPole(tokens[lang], negations[lang], mention, lang)}))
  const en = effective('en')
  const fr = effective('fr')
  const found: PolaritySignals['opposites'] = []
  for (const english of en) {
    const id = english.mention.contrast.id
    const says = (side: typeof en, pole: 'a' | 'b') =>
      side.some((item) => item.mention.contrast.id === id && item.pole === pole && item.negated === english.negated)
    if (says(en, flip(english.pole)) || says(fr, english.pole)) continue
    const french = fr.find((item) => item.mention.contrast.id === id && item.pole === flip(english.pole) && item.negated === english.negated)
    if (french !== undefined && !found.some((pair) => pair.en.contrast.id === id)) found.push({en: english.mention, fr: french.mention})
  }
  return found
}

const flip = (pole: 'a' | 'b'): 'a' | 'b' => (pole === 'a' ? 'b' : 'a')

/**
 * Whether a negation bears on a pole: it governs it ("n'est pas autorisé") or stands up to five words before it
 * ("not permitted", "pas tout simplement de normes fermées"); or a word that says "not" stands just before it
 * ("failure to comply" is "non-respect").
 */
function negatedPole(tokens: readonly Token[], negations: readonly Negation[], mention: PoleMention, lang: Lang): boolean {
  const first = mention.tokens[0] as number
  if ([1, 2, 3].some((d) => first - d >= 0 && isNegativeWord(tokens[first - d] as Token, lang))) return true
  return negations.some(
    (negation) =>
      negation.governs.some((k) => mention.tokens.includes(k)) ||
      negation.cues.some((cue) => cue < first && first - cue <= 5 && (tokens[first] as Token).start - (tokens[cue] as Token).end < 40),
  )
}
