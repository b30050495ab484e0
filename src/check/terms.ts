import {fold} from '../align/features.js'
import type {Block, Document, Pair} from '../types.js'
import type {RuleContext, SharedAnalysis} from './rule.js'
import {wholeWordIndex} from './spans.js'

/** What terms are learnt from: the paired blocks and the user's glossary. */
type TermSource = Pick<RuleContext, 'pairs' | 'block' | 'glossary'>

/** A term and its translation, learnt from the document or given in a glossary. */
export interface TermPair {
  en: string
  fr: string
  /** How many pairs of blocks showed the term (for terms learnt from the document). */
  seen?: number
  /** Acronyms the term goes by in each language ("MRA"), when the document defines them. */
  enAcronym?: string
  frAcronym?: string
  origin: 'document' | 'glossary'
}

/** An acronym defined in a block: "… Internet service* (MRA)". */
export interface AcronymDefinition {
  acronym: string
  expansion: string
  block: Block
  document: Document
  /** Offsets of the acronym (without its brackets) in the block's text. */
  start: number
  end: number
}

/**
 * Italic or bold spans of a pair of blocks, taken in order when both blocks
 * have as many: an italic act title answers an italic act title (*Criminal
 * Code* / *Code criminel*). Terms a user glossary gives come first.
 */
export function learnTerms(context: TermSource, shared: Pick<SharedAnalysis, 'acronyms'>): TermPair[] {
  const terms = new Map<string, TermPair>()
  // Copies: acronyms found in the document are bound to the terms, and the caller's glossary stays as given.
  for (const term of context.glossary) terms.set(fold(term.en), {...term})
  for (const pair of context.pairs) {
    if (pair.en.length !== 1 || pair.fr.length !== 1) continue
    const en = context.block(pair.en[0] as string)?.block
    const fr = context.block(pair.fr[0] as string)?.block
    if (en === undefined || fr === undefined) continue
    const enTitles = titles(en)
    const frTitles = titles(fr)
    if (enTitles.length === 0 || enTitles.length !== frTitles.length) continue
    enTitles.forEach((title, k) => {
      const key = fold(title)
      const french = frTitles[k] as string
      const known = terms.get(key)
      if (known !== undefined && known.origin === 'document' && fold(known.fr) === fold(french)) known.seen = (known.seen ?? 1) + 1
      else if (known === undefined && isTitle(title) && isTitle(french) && fold(french) !== key) {
        terms.set(key, {en: title, fr: french, origin: 'document', seen: 1})
      }
    })
  }
  // Bind the acronyms the document defines to their terms.
  for (const definition of shared.acronyms('en')) {
    const term = terms.get(fold(definition.expansion))
    if (term !== undefined) term.enAcronym ??= definition.acronym
  }
  for (const definition of shared.acronyms('fr')) {
    const term = [...terms.values()].find((candidate) => fold(candidate.fr) === fold(definition.expansion))
    if (term !== undefined) term.frAcronym ??= definition.acronym
  }
  // A pairing seen once may be two labels that merely sit in the same place; it counts once it is seen twice,
  // or once the document binds it to an acronym.
  return [...terms.values()].filter(
    (term) => term.origin === 'glossary' || (term.seen ?? 0) >= 2 || term.enAcronym !== undefined || term.frAcronym !== undefined,
  )
}

/**
 * Whether a marked span reads as a title worth tracking (*Criminal Code*, *Loi sur l'entraide juridique*): a
 * capital first, two words or more, no sentence inside. Stressed words and UI labels ("*language*") are not terms.
 */
function isTitle(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length >= 2 && !/[.!?:]\s/.test(text) && text.length <= 200
}

/** The text of a block's italic and bold spans, in order (short ones, like a stressed word, left out). */
function titles(block: Block): string[] {
  return block.marks
    .filter((mark) => (mark.kind === 'emphasis' || mark.kind === 'strong') && mark.end - mark.start >= 6)
    .map((mark) => block.text.slice(mark.start, mark.end).trim())
}

/**
 * Acronyms defined in one language's blocks: a bracketed acronym right after
 * an italic or bold title, or after capitalised words whose initials spell it
 * ("Royal Canadian Mounted Police (RCMP)").
 */
export function acronymDefinitions(context: TermSource, lang: 'en' | 'fr'): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  for (const pair of context.pairs) {
    for (const id of pair[lang]) {
      const found = context.block(id)
      if (found === undefined) continue
      const {block, document} = found
      for (const match of block.text.matchAll(/\((\p{Lu}[\p{Lu}\d&]{1,7})\)/gu)) {
        const start = match.index + 1
        const acronym = match[1] as string
        const expansion = expansionBefore(block, match.index, acronym)
        if (expansion !== undefined) definitions.push({acronym, expansion, block, document, start, end: start + acronym.length})
      }
    }
  }
  return definitions
}

const littleWords = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  'et',
  'à',
  'au',
  'aux',
  'en',
  'pour',
  'sur',
  'd',
])

function expansionBefore(block: Block, bracket: number, acronym: string): string | undefined {
  const before = block.text.slice(0, bracket).trimEnd()
  const mark = block.marks.find((candidate) => (candidate.kind === 'emphasis' || candidate.kind === 'strong') && candidate.end === before.length)
  if (mark !== undefined) return block.text.slice(mark.start, mark.end).trim()
  const words = before.split(/\s+/)
  const initials = acronym.replace(/[^\p{Lu}]/gu, '')
  // English capitalises every word of a name, French only the first, if any ("Gendarmerie royale du Canada"
  // (GRC), "directeur parlementaire du budget" (DPB)): the initials are read from all words, or from all but the
  // little ones.
  for (let count = 1; count <= initials.length + 3 && count <= words.length; count++) {
    // Elided articles are not initials: "l’Organisation" counts as "Organisation".
    const phrase = words.slice(words.length - count).map((word) => word.replace(/^\p{L}['’](?=\p{L})/u, ''))
    const all = phrase.map((word) => word.charAt(0).toUpperCase()).join('')
    const content = phrase
      .filter((word) => !littleWords.has(word.toLowerCase()))
      .map((word) => word.charAt(0).toUpperCase())
      .join('')
    if (all === initials || content === initials) return phrase.join(' ')
  }
  return undefined
}

/** Where a term (or an acronym, matched case-sensitively) occurs in a text, as whole words; -1 if nowhere. */
export function occurrence(text: string, term: string, acronym = false): number {
  return acronym ? wholeWordIndex(text, term) : wholeWordIndex(fold(text), fold(term))
}

/** The pair whose blocks include this block, on the given side. */
export function pairOf(pairs: readonly Pair[], side: 'en' | 'fr', blockId: string): Pair | undefined {
  return pairs.find((pair) => pair[side].includes(blockId))
}
