import {location} from 'vfile-location'
import type {Lang, Point} from '../../types.js'
import type {BlockDraft} from '../reader.js'
import {blockOf} from './blocks.js'
import {type Flow, readingOrder} from './columns.js'
import {type Fragment, pageFragments, pageRuns} from './fragments.js'
import {findFurniture} from './furniture.js'
import {groupBy} from './group.js'
import {hyphenationOf} from './hyphenation.js'
import {lineText} from './line-text.js'
import {assignSides, parallelLanguage} from './parallel.js'
import {paragraphsOf, type TextLine} from './paragraphs.js'
import {placeOnPage, render, type Segment} from './rendering.js'
import type {TextLayer} from './text-layer.js'

/**
 * A PDF's text layer laid out as pareil's document model: furniture set
 * aside, columns found, lines rebuilt, paragraphs formed and rendered as plain
 * text that the blocks point into. Pure and synchronous: the tests give it
 * text layers of their own.
 *
 * Pages are read one after the other, each column by column. A bilingual
 * document in parallel columns (English left, French right) is then a
 * sequence of English and French runs, page by page, that detection reads as
 * interleaved; each block of its columns carries the language of its side.
 */
export interface LaidOut {
  /** The rendering: every line of every page, pages separated by a form feed line. */
  text: string
  blocks: BlockDraft[]
  /** "page 2, line 14, column 3". */
  place(start: Point, end: Point): string
  /** What was left out: pages that could not be read, pages without text among pages with some. */
  notices: string[]
  /** Whether the document has any text at all (a scan has none). */
  hasText: boolean
}

interface PageLayout {
  number: number
  /** Furniture lines above the text and below it, top to bottom. */
  top: FurnitureLine[]
  bottom: FurnitureLine[]
  /** The page's flows in reading order, as lines. */
  flows: TextLine[][]
}

interface FurnitureLine {
  text: string
  y: number
}

export function layOut(layer: TextLayer, source: number): LaidOut {
  const fragmentsByPage = layer.pages.map((page) => pageFragments(page.number, pageRuns(page, layer.fonts)))
  const furniture = findFurniture(layer.pages, fragmentsByPage.flat())
  const bodies = fragmentsByPage.map((fragments) => fragments.filter((fragment) => !furniture.has(fragment)))
  // Parallel columns are found with the columns cut first; any other document is read section by section.
  let order = bodies.map((body) => readingOrder(body, 'columns'))
  const left = parallelLanguage(order.flat())
  if (left === undefined) order = bodies.map((body) => readingOrder(body, 'sections'))
  if (left !== undefined) assignSides(order.flat())
  const pages: PageLayout[] = layer.pages.map((page, index) => {
    const furnitureLines = rowLines((fragmentsByPage[index] ?? []).filter((fragment) => furniture.has(fragment)))
    return {
      number: page.number,
      top: furnitureLines.filter((line) => line.y < page.height / 2),
      bottom: furnitureLines.filter((line) => line.y >= page.height / 2),
      flows: textLines(order[index] ?? []),
    }
  })
  const flows = pages.flatMap((page) => page.flows)
  measureColumns(flows)
  const paragraphs = paragraphsOf(flows, hyphenationOf(flows.flat().map((line) => line.text)))
  const rendering = render(pages.map(segmentOf))
  const lines = location(rendering.text)
  const pointAt = (offset: number): Point => {
    const point = lines.toPoint(offset)
    return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
  }
  const context = {source, starts: rendering.starts, pointAt, ...bodyStyle(flows.flat())}
  const blocks = paragraphs.map((paragraph) => {
    const block = blockOf(paragraph, context)
    // The side of parallel columns says which version a block belongs to: detection takes it as evidence.
    const side = sideLanguage((paragraph.lines[0] as TextLine).flow, left)
    if (side !== undefined) block.declaredLang = side
    return block
  })
  return {
    text: rendering.text,
    blocks,
    place: (start) => placeOnPage(rendering.segments, start),
    notices: noticesOf(layer, pages),
    hasText: fragmentsByPage.some((fragments) => fragments.length > 0),
  }
}

function flowOf(lines: readonly TextLine[]): Flow {
  return (lines[0] as TextLine).flow
}

function sideLanguage(flow: Flow, left: Lang | undefined): Lang | undefined {
  if (left === undefined || flow.columns !== 2) return undefined
  return flow.column === 0 ? left : left === 'en' ? 'fr' : 'en'
}

/** Lines of fragments that share a row (furniture, read as they stand). */
function rowLines(fragments: readonly Fragment[]): FurnitureLine[] {
  return [...groupBy(fragments, (fragment) => fragment.row).values()]
    .map((row) => row.sort((a, b) => a.x0 - b.x0))
    .map((row) => ({text: lineText(row).text, y: (row[0] as Fragment).y}))
    .sort((a, b) => a.y - b.y)
}

function textLines(flows: readonly Flow[]): TextLine[][] {
  return flows.map((flow) => {
    const left = mostCommon(flow.lines.map((line) => Math.round(line.x0)))
    return flow.lines.map((line): TextLine => {
      const {text, pieces} = lineText(line.fragments)
      const bold = pieces.length > 0 && pieces.every((piece) => piece.bold)
      const {page, fragments, x0, x1, y, size} = line
      return {page, fragments, x0, x1, y, size, text, pieces, bold, flow, measure: x1, left: left ?? x0}
    })
  })
}

/**
 * The right edge of each column for each size of type, as far as its lines reach on any page: a page with a few short
 * lines (a signature) keeps the measure of the others, and a heading set wider than its column does not widen it.
 */
function measureColumns(flows: readonly TextLine[][]): void {
  const reach = new Map<string, number>()
  const keyed = flows.map((lines) => {
    const flow = flowOf(lines)
    const column = `${flow.columns}/${flow.column}/${Math.round(flow.x0 / 12)}`
    return lines.map((line) => ({line, key: `${column}/${Math.round(line.size * 2)}`}))
  })
  for (const {line, key} of keyed.flat()) reach.set(key, Math.max(reach.get(key) ?? 0, line.x1))
  for (const {line, key} of keyed.flat()) line.measure = reach.get(key) ?? line.x1
}

/** A page as rendered: running heads, its flows in reading order, footers. */
function segmentOf(page: PageLayout): Segment<TextLine | FurnitureLine> {
  const lines = [...page.top, ...page.flows.flat(), ...page.bottom]
  return {page: page.number, lines: lines.map((line) => ({text: line.text, line}))}
}

/** Whether the body text is itself bold or italic (then neither marks anything). */
function bodyStyle(lines: readonly TextLine[]): {bodyBold: boolean; bodyItalic: boolean} {
  let total = 0
  let bold = 0
  let italic = 0
  for (const line of lines) {
    for (const piece of line.pieces) {
      const length = piece.to - piece.from
      total += length
      if (piece.bold) bold += length
      if (piece.italic) italic += length
    }
  }
  return {bodyBold: bold > total / 2, bodyItalic: italic > total / 2}
}

function noticesOf(layer: TextLayer, pages: readonly PageLayout[]): string[] {
  const notices: string[] = []
  const unreadable = layer.pages.filter((page) => page.unreadable === true).map((page) => page.number)
  if (unreadable.length > 0)
    notices.push(`${pageList(unreadable)} could not be read (damaged content) and ${unreadable.length === 1 ? 'is' : 'are'} not checked`)
  const blank = layer.pages.filter((page) => page.unreadable !== true && page.items.every((item) => item.text.trim() === '')).map((page) => page.number)
  const hasText = pages.some((page) => page.flows.length > 0)
  if (hasText && blank.length > 0) {
    notices.push(
      `${pageList(blank)} ${blank.length === 1 ? 'has' : 'have'} no text (blank, or an image without a text layer) and ${blank.length === 1 ? 'is' : 'are'} not checked`,
    )
  }
  return notices
}

/** "page 3", "pages 4, 7 and 9". */
function pageList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `page ${numbers[0]}`
  return `pages ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
}
