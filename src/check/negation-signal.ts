import type {Lang} from '../types.js'
import {cognateSimilarity} from '../words/cognates.js'
import type {PoleMention} from '../words/contrasts.js'
import type {Lexicon} from '../words/lexicon.js'
import {pairScore} from '../words/link.js'
import {isNegativeWord, type Negation, unprefixed} from '../words/polarity.js'
import {tokenize, type Token} from '../words/tokens.js'
import type {SentenceGroup} from './polarity.js'
import type {BeadWords, PlacedToken} from './words.js'

/** A side that negates where the other says the same thing without a negation, a negative word or prefix. */
export interface NegationMismatch {
  negated: Lang
  negation: Negation
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en')

/** How far, in tokens, a word answering a negation may stand from where the negation bears ("empêche son affichage dans les menus"). */
const scopeReach = 5

/**
 * A negation on one side only. The other side may say "not" by a word ("fail", "unless", "toll-free") or a prefix
 * ("impossible" / "pas possible", "non autorisé" / "unauthorized") where the negation bears: then the two agree.
 * Also a word negated by a prefix on one side ("non-consensual") whose counterpart on the other has no prefix and
 * no negation ("consensuelle").
 */
export function mismatchedNegation(
  words: BeadWords,
  negations: Record<Lang, Negation[]>,
  poles: Record<Lang, PoleMention[]>,
  lexicon: Lexicon,
  group: SentenceGroup,
): NegationMismatch | undefined {
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
function prefixMismatch(words: BeadWords, lexicon: Lexicon): NegationMismatch | undefined {
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
  for (const {word, rest, positive} of prefixedParts(token, lang)) {
    // A word the lexicon knows is no prefix's negative ("improve", "discover", "inherit"), except after English
    // "un-", which starts no such word of five letters or more ("unsolicited", "unlimited").
    const negativeForSure = lang === 'en' && word.folded.startsWith('un')
    if (rest.length >= 5 && lexicon.knowsWord(lang, positive) && (negativeForSure || !lexicon.knowsWord(lang, token))) return positive
  }
  return undefined
}

/**
 * The parts of a word (each part of a compound: "case-insensitive" has "insensitive") that start with a negative
 * prefix, each with the rest of it, as text and as a token ("insensitive", "sensitive").
 */
function prefixedParts(token: Token, lang: Lang): Array<{part: string; word: Token; rest: string; positive: Token}> {
  return token.text.split(/[-‐]/).flatMap((part) => {
    const word = tokenize(part, lang)[0]
    const rest = word === undefined ? undefined : unprefixed(word, lang)
    const positive = rest === undefined ? undefined : tokenize(rest, lang)[0]
    return word === undefined || rest === undefined || positive === undefined ? [] : [{part, word, rest, positive}]
  })
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
  return prefixedParts(token, lang).some(({part, rest, positive}) => {
    // Unanswered, the word is said with the other side's negation; its rest need not be known when long enough.
    if (!linked && (lexicon.knowsWord(lang, positive) || (rest.length >= 6 && part !== token.text))) return true
    return others.some((other) => {
      if (!other.content || other.folded === token.folded) return false
      if (cognateSimilarity(positive.folded, other.folded) >= 0.6 || positive.stem === other.stem) return true
      const found = lang === 'en' ? pairScore(positive, other, lexicon) : pairScore(other, positive, lexicon)
      return found !== undefined && found.by !== 'cognate'
    })
  })
}
