import type {Element, ElementContent, Root, RootContent, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {BlockKind, Lang, ListPlace, Mark, MarkKind, Source, TablePlace} from '../types.js'
import {type BlockDraft, lineColumn, type Reader} from './reader.js'
import {refuseDeepNesting} from './nesting.js'
import {TextBuilder} from './text-builder.js'

/**
 * HTML pages: the main content only (`<main>`, or the body without its navigation, banner, footer, scripts and
 * hidden parts), each paragraph, heading, list item and table cell a block, with positions as line and column in
 * the HTML source. The `lang` attribute that applies to a block, set inside the page, is its declared language.
 */
export const htmlReader: Reader = {
  id: 'html',
  name: 'HTML',
  extensions: ['html', 'htm', 'xhtml'],
  contentName: 'an HTML page',
  input: 'text',
  sniff: (head) => /^\s*<(?:!doctype html|html)[\s>]/i.test(head.slice(0, 200)),
  read: ({source}) => ({blocks: readHtml(source)}),
  place: lineColumn,
}

/** Elements that are not the page's content: scripts, styles, navigation, banners, footers, forms' chrome. */
const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'button',
  'select',
])
/** ARIA roles of the same: navigation, the banner, the page footer, a search form. */
const skippedRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary'])
/** Elements that hold a block's text; `li`, `td`, `th`, headings and `pre` get their own kinds. */
const paragraphs = new Set(['p', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'label', 'address'])
/** Containers: their loose text (text not inside a child block) is a paragraph of its own. */
const containers = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'details',
  'form',
  'fieldset',
  'center',
  'hgroup',
])
/** Kinds a paragraph inside keeps: a list item's paragraphs are list items, a cell's are cells. */
const inherited = new Set<BlockKind>(['list-item', 'table-cell', 'blockquote'])
const markKinds: Record<string, MarkKind> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  code: 'inline-code',
  kbd: 'inline-code',
  samp: 'inline-code',
  tt: 'inline-code',
}

/** Where a block being read sits: what its element makes of it. */
interface Frame {
  kind: BlockKind
  depth?: number
  list?: ListPlace
  table?: TablePlace
  quoted: boolean
  lang: Lang | undefined
}

/** The blocks of an HTML page's main content. */
export function readHtml(source: Source): BlockDraft[] {
  // Front matter (a static site's YAML or JSON between `---` lines) is blanked out, so offsets stay those of the file.
  const text = blankFrontMatter(source.text)
  refuseDeepNesting(source.path, text, 'html')
  const tree = unified().use(rehypeParse).parse(text) as Root
  const reader = new HtmlBlocks(source, text)
  const main = mainContent(tree)
  reader.walk(main, {kind: 'paragraph', quoted: false, lang: main.type === 'element' && main.tagName !== 'html' ? declaredLang(main) : undefined})
  reader.flush()
  return reader.blocks
}

/** The `<main>` element (or `role="main"`), else the whole page. */
function mainContent(tree: Root): Root | Element {
  let found: Element | undefined
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (found !== undefined) return
      if (child.type !== 'element') continue
      if (child.tagName === 'main' || child.properties.role === 'main') {
        found = child
        return
      }
      visit(child)
    }
  }
  visit(tree)
  return found ?? tree
}

class HtmlBlocks {
  readonly blocks: BlockDraft[] = []
  #builder = new TextBuilder()
  #marks: Mark[] = []
  #frame: Frame | undefined
  /** A space owed before the next text (collapsed whitespace), at this source offset. */
  #space: number | undefined
  #lists = 0
  #tables = 0

  constructor(
    private readonly source: Source,
    private readonly text: string,
  ) {}

  walk(node: Root | Element, frame: Frame): void {
    for (const child of node.children) this.node(child, frame)
  }

  node(node: RootContent | ElementContent, frame: Frame): void {
    if (node.type === 'text') this.textNode(node, frame)
    else if (node.type === 'element' && !hidden(node)) this.element(node, frame)
  }

  element(node: Element, frame: Frame): void {
    const tag = node.tagName
    // The page's own `lang` (on <html>) names its main language, not each block's: a bilingual page declares one of
    // the two. Only a language set inside the page declares the language of what it holds.
    const lang = (tag === 'html' ? undefined : declaredLang(node)) ?? frame.lang
    if (tag === 'br') this.lineBreak(node)
    else if (/^h[1-6]$/.test(tag)) this.block(node, {...frame, kind: 'heading', depth: Number(tag.slice(1)), lang})
    else if (tag === 'pre') this.block(node, {...frame, kind: 'code', lang})
    // A paragraph of a list item, a table cell or a quote (`<li><p>…</p></li>` in a loose list) is a block of that kind.
    else if (paragraphs.has(tag)) this.block(node, {...frame, kind: inherited.has(frame.kind) ? frame.kind : 'paragraph', lang})
    else if (tag === 'ul' || tag === 'ol') this.list(node, {...frame, lang}, tag === 'ol')
    else if (tag === 'table') this.table(node, {...frame, lang})
    else if (tag === 'blockquote') this.block(node, {...frame, kind: 'blockquote', quoted: true, lang})
    // A container's loose text is a paragraph (a quote's, a quote's paragraph).
    else if (containers.has(tag)) this.block(node, {...frame, kind: frame.kind === 'blockquote' ? 'blockquote' : 'paragraph', lang})
    else this.inline(node, {...frame, lang})
  }

  /** An element that is one block: what it holds is its text, nested blocks aside. */
  block(node: Element, frame: Frame): void {
    this.flush()
    this.walk(node, frame)
    this.flush()
  }

  list(node: Element, frame: Frame, ordered: boolean): void {
    this.flush()
    const id = ++this.#lists
    const depth = (frame.list?.depth ?? 0) + 1
    let ordinal = 0
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'li' && !hidden(child)) {
        ordinal++
        this.block(child, {...frame, kind: 'list-item', list: {id, ordinal, ordered, depth}, lang: declaredLang(child) ?? frame.lang})
      } else this.node(child, frame)
    }
    this.flush()
  }

  table(node: Element, frame: Frame): void {
    this.flush()
    const id = ++this.#tables
    let row = 0
    const rows = (parent: Element): void => {
      for (const child of parent.children) {
        if (child.type !== 'element' || hidden(child)) continue
        if (child.tagName === 'tr') {
          let column = 0
          for (const cell of child.children) {
            if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th') || hidden(cell)) continue
            this.block(cell, {...frame, kind: 'table-cell', table: {id, row, column}, lang: declaredLang(cell) ?? frame.lang})
            column += Math.max(1, Number(cell.properties.colSpan ?? 1))
          }
          row++
        } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows(child)
        else if (child.tagName === 'caption') this.block(child, {...frame, kind: 'paragraph'})
      }
    }
    rows(node)
    this.flush()
  }

  /** An inline element: its text joins the block, under a mark when it is one. */
  inline(node: Element, frame: Frame): void {
    const kind = markKinds[node.tagName] ?? (node.tagName === 'a' && typeof node.properties.href === 'string' ? 'link' : undefined)
    if (kind === undefined) {
      this.walk(node, frame)
      return
    }
    const start = this.#builder.length + (this.#space === undefined || this.#builder.length === 0 ? 0 : 1)
    this.walk(node, frame)
    if (this.#frame === undefined || this.#builder.length <= start) return
    const mark: Mark = {kind, start, end: this.#builder.length}
    if (kind === 'link') mark.url = String(node.properties.href)
    this.#marks.push(mark)
  }

  textNode(node: Text, frame: Frame): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (frame.kind === 'code') {
      this.code(node.value, start, end, frame)
      return
    }
    const collapsed = node.value.replace(/[ \t\n\f\r]+/g, ' ')
    const core = collapsed.replace(/^ | $/g, '')
    if (core === '') {
      if (this.#builder.length > 0) this.#space ??= start
      return
    }
    if (this.#frame === undefined) this.#frame = frame
    if (collapsed.startsWith(' ') && this.#builder.length > 0) this.#space ??= start
    if (this.#space !== undefined && this.#builder.length > 0 && !/\s$/.test(this.#builder.text)) this.#builder.atomic(' ', this.#space, 1)
    this.#space = undefined
    const first = start + (this.text.slice(start, end).length - this.text.slice(start, end).replace(/^[ \t\n\f\r]+/, '').length)
    this.#builder.match(core, this.text, first, end, ' ', false, false)
    if (collapsed.endsWith(' ')) this.#space = end - 1
  }

  /** Preformatted text keeps its spaces and line breaks (one leading line break is not content, as in HTML). */
  code(value: string, start: number, end: number, frame: Frame): void {
    if (this.#frame === undefined) this.#frame = frame
    const text = this.#builder.length === 0 ? value.replace(/^\r?\n/, '') : value
    const skip = value.length - text.length
    this.#builder.match(text, this.text, start + skip, end, '\n', false, false)
  }

  lineBreak(node: Element): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || this.#builder.length === 0) return
    this.#space = undefined
    this.#builder.atomic('\n', start, end - start)
  }

  /** Ends the block being read, if it has text. */
  flush(): void {
    const builder = this.#builder
    const frame = this.#frame
    this.#builder = new TextBuilder()
    const marks = this.#marks
    this.#marks = []
    this.#frame = undefined
    this.#space = undefined
    let value = builder.text
    let segments = builder.segments
    // A trailing line break (a <br> before the end of a paragraph) is not text.
    while (value.endsWith('\n') && segments.length > 0) {
      value = value.slice(0, -1)
      segments = segments.slice(0, -1)
    }
    if (frame === undefined || value.trim() === '' || segments.length === 0) return
    const first = segments[0]
    const last = segments.at(-1)
    if (first === undefined || last === undefined) return
    const block: BlockDraft = {
      source: this.source.index,
      kind: frame.kind,
      text: value,
      marks: marks.filter((mark) => mark.end <= value.length).sort((a, b) => a.start - b.start || b.end - a.end),
      position: {start: this.source.pointAt(first.source), end: this.source.pointAt(last.source + last.sourceLength)},
      prose: frame.kind !== 'code',
      map: segments,
    }
    if (frame.depth !== undefined && frame.kind === 'heading') block.depth = frame.depth
    if (frame.list !== undefined && frame.kind === 'list-item') block.list = frame.list
    if (frame.table !== undefined && frame.kind === 'table-cell') block.table = frame.table
    if (frame.quoted) block.quoted = true
    if (frame.lang !== undefined) block.declaredLang = frame.lang
    this.blocks.push(block)
  }
}

/** Whether an element is not shown, or is the page's chrome rather than its content. */
function hidden(node: Element): boolean {
  const {properties} = node
  if (skipped.has(node.tagName)) return true
  if (properties.hidden !== undefined && properties.hidden !== false) return true
  if (String(properties.ariaHidden) === 'true') return true
  if (typeof properties.role === 'string' && skippedRoles.has(properties.role)) return true
  if (typeof properties.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(properties.style)) return true
  // The Canada.ca template's "page details" (date modified, report a problem) and skip links are page furniture.
  const classes = Array.isArray(properties.className) ? properties.className.map(String) : []
  return classes.some((name) => name === 'pagedetails' || name === 'wb-sl' || name === 'wb-inv')
}

/** The language an element's `lang` (or `xml:lang`) attribute gives, when it is English or French. */
function declaredLang(node: Element): Lang | undefined {
  const value = node.properties.lang ?? node.properties.xmlLang
  if (typeof value !== 'string') return undefined
  const lang = value.toLowerCase()
  return lang.startsWith('en') ? 'en' : lang.startsWith('fr') ? 'fr' : undefined
}

/** The text with a leading front matter (`---` YAML or JSON `---`) replaced by spaces, line breaks kept. */
function blankFrontMatter(text: string): string {
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (match === null) return text
  return match[0].replace(/[^\r\n]/g, ' ') + text.slice(match[0].length)
}
