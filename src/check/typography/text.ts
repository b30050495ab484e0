import type {Block, Lang} from '../../types.js'
import type {RuleContext} from '../rule.js'
import {versionBlocks} from '../version-blocks.js'

/** A range `[start, end)` of a block's plain text. */
export interface Range {
  start: number
  end: number
}

/** A block a typography rule reads, with the ranges of its text that are not prose to correct. */
export interface ProseBlock {
  block: Block
  /** Inline code, links, web and e-mail addresses, HTML tags and entities, template tags: never typography to fix. */
  skipped: readonly Range[]
}

interface BlockOptions {
  /** Whether blocks inside a block quote are read (a quotation keeps its author's wording). Default: true. */
  quoted?: boolean
}

/**
 * The prose blocks of one language, as detection sees them, each with the
 * ranges of its text no typography rule looks at. Navigation (a language
 * switch), code, raw HTML, a code fence that did not parse, blocks of another
 * or of no language and bilingual blocks are left out.
 */
export function proseBlocks(context: RuleContext, lang: Lang, options: BlockOptions = {}): ProseBlock[] {
  return versionBlocks(context)
    .filter((found) => found.lang === lang && !(options.quoted === false && found.block.quoted === true))
    .map(({block}) => ({block, skipped: skippedRanges(block)}))
}

/** Web addresses, e-mail addresses, paths, HTML tags and entities, template tags ({{ x }}, ${x}, {% x %}). */
const notProse = [
  /\b(?:https?|ftp|mailto|file):\/?\/?\S+|\bwww\.\S+/giu,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /&(?:[a-z]+|#\d+|#x[\da-f]+);/giu,
  /<\/?[a-z!][^<>]*>?|<!--|-->/giu,
  /\{\{[^{}]*\}\}|\{%[^{}%]*%\}|\$\{[^{}]*\}/gu,
  // A path or file name: a run with a slash or backslash between names, or a name with a code file's extension.
  /(?<![\w.~-])(?:[\w.~-]*[\\/])+[\w.~*-]+|(?<![\w.-])[\w-]+\.(?:md|json|ya?ml|js|ts|py|html?|css|txt|csv|xml|sh|ps1|R|sas|toml|lock|env)\b/gu,
]

function skippedRanges(block: Block): Range[] {
  const ranges: Range[] = block.marks
    .filter((mark) => mark.kind === 'inline-code' || mark.kind === 'link' || mark.kind === 'placeholder')
    .map((mark) => ({start: mark.start, end: mark.end}))
  for (const pattern of notProse) {
    for (const match of block.text.matchAll(pattern)) ranges.push({start: match.index, end: match.index + match[0].length})
  }
  return ranges
}

/** Whether `[start, end)` touches a range no rule looks at. */
export function isSkipped(prose: ProseBlock, start: number, end: number): boolean {
  return prose.skipped.some((range) => start < range.end && range.start < end)
}

/** Whether `[start, end)` lies in an emphasis of the block (a title of a work, set in italics). */
export function inEmphasis(block: Block, start: number, end: number): boolean {
  return block.marks.some((mark) => mark.kind === 'emphasis' && mark.start <= start && end <= mark.end)
}

/**
 * Whether a word at `at` opens a sentence, a line or the block: nothing but
 * spaces, list markers or an opening quote or parenthesis before it since the
 * block's start or a line break, or the end of a sentence (. ! ? … :) before
 * it, where a capital is at home. A point after an abbreviation ("M.", "p. ex.")
 * counts too: the rules that ask would rather stay quiet.
 */
export function opensSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  // A long line is read back a little way only: what starts a sentence is close before it.
  const line = text.slice(Math.max(lineStart, at - nearby), at)
  if (lineStart >= at - nearby && /^[\s\p{Pd}•*>«“"'‘(\d.)]*$/u.test(line)) return true
  // Back over spaces, quotes, brackets and dashes to the character that ends what came before.
  let end = line.length
  while (end > 0 && /[\s»”"')\]\p{Pd}•«“'‘(]/u.test(line.charAt(end - 1))) end--
  return /[.!?…:]/u.test(line.charAt(end - 1))
}

/** How far around a place the rules read its context: a sentence or two, so that a long block costs no more. */
export const nearby = 300

/**
 * Whether the range `[start, end)` lies between quotation marks of its
 * context (a sentence or two around it): French, English or straight ones.
 */
export function inQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - nearby), start)
  const after = text.slice(end, end + nearby)
  for (const [open, close] of [
    ['«', '»'],
    ['“', '”'],
  ] as const) {
    const opened = before.lastIndexOf(open)
    if (opened >= 0 && before.lastIndexOf(close) < opened && after.includes(close)) return true
  }
  return (before.split('"').length - 1) % 2 === 1 && after.includes('"')
}
