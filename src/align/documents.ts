import {spanOf} from '../read/locate.js'
import {splitSentences} from '../segment/sentences.js'
import {bundledLexicon} from '../words/bundled.js'
import type {Lexicon} from '../words/lexicon.js'
import type {Block, Detection, Document, Lang, Pair, Part, Span} from '../types.js'
import {type AlignSegment, alignSegments} from './aligner.js'

/** A block of one part, with what is needed to cut it into sentence spans. */
interface PartBlock {
  block: Block
  document: Document
}

/**
 * Aligns the English and French parts that detection found: blocks first
 * (paragraph granularity), then the sentences inside each pair of blocks.
 * Halves and separate files give one pair of parts, interleaved documents a
 * pair per English run and its neighbouring French run, side-by-side tables
 * their rows; a mixed document gives none. A block with no counterpart is a pair with an empty side.
 */
export interface AlignDocumentsOptions {
  /** A user's sentence similarity in [0, 1], added to the sentence aligner's evidence (see `AlignOptions`). */
  similarity?: (english: string, french: string) => number
  /** The word pairs that count as shared evidence (default: pareil's lexicon). */
  lexicon?: Lexicon
}

export function alignDocuments(documents: readonly Document[], detection: Detection, options: AlignDocumentsOptions = {}): Pair[] {
  if (detection.layout === 'side-by-side') return alignTables(documents, detection, options)
  // Translation units (XLIFF, TMX) are paired already: each unit's English with its French.
  if (documents.some((document) => document.blocks.some((block) => block.unit !== undefined))) return alignUnits(documents, detection, options)
  // A mixed document has no layout pareil is sure of: pairing its runs would report noise, not divergences.
  if (detection.layout === 'mixed') return []
  const pairs: Pair[] = []
  for (const [english, french] of partPairs(detection.parts)) {
    pairs.push(...alignParts(blocksOf(documents, detection, english), blocksOf(documents, detection, french), detection, options))
  }
  return pairs
}

/** Which English part goes with which French part: each with its neighbour of the other language. */
function partPairs(parts: readonly Part[]): Array<[Part, Part]> {
  const pairs: Array<[Part, Part]> = []
  for (let k = 0; k + 1 < parts.length; k++) {
    const a = parts[k] as Part
    const b = parts[k + 1] as Part
    if (a.lang === b.lang) continue
    pairs.push(a.lang === 'en' ? [a, b] : [b, a])
    k++
  }
  return pairs
}

/** The blocks of a part that take part in alignment: not language links, raw HTML wrappers or separators. */
function blocksOf(documents: readonly Document[], detection: Detection, part: Part): PartBlock[] {
  const document = documents[part.source]
  if (document === undefined) return []
  return document.blocks
    .filter(
      (block) =>
        block.position.start.offset >= part.position.start.offset &&
        block.position.end.offset <= part.position.end.offset &&
        block.kind !== 'html' &&
        /[\p{L}\p{N}]/u.test(block.text) &&
        detection.blocks.get(block.id)?.navigation !== true,
    )
    .map((block) => ({block, document}))
}

function alignParts(english: readonly PartBlock[], french: readonly PartBlock[], detection: Detection, options: AlignDocumentsOptions): Pair[] {
  const segment = ({block}: PartBlock): AlignSegment => ({
    text: block.text,
    kind: block.kind,
    anchors: markAnchors(block),
    // A short block without language (a page wordmark, a date) pairs one to one or stays alone.
    solitary: detection.blocks.get(block.id)?.lang === 'neutral' && block.text.split(/\s+/).length <= 3,
  })
  // Blocks pair by anchors, cognates and length; word pairs would pull long blocks into joins.
  // Paragraphs are paired on anchors, length and shared words, without the lexicon: adding it there is a change to
  // measure on the alignment benchmarks, not a default to inherit.
  const beads = alignSegments(english.map(segment), french.map(segment), {granularity: 'paragraphs', lexicon: null})
  return withSentences(english, french, beads, options)
}

/**
 * The blocks of translation units, paired by unit in file order: a unit's English blocks with its French ones (a
 * unit with one side only stands alone), the language being the one the file gives each block.
 */
function alignUnits(documents: readonly Document[], detection: Detection, options: AlignDocumentsOptions): Pair[] {
  const english: PartBlock[] = []
  const french: PartBlock[] = []
  const beads: Array<{en: number[]; fr: number[]; score: number}> = []
  const beadOf = new Map<string, {en: number[]; fr: number[]; score: number}>()
  for (const document of documents) {
    for (const block of document.blocks) {
      const lang = block.declaredLang ?? detection.blocks.get(block.id)?.lang
      if (block.unit === undefined || (lang !== 'en' && lang !== 'fr') || !/[\p{L}\p{N}]/u.test(block.text)) continue
      let bead = beadOf.get(block.unit)
      if (bead === undefined) {
        bead = {en: [], fr: [], score: 1}
        beadOf.set(block.unit, bead)
        beads.push(bead)
      }
      const side = lang === 'en' ? english : french
      bead[lang].push(side.length)
      side.push({block, document})
    }
  }
  for (const bead of beads) if (bead.en.length === 0 || bead.fr.length === 0) bead.score = 0
  return withSentences(english, french, beads, options)
}

/** Block pairs from paragraph beads, with their sentences aligned within each pair. */
function withSentences(
  english: readonly PartBlock[],
  french: readonly PartBlock[],
  beads: ReadonlyArray<{en: readonly number[]; fr: readonly number[]; score: number}>,
  options: AlignDocumentsOptions,
): Pair[] {
  const lexicon = options.lexicon ?? bundledLexicon()
  const pairs: Pair[] = beads.map((bead) => ({
    en: bead.en.map((k) => (english[k] as PartBlock).block.id),
    fr: bead.fr.map((k) => (french[k] as PartBlock).block.id),
    score: bead.score,
    sentences: [],
  }))
  // Sentences of all pairs at once, each pair's within its own blocks: rarity and learnt word pairs are then
  // measured on the whole document rather than on one paragraph.
  const enSentences = beads.flatMap((bead, index) =>
    sentencesOf(
      bead.en.map((k) => english[k] as PartBlock),
      'en',
    ).map((span) => ({span, index})),
  )
  const frSentences = beads.flatMap((bead, index) =>
    sentencesOf(
      bead.fr.map((k) => french[k] as PartBlock),
      'fr',
    ).map((span) => ({span, index})),
  )
  const sentenceBeads = alignSegments(
    enSentences.map(({span, index}) => ({text: span.text, paragraph: index})),
    frSentences.map(({span, index}) => ({text: span.text, paragraph: index})),
    options.similarity === undefined ? {pairedParagraphs: true, lexicon} : {pairedParagraphs: true, lexicon, similarity: options.similarity},
  )
  for (const bead of sentenceBeads) {
    const en = bead.en.map((k) => enSentences[k] as {span: Span; index: number})
    const fr = bead.fr.map((k) => frSentences[k] as {span: Span; index: number})
    const index = (en[0] ?? fr[0])?.index
    if (index === undefined) continue
    pairs[index]?.sentences.push({en: en.map(({span}) => span), fr: fr.map(({span}) => span), score: bead.score})
  }
  return pairs
}

/**
 * What a block's inline marks say across languages: the target of each link,
 * and the first, second… italic or bold span (an italic act title answers an
 * italic act title).
 */
function markAnchors(block: Block): string[] {
  const anchors: string[] = []
  const counts = new Map<string, number>()
  for (const mark of block.marks) {
    if (mark.kind === 'link' && mark.url !== undefined) anchors.push(`url ${mark.url.replace(/\/(?:en|fr|eng|fra)(?=\/|$)/, '/*')}`)
    if (mark.kind === 'emphasis' || mark.kind === 'strong') {
      const count = (counts.get(mark.kind) ?? 0) + 1
      counts.set(mark.kind, count)
      anchors.push(`${mark.kind} ${count}`)
    }
  }
  return anchors
}

/** The sentences of a run of blocks, as spans in their sources. */
function sentencesOf(blocks: readonly PartBlock[], lang: Lang): Span[] {
  return blocks.flatMap(({block, document}) => blockSentences(document, block, lang))
}

/** The sentences of a block as spans in its source; a block that is not prose (code) is one span. */
export function blockSentences(document: Document, block: Block, lang: Lang): Span[] {
  return block.prose ? splitSentences(block.text, lang).map(({start, end}) => spanOf(document.source, block, start, end)) : [spanOf(document.source, block)]
}

/** Side-by-side tables: the cells of each row, English column with French column. */
function alignTables(documents: readonly Document[], detection: Detection, options: AlignDocumentsOptions): Pair[] {
  const pairs: Pair[] = []
  for (const document of documents) {
    const tables = new Map<number, Block[]>()
    for (const block of document.blocks) {
      if (block.table !== undefined && detection.blocks.get(block.id)?.navigation !== true) {
        tables.set(block.table.id, [...(tables.get(block.table.id) ?? []), block])
      }
    }
    for (const cells of tables.values()) {
      const columns = columnLanguages(cells, detection)
      const rows = new Map<number, Block[]>()
      for (const cell of cells) rows.set(cell.table?.row ?? 0, [...(rows.get(cell.table?.row ?? 0) ?? []), cell])
      for (const row of rows.values()) {
        const english = row.filter((cell) => columns.get(cell.table?.column ?? -1) === 'en').map((block) => ({block, document}))
        const french = row.filter((cell) => columns.get(cell.table?.column ?? -1) === 'fr').map((block) => ({block, document}))
        if (english.length === 0 && french.length === 0) continue
        pairs.push(...alignParts(english, french, detection, options))
      }
    }
  }
  return pairs
}

/** The language of each column of a table: the language most of its cells are in. */
function columnLanguages(cells: readonly Block[], detection: Detection): Map<number, Lang> {
  const votes = new Map<number, {en: number; fr: number}>()
  for (const cell of cells) {
    const column = cell.table?.column ?? 0
    const tally = votes.get(column) ?? {en: 0, fr: 0}
    const lang = detection.blocks.get(cell.id)?.lang
    if (lang === 'en') tally.en += cell.text.length
    if (lang === 'fr') tally.fr += cell.text.length
    votes.set(column, tally)
  }
  const languages = new Map<number, Lang>()
  for (const [column, {en, fr}] of votes) if (en !== fr) languages.set(column, en > fr ? 'en' : 'fr')
  return languages
}
