import {conventionalRole} from '../align/conventions.js'
import type {Lang, Pair, SentencePair, Span} from '../types.js'
import {Lexicon} from '../words/lexicon.js'
import {linkWords, type WordAlignment} from '../words/link.js'
import {tokenize, type Token} from '../words/tokens.js'
import type {RuleContext} from './rule.js'
import {joinSpans} from './spans.js'
import type {TermPair} from './terms.js'
import {findDates} from './values/dates.js'
import {findNames, institutions} from './values/names.js'

/** What the word alignment is made from. */
type WordSource = Pick<RuleContext, 'pairs' | 'detection' | 'lexicon'>

/** A token of a bead, with the sentence (span) of the bead it was read from. */
export interface PlacedToken extends Token {
  span: number
}

/** The word alignment of one sentence bead. */
export interface BeadWords {
  pair: Pair
  bead: SentencePair
  alignment: WordAlignment<PlacedToken>
}

/**
 * The words of every sentence bead that has both sides, linked across the
 * languages: computed once per check, for all the rules that look at words.
 * Conventional sentences (salutations, closings) and blocks that are not of
 * their side's language are left out: they do not translate word for word.
 */
export function alignBeadWords(context: WordSource, terms: readonly TermPair[]): BeadWords[] {
  const lexicon = documentLexicon(context.lexicon, terms)
  const beads: BeadWords[] = []
  for (const pair of context.pairs) {
    // Bilingual and neutral blocks (a letterhead) hold both languages: their words are not a translation.
    if (!pair.en.every((id) => context.detection.blocks.get(id)?.lang === 'en') || !pair.fr.every((id) => context.detection.blocks.get(id)?.lang === 'fr'))
      continue
    for (const bead of pair.sentences) {
      if (bead.en.length === 0 || bead.fr.length === 0 || conventional(bead.en, 'en') || conventional(bead.fr, 'fr')) continue
      const alignment = linkWords(placedTokens(bead.en, 'en'), placedTokens(bead.fr, 'fr'), {lexicon})
      beads.push({pair, bead, alignment})
    }
  }
  return beads
}

/** The check's lexicon, with the document's short terms and acronyms on top (long titles are term-consistency's). */
function documentLexicon(base: Lexicon, terms: readonly TermPair[]): Lexicon {
  const lexicon = new Lexicon(base)
  // Institutions go by other names in the other language: RCMP / GRC, Department of Justice / ministère de la Justice.
  for (const institution of institutions)
    for (const en of institution.en) for (const fr of institution.fr) if (words(en) <= 4 && words(fr) <= 4) lexicon.add(en, fr)
  for (const term of terms) {
    if (words(term.en) <= 4 && words(term.fr) <= 4) lexicon.add(term.en, term.fr)
    if (term.enAcronym !== undefined && term.frAcronym !== undefined) lexicon.add(term.enAcronym, term.frAcronym)
  }
  return lexicon
}

function words(text: string): number {
  return text.trim().split(/\s+/).length
}

/**
 * The tokens of a bead's sentences. Words inside the names name-mismatch
 * compares (addresses, institutions, countries, reference numbers) are not
 * content here: a changed name is that rule's finding, not a word gap.
 */
export function placedTokens(spans: readonly Span[], lang: Lang): PlacedToken[] {
  return spans.flatMap((span, index) => {
    // Dates are date-mismatch's, names name-mismatch's.
    const values: ReadonlyArray<{start: number; end: number}> = [...findNames(span.text, lang), ...findDates(span.text)]
    return tokenize(span.text, lang).map((token) => {
      const named = values.some((value) => token.start < value.end && value.start < token.end)
      return {...token, content: token.content && !named, span: index}
    })
  })
}

function conventional(spans: readonly Span[], lang: Lang): boolean {
  return conventionalRole(spans.map((span) => span.text).join(' '), lang) !== undefined
}

/**
 * The span from the first to the last of some tokens of one side of a bead, inside the sentence of the first;
 * the whole side when they lie in different sentences.
 */
export function tokensSpan(context: Pick<RuleContext, 'within'>, words: BeadWords, lang: Lang, indexes: readonly number[]): Span | null {
  const tokens = (lang === 'en' ? words.alignment.en : words.alignment.fr) as readonly PlacedToken[]
  const chosen = indexes.map((k) => tokens[k]).filter((token): token is PlacedToken => token !== undefined)
  const first = chosen[0]
  if (first === undefined || chosen.some((token) => token.span !== first.span)) return joinSpans(words.bead[lang])
  const sentence = words.bead[lang][first.span]
  if (sentence === undefined) return joinSpans(words.bead[lang])
  const start = Math.min(...chosen.map((token) => token.start))
  const end = Math.max(...chosen.map((token) => token.end))
  return context.within(sentence, start, end)
}
