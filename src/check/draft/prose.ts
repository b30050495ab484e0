import type {Block, Lang, Pair, Part} from '../../types.js'
import type {RuleContext} from '../rule.js'
import {versionBlocks} from '../version-blocks.js'

/** A block a draft rule reads: prose, with the language detection gave it. */
export interface DraftBlock {
  block: Block
  lang: Lang
  /** The block's text with inline code blanked out (same length, so offsets hold): code is not the draft's words. */
  text: string
}

/**
 * The prose blocks of every document in order, English and French only (a name, a date or a bilingual line has no
 * version to be a draft of; see `versionBlocks`). Where the layout gives each version a stretch of
 * its own (halves, separate files, one language), a block takes its version's language: a short heading
 * ("Tests", "Installation") reads as either.
 */
export function draftBlocks(context: RuleContext): DraftBlock[] {
  return versionBlocks(context).map(({block, lang}) => ({block, lang: versionOf(context, block)?.lang ?? lang, text: withoutInlineCode(block)}))
}

/** Layouts where each version is one stretch of text: its end is where the version ends. */
const oneStretchEach = new Set(['en-fr-halves', 'fr-en-halves', 'separate', 'monolingual'])

/** The version a block lies in, where the layout gives each version a stretch of its own. */
export function versionOf(context: RuleContext, block: Block): Part | undefined {
  if (!oneStretchEach.has(context.detection.layout)) return undefined
  const offset = block.position.start.offset
  const parts = context.detection.parts.filter((part) => part.source === block.source)
  if (context.detection.layout !== 'en-fr-halves' && context.detection.layout !== 'fr-en-halves') return parts[0]
  return parts.find((part) => part.position.start.offset <= offset && offset <= part.position.end.offset)
}

/**
 * Whether a block is the last of its version: nothing but language links follows it in its document, or, in a
 * document of two halves, what follows lies past its half. Unknown (false) where versions alternate.
 */
export function endsVersion(context: RuleContext, block: Block): boolean {
  const version = versionOf(context, block)
  // A block whose own language is not its version's may be the next version's first line, put on this side.
  if (version === undefined || context.detection.blocks.get(block.id)?.lang !== version.lang) return false
  const next = followingBlock(context, block)
  if (next === undefined) return true
  const halves = context.detection.layout === 'en-fr-halves' || context.detection.layout === 'fr-en-halves'
  return halves && next.block.position.start.offset > version.position.end.offset
}

/** The block's text with every inline-code range turned to spaces. */
export function withoutInlineCode(block: Block): string {
  const code = block.marks.filter((mark) => mark.kind === 'inline-code' && mark.end > mark.start)
  if (code.length === 0) return block.text
  let text = block.text
  for (const mark of code) text = text.slice(0, mark.start) + ' '.repeat(mark.end - mark.start) + text.slice(mark.end)
  return text
}

/** What comes after a block in its document: the next block that is not a language link, with its language. */
export interface Following {
  block: Block
  lang: string
}

/** The block after this one in its document (language links skipped), or undefined at the document's end. */
export function followingBlock(context: RuleContext, block: Block): Following | undefined {
  const blocks = context.documents[block.source]?.blocks ?? []
  for (let index = indexOf(blocks, block) + 1; index < blocks.length; index++) {
    const next = blocks[index] as Block
    const detected = context.detection.blocks.get(next.id)
    if (detected?.navigation === true) continue
    return {block: next, lang: detected?.lang ?? 'unknown'}
  }
  return undefined
}

/** The block before this one in its document (language links skipped). */
export function precedingBlock(context: RuleContext, block: Block): Block | undefined {
  const blocks = context.documents[block.source]?.blocks ?? []
  for (let index = indexOf(blocks, block) - 1; index >= 0; index--) {
    const previous = blocks[index] as Block
    if (context.detection.blocks.get(previous.id)?.navigation !== true) return previous
  }
  return undefined
}

/** How many blank lines separate two blocks of one source. */
export function blankLinesBetween(context: RuleContext, before: Block, after: Block): number {
  const text = context.documents[before.source]?.source.text ?? ''
  const gap = text.slice(before.position.end.offset, after.position.start.offset)
  return Math.max(0, (gap.match(/\n/g)?.length ?? 0) - 1)
}

const indices = new WeakMap<readonly Block[], Map<Block, number>>()

/** A block's index in its document, from an index made once per document (rules ask for every block). */
function indexOf(blocks: readonly Block[], block: Block): number {
  let index = indices.get(blocks)
  if (index === undefined) {
    index = new Map(blocks.map((each, position) => [each, position]))
    indices.set(blocks, index)
  }
  return index.get(block) ?? -1
}

/** The pair of blocks the aligner put a block in, if any. */
export function pairOfBlock(context: RuleContext, block: Block): Pair | undefined {
  return pairOf(context).get(block.id)
}

/** The blocks the aligner paired with this one in the other language ([] for a block with no counterpart). */
export function counterpartsOf(context: RuleContext, block: Block, lang: Lang): Block[] {
  const pair = pairOfBlock(context, block)
  if (pair === undefined) return []
  return (lang === 'en' ? pair.fr : pair.en).flatMap((id) => {
    const found = context.block(id)
    return found === undefined ? [] : [found.block]
  })
}

const pairIndices = new WeakMap<readonly Pair[], Map<string, Pair>>()

/** The pair each block id belongs to, indexed once per check. */
function pairOf(context: RuleContext): Map<string, Pair> {
  let index = pairIndices.get(context.pairs)
  if (index === undefined) {
    index = new Map(context.pairs.flatMap((pair) => [...pair.en, ...pair.fr].map((id) => [id, pair] as const)))
    pairIndices.set(context.pairs, index)
  }
  return index
}
