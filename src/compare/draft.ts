import type {Analysis} from '../pipeline.js'
import {spanOf, textOffset} from '../read/locate.js'
import {joinSpans, spansOverlap} from '../check/spans.js'
import type {BlockPair, Block, Document, Lang, Span} from '../types.js'
import type {DraftSide} from './types.js'

/** A checked draft, with its blocks by id and each language's paired blocks in order. */
export interface Draft {
  analysis: Analysis
  blocks: Map<string, {block: Block; document: Document}>
  sequence: {en: Block[]; fr: Block[]}
  index: {en: Map<Block, number>; fr: Map<Block, number>}
  pairOf: Map<string, BlockPair>
}

export function draftOf(analysis: Analysis): Draft {
  const blocks = new Map(analysis.documents.flatMap((document) => document.blocks.map((block) => [block.id, {block, document}] as const)))
  const sequence = {en: [] as Block[], fr: [] as Block[]}
  const pairOf = new Map<string, BlockPair>()
  for (const pair of analysis.report.pairs) {
    for (const lang of ['en', 'fr'] as const) {
      for (const id of pair[lang]) {
        const found = blocks.get(id)
        if (found === undefined || pairOf.has(id)) continue
        pairOf.set(id, pair)
        sequence[lang].push(found.block)
      }
    }
  }
  const indexOf = (list: Block[]) => new Map(list.map((block, position) => [block, position]))
  return {analysis, blocks, sequence, index: {en: indexOf(sequence.en), fr: indexOf(sequence.fr)}, pairOf}
}

export function texts(blocks: readonly Block[]): string[] {
  return blocks.map((block) => block.text)
}

export function sideOf(draft: Draft): DraftSide {
  return {sources: draft.analysis.report.sources.map(({path, format}) => ({path, format})), layout: draft.analysis.report.layout}
}

export function blocksOf(pair: BlockPair, lang: Lang, draft: Draft): Block[] {
  return pair[lang].flatMap((id) => {
    const found = draft.blocks.get(id)
    return found === undefined ? [] : [found.block]
  })
}

/** The aligned sentences of a draft that hold a span (a paragraph's, for a paragraph), or the span itself. */
export function sentenceAround(draft: Draft, span: Span | null, lang: Lang): Span | null {
  if (span === null) return null
  const sentences = draft.analysis.report.pairs
    .flatMap((pair) => pair.sentences.flatMap((bead) => bead[lang]))
    .filter((sentence) => spansOverlap(sentence, span) || touches(sentence, span))
  const holding = joinSpans(sentences)
  return holding !== null && holding.position.start.offset <= span.position.start.offset && span.position.end.offset <= holding.position.end.offset
    ? holding
    : span
}

/** The same text in the old draft: the span's block matched, and the text found in it (a sentence left as it was). */
export function sameTextIn(old: Draft, now: Draft, span: Span, lang: Lang): Span | null {
  const newBlock = now.sequence[lang].find(
    (block) =>
      block.source === span.source && block.position.start.offset <= span.position.start.offset && span.position.end.offset <= block.position.end.offset,
  )
  if (newBlock === undefined) return null
  const oldBlocks = old.sequence[lang]
  for (const oldBlock of oldBlocks) {
    const at = oldBlock.text.indexOf(span.text)
    if (at >= 0 && (oldBlock.text === newBlock.text || span.text.length >= 12)) return spanIn(old, oldBlock, at, at + span.text.length)
  }
  return null
}

/** The part `[start, end)` of a span's text, as a span of its own, through the block that holds it. */
export function part(draft: Draft, span: Span, start: number, end: number): Span | undefined {
  const document = draft.analysis.documents[span.source]
  const block = document?.blocks.find(
    (each) => each.position.start.offset <= span.position.start.offset && span.position.end.offset <= each.position.end.offset,
  )
  if (document === undefined || block === undefined) return undefined
  const base = textOffset(block, span.position.start.offset)
  if (block.text.slice(base + start, base + end) !== span.text.slice(start, end)) return undefined
  return spanOf(document.source, block, base + start, base + end)
}

export function spanIn(draft: Draft, block: Block, start = 0, end = block.text.length): Span {
  const document = draft.analysis.documents[block.source] as Document
  return spanOf(document.source, block, start, end)
}

/** Spans of one source that meet end to start (an edit just before or after a sentence). */
export function touches(a: Span, b: Span): boolean {
  return a.source === b.source && (a.position.end.offset === b.position.start.offset || b.position.end.offset === a.position.start.offset)
}
