import type {Block, BlockKind, Lang, Pair, SentencePair, Span} from '../types.js'
import type {RuleContext, RuleReport} from './rule.js'
import {blockKindNames, joinSpans, pointAt} from './spans.js'
import {isLeadIn} from './lead-in.js'
import {isLanguageNotice} from './language-notice.js'
import {onlyBrokenImages} from './broken-image.js'
import {nearbyCoverage} from './nearby.js'
import {tokenize} from '../words/tokens.js'

/**
 * The messages of what one language has and the other lacks, for the rules that report it (omitted-content,
 * added-content): `presentLang` is the language that has the text, `absentLang` the one that lacks it.
 */
export const unpairedMessages = {
  /** A block (`kind`: its kind as messages name it, "list item") with no counterpart. */
  unpairedBlock: 'the {{absentLang}} has no counterpart for this {{presentLang}} {{kind}}: “{{text}}”',
  /** A sentence with no counterpart inside a paired block. */
  unpairedSentence: 'the {{absentLang}} has no counterpart for this {{presentLang}} sentence: “{{text}}”',
  /** A few words standing alone as a paragraph in one language. */
  pageArtefact: '“{{text}}” appears in the {{presentLang}} only; likely a page artefact (a wordmark, header or footer) rather than text to translate',
} as const

/**
 * Reports what one language has and the other lacks: blocks with no
 * counterpart, then sentences with no counterpart inside paired blocks. The
 * other side's span is an empty one where the text would be expected.
 */
export function reportUnpaired(context: RuleContext, present: Lang): void {
  const absent: Lang = present === 'en' ? 'fr' : 'en'
  context.pairs.forEach((pair, index) => {
    const where = expectedPlace(context, index, absent)
    if (pair[absent].length === 0) {
      // One finding per block, however many sentences it has: the divergence is the block.
      const byBlock = new Map<Block | undefined, Span[]>()
      for (const bead of pair.sentences) {
        for (const span of bead[present]) {
          const block = context.blockAt(span)
          byBlock.set(block, [...(byBlock.get(block) ?? []), span])
        }
      }
      for (const [block, spans] of byBlock) {
        // The code after a fence that did not parse is format-mismatch's finding, once, at the fence.
        // So is an image whose markup did not render: the other version's image has no text to pair it with.
        if (
          block !== undefined &&
          (block.brokenFence !== undefined || onlyBrokenImages(block.text) || selfTranslated(context, block) || codeFoundElsewhere(context, block))
        )
          continue
        const joined = joinSpans(spans) as Span
        const report = describeBlock(joined, block?.kind ?? 'paragraph', present, absent, where, () => nearbyCoverage(context, joined, present, index))
        // Code is not translated prose: one side's code without a counterpart is most often a fence lost or moved.
        context.report(block?.prose === false ? {...report, minor: true} : report)
      }
      return
    }
    for (const bead of pair.sentences) {
      if (bead[absent].length > 0 || bead[present].length === 0) continue
      const span = joinSpans(bead[present]) as Span
      const block = context.blockAt(span)
      if (block !== undefined && selfTranslated(context, block)) continue
      const place = neighbour(pair, bead, absent) ?? where
      context.report({
        messageId: 'unpairedSentence',
        data: {absentLang: absent, presentLang: present, text: excerpt(span.text)},
        confidence: confidenceFor(span.text, present, 'sentence', () => nearbyCoverage(context, span, present, index)),
        ...sides(present, span, place),
      })
    }
  })
}

/**
 * A block that holds both versions itself: bilingual ("Summary | Résumé",
 * "Credits / Remerciements", "The Honourable / L'honorable …"). It has no
 * counterpart to look for.
 */
function selfTranslated(context: RuleContext, block: Block): boolean {
  if (context.detection.blocks.get(block.id)?.lang === 'bilingual') return true
  return block.kind === 'heading' && /(?:^|[/|])[^/|\p{L}]*\p{L}[^/|]*\s[/|]\s[^/|\p{L}]*\p{L}/u.test(block.text)
}

/**
 * Code (a sample, a command) is not translated: one whose text stands in
 * another code block of the documents (the other version's, written as a
 * quote or a fence of its own) is not missing.
 */
function codeFoundElsewhere(context: RuleContext, block: Block): boolean {
  if (block.prose) return false
  // Where a fence did not parse, the code it held is read block by block: it cannot be paired, nor said missing.
  if (context.documents.some((document) => document.blocks.some((other) => other.brokenFence === 'fence'))) return true
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
  const mine = flat(block.text)
  return context.documents.some((document) =>
    document.blocks.some((other) => {
      if (other === block || other.prose || other.kind !== block.kind) return false
      const theirs = flat(other.text)
      return theirs !== '' && (theirs.includes(mine) || mine.includes(theirs))
    }),
  )
}

function describeBlock(span: Span, kind: BlockKind, present: Lang, absent: Lang, where: Span | null, nearby: () => number): RuleReport {
  const words = span.text.split(/\s+/).filter((word) => word !== '').length
  // A few words standing alone as a paragraph, not a heading or a list item, and not a sentence.
  const artefact = kind === 'paragraph' && words <= 3 && !/[.!?:;]$/.test(span.text.trim())
  const text = excerpt(span.text)
  return {
    ...(artefact
      ? {messageId: 'pageArtefact', data: {presentLang: present, text}}
      : {messageId: 'unpairedBlock', data: {absentLang: absent, presentLang: present, kind: blockKindNames[kind], text}}),
    confidence: confidenceFor(span.text, present, artefact ? 'artefact' : kind, nearby),
    ...sides(present, span, where),
  }
}

/** What a text one version has alone is: a block of some kind, a sentence inside a paired block, or a page artefact. */
type UnpairedKind = BlockKind | 'sentence' | 'artefact'

/**
 * How often a text one version has alone is a real divergence, by the side that has it and its kind, as measured
 * on the judged sample (bench/data/judged-findings.tsv; docs/rules/omitted-content.md says how). Translations drop
 * sentences, list items and table cells; a French-only sentence or paragraph is most often a lead-in the translator
 * added ("Par exemple :") or a sentence of the English the French split off or moved, and a French-only heading a
 * line the French set apart.
 */
const measuredPrecision: Record<Lang, Record<UnpairedKind, number>> = {
  en: {sentence: 0.88, paragraph: 0.65, 'list-item': 0.8, 'table-cell': 0.85, heading: 0.55, blockquote: 0.6, code: 0.6, html: 0.5, artefact: 0.55},
  fr: {sentence: 0.4, paragraph: 0.3, 'list-item': 0.8, 'table-cell': 0.6, heading: 0.3, blockquote: 0.3, code: 0.6, html: 0.5, artefact: 0.55},
}

/**
 * A word a translation keeps as it is: an address, a path, a file name, a mention, a code identifier (CamelCase,
 * snake_case, an all-capitals name such as README), or no letters at all (an emoji, punctuation).
 */
// regex-safe: runs only on words split at white space (nothingToTranslate below): every `\S*` then reaches the end,
// where `$` holds, and the pattern is anchored; recheck's attack needs white space inside the word.
const keptAsIs =
  /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+|\.{0,2}\/\S*|[\w-]+\.[a-z]{1,4}|[\p{Lu}\d_]{3,}|\p{L}+\p{Ll}\p{Lu}\S*|\S*_\S*|[^\p{L}\p{N}]+)$/u

/** Text with nothing to translate: every word of it is kept as it is (a list of repositories, a script's name as a title). */
function nothingToTranslate(text: string): boolean {
  const words = text
    .replace(/[()[\]{},;]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
  return words.length > 0 && words.every((word) => keptAsIs.test(word))
}

/** What text with nothing to translate, or a notice that content is in one language only, is worth. */
const conventional = 0.3

/** Content words a French-only text needs, with nothing near in the English saying any of it, to stand as an addition. */
const additionWords = 3
/** The share of its words that the English nearby may say for a French-only text to stand as an addition. */
const additionCoverage = 0.3

/**
 * The measured precision of its side and kind; text with nothing to translate (addresses, names of files or of code)
 * and a notice that some content is in one language only ("disponible seulement en anglais") are not missing text.
 * A French-only sentence or paragraph of some length that no English sentence nearby says any of (`nearby`: the best
 * share of its words one says) is no lead-in and no split: an addition worth a warning.
 */
function confidenceFor(text: string, present: Lang, kind: UnpairedKind, nearby: () => number): number {
  if (nothingToTranslate(text) || isLanguageNotice(text)) return conventional
  const measured = measuredPrecision[present][kind]
  if (
    present === 'fr' &&
    (kind === 'sentence' || kind === 'paragraph') &&
    !isLeadIn(text) &&
    contentWords(text) >= additionWords &&
    nearby() < additionCoverage
  )
    return Math.max(measured, 0.55)
  return measured
}

function contentWords(text: string): number {
  return tokenize(text, 'fr').filter((token) => token.content).length
}

function sides(present: Lang, span: Span, other: Span | null): {en: Span | null; fr: Span | null} {
  return present === 'en' ? {en: span, fr: other} : {en: other, fr: span}
}

/** An empty span right after the other language's sentence before this bead, or before the one after it. */
function neighbour(pair: Pair, bead: SentencePair, side: Lang): Span | null {
  const index = pair.sentences.indexOf(bead)
  for (let k = index - 1; k >= 0; k--) {
    const span = pair.sentences[k]?.[side].at(-1)
    if (span !== undefined) return pointAt(span, 'end')
  }
  for (let k = index + 1; k < pair.sentences.length; k++) {
    const span = pair.sentences[k]?.[side][0]
    if (span !== undefined) return pointAt(span, 'start')
  }
  return null
}

/** Where the missing block would be expected on the other side: after the previous pair's block there. */
function expectedPlace(context: RuleContext, index: number, side: Lang): Span | null {
  for (let k = index - 1; k >= 0; k--) {
    const span = context.pairs[k]?.sentences.flatMap((bead) => bead[side]).at(-1)
    if (span !== undefined) return pointAt(span, 'end')
  }
  for (let k = index + 1; k < context.pairs.length; k++) {
    const span = context.pairs[k]?.sentences.flatMap((bead) => bead[side])[0]
    if (span !== undefined) return pointAt(span, 'start')
  }
  return null
}

/** A text on one line, cut at 90 characters: what a message quotes of it. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat
}
