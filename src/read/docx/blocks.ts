import {location} from 'vfile-location'
import type {BlockKind, Lang, ListPlace, Mark, Point} from '../../types.js'
import type {BlockDraft} from '../reader.js'
import type {Numbering} from './numbering.js'
import type {ParagraphStyle} from './styles.js'
import type {Anchored, ParagraphDraft, ReadingState} from './walker.js'

/** The document as pareil checks it: its blocks, the plain rendering they point into, and its places in Word's terms. */
export interface WordRendering {
  text: string
  blocks: BlockDraft[]
  place(start: Point, end: Point): string
}

/** Where a block is, as a Word user finds it: "paragraph 12", "table 1, row 2, cell 1", "footnote 3". */
interface BlockPlace {
  start: number
  /** Characters trimmed off the paragraph's start: the place counts from the paragraph's own first character. */
  lead: number
  where: () => string
  heading: string | undefined
}

/** Blocks are parted by a blank line: the rendering reads as plain text, one Word paragraph per line. */
const separator = '\n\n'

/**
 * Turns the paragraphs read into blocks, in reading order (each text box and
 * note right after the paragraph it is anchored in), and renders them as
 * plain text: each block's text as it is, blocks parted by a blank line, so
 * that every block maps to its rendering character for character.
 */
export function renderDocument(body: readonly ParagraphDraft[], state: ReadingState, numbering: Numbering, sourceIndex: number): WordRendering {
  const paragraphs = joinParagraphs(readingOrder(body, state))
  const blocks: BlockDraft[] = []
  const places: BlockPlace[] = []
  const lists = new ListNumbering()
  const counters = new Map<string, number>()
  const count = (key: string) => {
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    return next
  }
  const declared = declaredLanguages(paragraphs)
  let text = ''
  let heading: string | undefined
  for (const paragraph of paragraphs) {
    const trimmed = paragraph.text.trim()
    if (trimmed === '') continue
    const lead = paragraph.text.length - paragraph.text.trimStart().length
    const style = state.styles.paragraph(paragraph.styleId)
    const shape = shapeOf(paragraph, style, numbering)
    const container = containerKey(paragraph)
    const list = shape.kind === 'list-item' && shape.level !== undefined ? lists.item(container, shape.level) : undefined
    if (list === undefined) lists.end(container)
    if (paragraph.table !== undefined && paragraph.container.kind === 'body') lists.end('body')

    const start = text.length + (text === '' ? 0 : separator.length)
    text += (text === '' ? '' : separator) + trimmed
    const block: BlockDraft = {
      source: sourceIndex,
      kind: shape.kind,
      text: trimmed,
      marks: shape.prose ? trimMarks(paragraph.marks, lead, trimmed) : [],
      // Positions are set once the whole rendering is known.
      position: {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: start + trimmed.length}},
      prose: shape.prose,
      map: [{text: 0, source: start, textLength: trimmed.length, sourceLength: trimmed.length}],
    }
    if (shape.depth !== undefined) block.depth = shape.depth
    if (list !== undefined) block.list = list
    if (paragraph.table !== undefined) block.table = {id: paragraph.table.id, row: paragraph.table.row, column: paragraph.table.column}
    if (style.quote) block.quoted = true
    const lang = declared.get(paragraph)
    if (lang !== undefined) block.declaredLang = lang
    blocks.push(block)

    places.push({start, lead, where: whereOf(paragraph, count, counters), heading: shape.kind === 'heading' ? undefined : heading})
    if (shape.kind === 'heading') heading = shortHeading(trimmed)
  }

  const points = location(text)
  const pointAt = (offset: number): Point => {
    const point = points.toPoint(offset)
    return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
  }
  for (const block of blocks) block.position = {start: pointAt(block.position.start.offset), end: pointAt(block.position.end.offset)}
  return {text, blocks, place: (start) => placeAt(places, start.offset)}
}

/** Each paragraph followed by what is anchored in it: its text boxes' paragraphs and its notes, numbered as they come. */
function readingOrder(body: readonly ParagraphDraft[], state: ReadingState): ParagraphDraft[] {
  const order: ParagraphDraft[] = []
  const noteNumbers = {footnote: 0, endnote: 0}
  const visit = (paragraph: ParagraphDraft): void => {
    order.push(paragraph)
    for (const anchored of paragraph.after) {
      for (const inner of anchoredParagraphs(anchored, state, noteNumbers)) {
        // A note of a table cell belongs with its cell (a side-by-side table's English note with the English column).
        if (inner.table === undefined && paragraph.table !== undefined) inner.table = paragraph.table
        visit(inner)
      }
    }
  }
  for (const paragraph of body) visit(paragraph)
  return order
}

function anchoredParagraphs(anchored: Anchored, state: ReadingState, noteNumbers: {footnote: number; endnote: number}): ParagraphDraft[] {
  if (!('note' in anchored)) return [anchored]
  const key = `${anchored.note} ${anchored.id}`
  const paragraphs = state.notes.get(key)
  // A second reference to a note, or one to a note that is not there, places nothing.
  if (paragraphs === undefined) return []
  state.notes.delete(key)
  const number = ++noteNumbers[anchored.note]
  for (const paragraph of paragraphs) paragraph.container.number = number
  return paragraphs
}

/**
 * A paragraph whose mark is not there (deleted, with changes accepted) runs on
 * into the next paragraph of the same place, which keeps its own properties:
 * Word keeps the mark that remains.
 */
function joinParagraphs(paragraphs: readonly ParagraphDraft[]): ParagraphDraft[] {
  const joined: ParagraphDraft[] = []
  let pending: ParagraphDraft | undefined
  for (const paragraph of paragraphs) {
    let current = paragraph
    if (pending !== undefined && samePlace(pending, paragraph)) {
      current = {
        ...paragraph,
        text: pending.text + paragraph.text,
        marks: [...pending.marks, ...paragraph.marks.map((mark) => shift(mark, pending?.text.length ?? 0))],
      }
      current.langs = new Map(pending.langs)
      for (const [lang, size] of paragraph.langs) current.langs.set(lang, (current.langs.get(lang) ?? 0) + size)
    } else if (pending !== undefined) {
      joined.push(pending)
    }
    pending = undefined
    if (current.joinsNext) pending = current
    else joined.push(current)
  }
  if (pending !== undefined) joined.push(pending)
  return joined
}

function samePlace(a: ParagraphDraft, b: ParagraphDraft): boolean {
  return a.container === b.container && a.table?.id === b.table?.id && a.table?.row === b.table?.row && a.table?.cell === b.table?.cell
}

function shift(mark: Mark, by: number): Mark {
  return {...mark, start: mark.start + by, end: mark.end + by}
}

interface Shape {
  kind: BlockKind
  prose: boolean
  depth?: number
  /** The numbering level of a list item, 0-based. */
  level?: {numId: string; level: number; ordered: boolean}
}

/** What a paragraph is, from its style and its own properties: code, a heading, a list item, a table cell, a paragraph. */
function shapeOf(paragraph: ParagraphDraft, style: ParagraphStyle, numbering: Numbering): Shape {
  if (style.code) return {kind: 'code', prose: false}
  const outline = paragraph.outlineLevel === undefined ? style.heading : paragraph.outlineLevel <= 8 ? paragraph.outlineLevel + 1 : undefined
  const depth = outline ?? (style.title ? 1 : undefined)
  // Word has nine outline levels; Markdown and the model six.
  if (depth !== undefined) return {kind: 'heading', prose: true, depth: Math.min(6, Math.max(1, depth))}
  const numbered = paragraph.numbering ?? style.numbering
  const level = numbered === undefined || numbered.numId === '' ? undefined : numbering.level(numbered.numId, numbered.level)
  if (numbered !== undefined && level !== undefined)
    return {kind: 'list-item', prose: true, level: {numId: numbered.numId, level: numbered.level, ordered: level.ordered}}
  if (paragraph.table !== undefined && paragraph.container.kind === 'body') return {kind: 'table-cell', prose: true}
  return {kind: style.quote ? 'blockquote' : 'paragraph', prose: true}
}

/** The flow a paragraph belongs to: a list runs within one (the body, a cell, a note, a text box). */
function containerKey(paragraph: ParagraphDraft): string {
  const {container, table} = paragraph
  if (container.kind !== 'body') return `${container.kind} ${container.number}`
  return table === undefined ? 'body' : `table ${table.id}:${table.row}:${table.cell}`
}

/**
 * Lists as a reader sees them: a run of numbered paragraphs in one flow is a
 * list, a deeper level inside it a nested list of its own, and any other
 * paragraph in the flow ends them (as a paragraph between two Markdown lists does).
 */
class ListNumbering {
  #lists = 0
  readonly #open = new Map<string, Array<{level: number; numId: string; id: number; ordinal: number; ordered: boolean}>>()

  item(flow: string, at: {numId: string; level: number; ordered: boolean}): ListPlace {
    const levels = this.#open.get(flow) ?? []
    this.#open.set(flow, levels)
    while ((levels.at(-1)?.level ?? -1) > at.level) levels.pop()
    let top = levels.at(-1)
    if (top !== undefined && top.level === at.level && top.numId !== at.numId) {
      levels.pop()
      top = undefined
    }
    if (top !== undefined && top.level === at.level) top.ordinal++
    else {
      top = {level: at.level, numId: at.numId, id: ++this.#lists, ordinal: 1, ordered: at.ordered}
      levels.push(top)
    }
    return {id: top.id, ordinal: top.ordinal, ordered: top.ordered, depth: levels.length}
  }

  end(flow: string): void {
    this.#open.delete(flow)
  }
}

/**
 * Marks over the trimmed text, as a reader sees them: shifted by what was
 * trimmed off the start; joined across spaces (Word splits an italic title
 * into runs around a plain space); without spaces at their edges (a bold run
 * that takes the space before it); none over spaces alone (a link on a space
 * shows nothing). Sorted as the Markdown reader sorts them.
 */
function trimMarks(marks: readonly Mark[], lead: number, text: string): Mark[] {
  const blank = (from: number, to: number) => text.slice(from, to).trim() === ''
  const groups = new Map<string, Mark[]>()
  for (const mark of marks) {
    const shifted = {...mark, start: Math.max(0, mark.start - lead), end: Math.min(text.length, mark.end - lead)}
    const key = `${mark.kind} ${mark.url ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), shifted])
  }
  const result: Mark[] = []
  for (const group of groups.values()) {
    let previous: Mark | undefined
    for (const mark of group.sort((a, b) => a.start - b.start)) {
      if (previous !== undefined && mark.start >= previous.end && blank(previous.end, mark.start)) previous.end = Math.max(previous.end, mark.end)
      else if (previous !== undefined && mark.start < previous.end) previous.end = Math.max(previous.end, mark.end)
      else {
        previous = mark
        result.push(mark)
      }
    }
  }
  for (const mark of result) {
    while (mark.start < mark.end && /\s/.test(text.charAt(mark.start))) mark.start++
    while (mark.end > mark.start && /\s/.test(text.charAt(mark.end - 1))) mark.end--
  }
  return result.filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The place of a paragraph in its container, as a function: whether a cell or a note has several paragraphs is known at the end. */
function whereOf(paragraph: ParagraphDraft, count: (key: string) => number, counters: ReadonlyMap<string, number>): () => string {
  const {container, table} = paragraph
  const within = (name: string, key: string) => {
    const index = count(key)
    return () => ((counters.get(key) ?? 1) > 1 ? `${name}, paragraph ${index}` : name)
  }
  if (container.kind !== 'body') return within(`${container.kind} ${container.number}`, `${container.kind} ${container.number}`)
  if (table !== undefined) return within(`table ${table.id}, row ${table.row + 1}, cell ${table.cell}`, `table ${table.id}:${table.row}:${table.cell}`)
  const number = count('body')
  return () => `paragraph ${number}`
}

function shortHeading(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat
}

/** "paragraph 12, character 40 (under “Background”)": the block an offset is in, and the character from its start. */
function placeAt(places: readonly BlockPlace[], offset: number): string {
  let low = 0
  let high = places.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((places[middle] as BlockPlace).start <= offset) low = middle
    else high = middle - 1
  }
  const place = places[low]
  if (place === undefined) return 'start of the document'
  const character = place.lead + Math.max(0, offset - place.start) + 1
  return `${place.where()}, character ${character}${place.heading === undefined ? '' : ` (under “${place.heading}”)`}`
}

/** Share of a paragraph's text one language must hold for the paragraph to be declared in it. */
const declaredShare = 0.9

/**
 * The languages Word's markup gives paragraphs (`w:lang` of their runs, styles
 * and defaults), kept only where they can be trusted: when the document marks
 * some paragraphs English and others French. A document marked in one
 * language throughout says nothing (Word marks text with the language of its
 * installation unless the author or its proofing tools set another).
 */
function declaredLanguages(paragraphs: readonly ParagraphDraft[]): Map<ParagraphDraft, Lang> {
  const declared = new Map<ParagraphDraft, Lang>()
  for (const paragraph of paragraphs) {
    let total = 0
    const sizes = {en: 0, fr: 0}
    for (const [tag, size] of paragraph.langs) {
      total += size
      const lang = /^(en|fr)(?:-|$)/i.exec(tag)?.[1]?.toLowerCase()
      if (lang === 'en' || lang === 'fr') sizes[lang] += size
    }
    if (total === 0) continue
    if (sizes.en >= declaredShare * total) declared.set(paragraph, 'en')
    else if (sizes.fr >= declaredShare * total) declared.set(paragraph, 'fr')
  }
  const languages = new Set(declared.values())
  return languages.has('en') && languages.has('fr') ? declared : new Map()
}
