import type {Code, Definition, Html, InlineCode, List, Nodes, Parent, PhrasingContent, Root, Table} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {BlockKind, ListPlace, Mark, MarkKind, Source, TablePlace} from '../types.js'
import {type BlockDraft, lineColumn, type Reader} from './reader.js'
import {refuseDeepNesting} from './nesting.js'
import {TextBuilder} from './text-builder.js'

/** Markdown: the reader of any file that no other reader claims. */

/** An HTML tag that opens a block: the text before it and the text in it do not run together. */
const blockTag = /^<(?:li|ul|ol|p|div|tr|td|th|table|h[1-6]|dd|dt|dl|blockquote|section)\b[^>]*>$/i
export const markdownReader: Reader = {
  id: 'markdown',
  name: 'Markdown',
  extensions: ['md', 'markdown', 'mdown', 'mkd', 'blade.php'],
  input: 'text',
  read: ({source}) => ({blocks: readMarkdown(source)}),
  place: lineColumn,
}

// Front matter (YAML or TOML) is metadata, not text: recognised so that it is not read as a heading.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Reads Markdown (CommonMark with GFM tables, front matter skipped) into blocks, in document order. */
export function readMarkdown(source: Source): BlockDraft[] {
  refuseDeepNesting(source.path, source.text, 'markdown')
  // A byte order mark is dropped by the parser, which would shift every position by one: it is read as a space.
  const tree = parser.parse(source.text.startsWith('\uFEFF') ? ` ${source.text.slice(1)}` : source.text)
  const walker = new Walker(source, collectDefinitions(tree))
  walker.flow(tree, {quoted: false})
  return withBrokenFences(walker.blocks, source.text)
}

/** A paragraph that is only a fence that did not parse: "`` `", "\\`\\`\\`bash", "``` " in the wrong place. */
const strayFence = /^\s*(?:\\?`\s*){3,}(?:[\w-]+\s*)?$/

/** A fence written into a paragraph's text: backticks that did not open or close code ("\\`\\`\\`bash", "$ npm run dev ```"). */
const fenceInText = /`{3,}/g
/** A list number escaped inside a paragraph ("… sémantique). 3\\. BREAKING"): a list whose line breaks were lost. */
const escapedListNumber = /\S[ \t]+\d{1,2}\\\.\s/
/**
 * A list run into a paragraph: its first two markers in order, each a number or a roman numeral and a period, before
 * a capital ("contient i. Les définitions … ii. Code …"). Enumerations written as prose ("a) le ministre; b) …") are
 * not this.
 */
const inlineListMarkers = /(?:^|\s)(?:1|i)\.\s+\p{Lu}(?:.*?(\s(?:2|ii)\.\s+\p{Lu})|.*)/gu
/**
 * Whether a text has `inlineListMarkers`'s "1. … 2. …" on one line. Where a "1." has no "2." after it on its line, the
 * pattern takes in the rest of the line (group 1 undefined): no later "1." of that line has one either, and each line
 * is read once, not once for each "1." on it (`/(?:^|\s)(?:1|i)\.\s+\p{Lu}.*?\s(?:2|ii)\.\s+\p{Lu}/u.test` is quadratic).
 */
function hasInlineListMarkers(text: string): boolean {
  for (const match of text.matchAll(inlineListMarkers)) if (match[1] !== undefined) return true
  return false
}
/** A bulleted list run into a paragraph after a sentence: "… à explorer. - Générer un site … - Construire avec SSR". */
const inlineBullets = /[.:!?]\s+[-*•]\s+\p{Lu}.*?\s[-*•]\s+\p{Lu}/u

/** How many blocks a fence opened inside a paragraph may hold before it is taken for a stray one that never closes. */
const inlineFenceReach = 8

/**
 * A code fence that did not parse (a stray "`` `", escaped backticks) leaves
 * the code after it as paragraphs, headings (its `#` comments) and list items.
 * The fence is reported by format-mismatch; the blocks up to the fence that
 * closes it are code, not prose to compare. A fence may also be written into a
 * paragraph (a converter escaped its backticks, or the line breaks were lost):
 * that paragraph is marked `flattened`, and when it opens code, it counts as a
 * fence too. When no closing fence comes within reach, a stray fence's code
 * ends at the next heading, and a fence inside a paragraph opens nothing.
 */
function withBrokenFences(blocks: BlockDraft[], text: string): BlockDraft[] {
  const raw = (block: BlockDraft) => text.slice(block.position.start.offset, block.position.end.offset)
  const stray = (block: BlockDraft) => block.kind === 'paragraph' && strayFence.test(raw(block))
  const fencesIn = (block: BlockDraft) => (block.prose ? (block.text.match(fenceInText)?.length ?? 0) : 0)
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index] as BlockDraft
    const isStray = stray(block)
    if (isStray) markStrayFence(block)
    else if (block.prose && (fencesIn(block) > 0 || escapedListNumber.test(raw(block)) || hasInlineListMarkers(block.text) || inlineBullets.test(block.text)))
      block.flattened = true
    const opens = isStray || fencesIn(block) % 2 === 1
    if (!opens) {
      index++
      continue
    }
    const reach = blocks.slice(index + 1, index + 1 + inlineFenceReach)
    const closer = reach.findIndex((other) => stray(other) || fencesIn(other) % 2 === 1)
    // Without a closing fence in reach, a stray fence's code ends at the next heading or stray fence.
    const code = closer >= 0 ? reach.slice(0, closer) : isStray ? blocks.slice(index + 1, nextBoundary(blocks, index + 1, stray)) : []
    for (const inside of code) markCode(inside)
    if (closer < 0) {
      index += 1 + code.length
      continue
    }
    // The closing block is a fence, or a paragraph that goes on as prose after it.
    const closing = blocks[index + 1 + closer] as BlockDraft
    if (stray(closing)) markStrayFence(closing)
    else closing.flattened = true
    index += closer + 2
  }
  return blocks
}

function markStrayFence(block: BlockDraft): void {
  markCode(block)
  block.brokenFence = 'fence'
}

function markCode(block: BlockDraft): void {
  if (!block.prose && block.brokenFence === undefined) return
  block.kind = 'code'
  block.prose = false
  block.marks = []
  block.brokenFence = 'inside'
}

/** The index of the first heading or stray fence from `from` on (the blocks' length when none). */
function nextBoundary(blocks: BlockDraft[], from: number, stray: (block: BlockDraft) => boolean): number {
  const found = blocks.findIndex((block, k) => k >= from && (block.kind === 'heading' || stray(block)))
  return found < 0 ? blocks.length : found
}

/** What a block inherits from the containers around it. */
interface Context {
  quoted: boolean
  list?: ListPlace
  table?: TablePlace
}

/**
 * `<!-- pareil-disable-next-block -->`, with the ids of the rules it turns off, if it names any (group 1, split at
 * white space and commas). Written so that nothing backtracks: group 1 takes what lies between the marker and `-->`,
 * white space around the ids included (`(?:\s+([\w\s,-]*?))?\s*-->`, the same comments, read it in cubic time).
 */
const suppressionComment = /^<!--\s*pareil-disable-next-block(?=\s|-->)([\w\s,-]*)-->\s*$/
class Walker {
  readonly blocks: BlockDraft[] = []
  /** Rules a suppression comment turned off for the next block ([] for all of them). */
  #disabled: string[] | undefined
  #lists = 0
  #tables = 0

  constructor(
    readonly source: Source,
    readonly definitions: Map<string, string>,
  ) {}

  flow(parent: Parent, context: Context): void {
    for (const node of parent.children as Nodes[]) {
      switch (node.type) {
        case 'paragraph':
          this.prose(node, paragraphKind(context), context)
          break
        case 'heading':
          this.prose(node, 'heading', context, node.depth)
          break
        case 'blockquote':
          this.flow(node, {...context, quoted: true})
          break
        case 'list':
          this.list(node, context)
          break
        case 'table':
          this.table(node, context)
          break
        case 'code':
          this.code(node, context)
          break
        case 'html':
          this.html(node, context)
          break
        case 'footnoteDefinition':
          this.flow(node, context)
          break
        default:
          // thematic breaks, definitions, front matter: no text to check
          break
      }
    }
  }

  list(node: List, context: Context): void {
    const id = ++this.#lists
    const depth = (context.list?.depth ?? 0) + 1
    node.children.forEach((item, index) => {
      const list: ListPlace = {id, ordinal: index + 1, ordered: node.ordered === true, depth}
      this.flow(item, {...context, list})
    })
  }

  table(node: Table, context: Context): void {
    const id = ++this.#tables
    node.children.forEach((row, rowIndex) => {
      row.children.forEach((cell, column) => {
        this.prose(cell, 'table-cell', {...context, table: {id, row: rowIndex, column}})
      })
    })
  }

  prose(node: Nodes & Parent, kind: BlockKind, context: Context, depth?: number): void {
    const builder = new TextBuilder()
    const marks: Mark[] = []
    this.phrasing(node.children as PhrasingContent[], builder, marks)
    // A paragraph of template markup only (Blade, Liquid, reStructuredText directives) is markup, not prose.
    const {start, end} = offsetsOf(node)
    const raw = this.source.text.slice(start, end)
    if (kind !== 'heading' && isTemplateMarkup(raw)) this.push(node, 'html', context, builder, [], false)
    // Code written as a paragraph or a quote (a sample whose fence was lost): code, not prose.
    else if (kind !== 'heading' && looksLikeCode(raw.replace(/^[ \t]*(?:>[ \t]?)+/gm, ''))) this.push(node, 'code', context, builder, [], false)
    else this.push(node, kind, context, builder, marks, true, depth)
  }

  code(node: Code, context: Context): void {
    const builder = new TextBuilder()
    const {start, end} = offsetsOf(node)
    const text = this.source.text
    // A fenced block's content starts after its opening fence line; an indented one at once.
    const fenced = /^[ \t]*(?:`{3,}|~{3,})/.test(text.slice(start, end))
    // The opening fence line ends at a line feed, a CRLF or a lone carriage return.
    const lineEnd = text.slice(start, end).search(/\r\n?|\n/)
    const breakLength = lineEnd >= 0 && text.startsWith('\r\n', start + lineEnd) ? 2 : 1
    const contentStart = fenced ? (lineEnd === -1 ? end : start + lineEnd + breakLength) : start
    builder.match(node.value, text, contentStart, end, '\n', true)
    this.push(node, 'code', context, builder, [], false)
  }

  html(node: Html, context: Context): void {
    // `<!-- pareil-disable-next-block rule-id … -->`: the team's word that the next block's findings (of these rules,
    // or all) are known and accepted.
    const disable = suppressionComment.exec(node.value)
    if (disable !== null) {
      this.#disabled = (disable[1] ?? '').split(/[\s,]+/).filter((id) => id !== '')
      return
    }
    const builder = new TextBuilder()
    const {start, end} = offsetsOf(node)
    builder.match(node.value, this.source.text, start, end, '\n', true)
    this.push(node, 'html', context, builder, [], false)
  }

  phrasing(nodes: PhrasingContent[], builder: TextBuilder, marks: Mark[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          const {start, end} = offsetsOf(node)
          builder.match(node.value, this.source.text, start, end, ' ')
          break
        }
        case 'emphasis':
          this.marked('emphasis', node.children, builder, marks)
          break
        case 'strong':
          this.marked('strong', node.children, builder, marks)
          break
        case 'delete':
          this.phrasing(node.children, builder, marks)
          break
        case 'link':
          this.marked('link', node.children, builder, marks, node.url)
          break
        case 'linkReference': {
          const url = this.definitions.get(normalizeLabel(node.identifier))
          this.marked('link', node.children, builder, marks, url)
          break
        }
        case 'inlineCode':
          this.inlineCode(node, builder, marks)
          break
        case 'break': {
          const {start, end} = offsetsOf(node)
          builder.atomic('\n', start, end - start)
          break
        }
        case 'html': {
          // An inline <br> is a line break, and a tag that opens a block (the <li> of a list written in a table cell)
          // parts it from the text before as one does; other inline HTML is markup, not text.
          const {start, end} = offsetsOf(node)
          if (/^<br\s*\/?>$/i.test(node.value)) builder.atomic('\n', start, end - start)
          else if (blockTag.test(node.value) && /\S$/.test(builder.text)) builder.atomic('\n', start, end - start)
          break
        }
        default:
          // images, footnote references: no text of their own in the running prose
          break
      }
    }
  }

  marked(kind: MarkKind, children: PhrasingContent[], builder: TextBuilder, marks: Mark[], url?: string): void {
    const start = builder.length
    const mark: Mark = {kind, start, end: start}
    if (url !== undefined) mark.url = url
    marks.push(mark)
    this.phrasing(children, builder, marks)
    mark.end = builder.length
    if (mark.end === mark.start) marks.splice(marks.indexOf(mark), 1)
  }

  inlineCode(node: InlineCode, builder: TextBuilder, marks: Mark[]): void {
    const {start, end} = offsetsOf(node)
    const raw = this.source.text.slice(start, end)
    const fence = /^`+/.exec(raw)?.[0].length ?? 0
    let from = start + fence
    let to = end - fence
    // CommonMark strips one space (or line ending) from each side when both have one.
    const inner = this.source.text.slice(from, to)
    if (node.value.length < inner.length && /^[ \r\n]/.test(inner) && /[ \r\n]$/.test(inner)) {
      from += 1
      to -= 1
    }
    const markStart = builder.length
    builder.match(node.value, this.source.text, from, to, ' ', true)
    if (builder.length > markStart) marks.push({kind: 'inline-code', start: markStart, end: builder.length})
  }

  push(node: Nodes, kind: BlockKind, context: Context, builder: TextBuilder, marks: Mark[], prose: boolean, depth?: number): void {
    // A block with no text (an empty cell, an empty heading) has nothing to compare.
    if (builder.text.trim() === '') return
    const {start, end} = offsetsOf(node)
    const block: BlockDraft = {
      source: this.source.index,
      kind,
      text: builder.text,
      marks: marks.sort((a, b) => a.start - b.start || b.end - a.end),
      position: {start: this.source.pointAt(start), end: this.source.pointAt(end)},
      prose,
      map: builder.segments,
    }
    if (depth !== undefined) block.depth = depth
    if (context.list !== undefined) block.list = context.list
    if (context.table !== undefined) block.table = context.table
    if (context.quoted) block.quoted = true
    if (this.#disabled !== undefined) {
      block.disabledRules = this.#disabled
      this.#disabled = undefined
    }
    this.blocks.push(block)
  }
}

/**
 * Template tags and directives standing alone: `</x-mail::message>`, `<x-email.regards locale="en" />`,
 * `@component('mail::button')`, `@endcomponent`, `{% endif %}`, `.. code:: python`: the source lines of a
 * paragraph, all of them such (`<x-mail::message>` would otherwise read as an autolink).
 */
const templateLine = /^\s*(?:<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>|@[a-z]\w*(?:\([^()]*\))?|\{%-?[^%]*-?%\}|\.{2,3}\s+[\w-]+::?(?:.*\S)?)\s*$/

/** A line of program text: an import, an assignment, a call, a shell command, a statement. */
const codeLine =
  /^\s*(?:(?:from\s+[\w.]+\s+)?import(?:\s+[\w.{},*](?:[\w.{}, *]*[\w.{},*])?|\s[^\S ]* )|(?:const|let|var|def|class|function|return|if|for|while)\b.*[:{(]|[\w.[\]]+\s*[-+*/]?=\s*\S(?:.*\S)?|[\w.]+\([^()]*\)(?:\s*;)?|\$\s+\S(?:.*\S)?|(?:pip|npm|yarn|pnpm|git|cd|docker|python3?|node)\s+\S(?:.*\S)?|[{}\])];?)\s*$/

/** A line no prose sentence looks like: an import, an assignment from a call, a method call. */
const strongCodeLine = /^\s*(?:(?:from\s+[\w.]+\s+)?import\s+\w(?:.*\S)?|[\w.]+\s*=\s*[\w.]+\(.*\)(?:\s*;)?|[\w.]+\.\w+\(.*\)(?:\s*;)?)\s*$/

/**
 * Program text: one line that no sentence looks like, or lines at least three
 * in four of which are program text (a call somewhere in a line counts).
 */
function looksLikeCode(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.length === 0) return false
  if (lines.length === 1) return strongCodeLine.test(lines[0] as string)
  return lines.filter((line) => codeLine.test(line) || /[\w)\]]\.\w+\([^()]*\)/.test(line)).length * 4 >= lines.length * 3
}

function isTemplateMarkup(text: string): boolean {
  return text.trim() !== '' && text.split('\n').every((line) => line.trim() === '' || templateLine.test(line))
}

/** A paragraph takes the kind of its closest container: a list item, else a block quote. */
function paragraphKind(context: Context): BlockKind {
  if (context.list !== undefined) return 'list-item'
  return context.quoted ? 'blockquote' : 'paragraph'
}

function offsetsOf(node: Nodes): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

/** Link reference definitions, so that `[text][ref]` links carry their URL. */
function collectDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') {
      const definition = node as Definition
      const label = normalizeLabel(definition.identifier)
      // The first definition of a label wins, as in CommonMark.
      if (!definitions.has(label)) definitions.set(label, definition.url)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return definitions
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim()
}
