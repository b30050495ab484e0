import type {ListPlace} from '../../types.js'
import type {Flow, Line} from './columns.js'
import {groupBy} from './group.js'
import type {Hyphenation} from './hyphenation.js'
import type {LineText} from './line-text.js'
import {type Marker, markerOf} from './lists.js'

/**
 * Lines into paragraphs. A paragraph ends where the space between lines grows
 * (more than the column's usual line pitch), where the size or the weight of
 * the type changes, where a line starts indented after one that was not (or
 * comes back to the margin after an indented run), and before a list marker.
 * A paragraph that reaches the bottom of a page with a full line and no full
 * stop goes on at the top of the next one. Then each paragraph gets its kind:
 * a heading (larger type, or a short bold line of words), a list item (a
 * marker), or a paragraph; and each pair of its lines a join.
 */

/** A line of a flow with its text and what the paragraph rules need to know of its column. */
export interface TextLine extends Line, LineText {
  /** Every letter of it is bold. */
  bold: boolean
  flow: Flow
  /** The right edge the lines of its column reach: whether the next word would have fitted. */
  measure: number
  /** The left edge most lines of its flow start at. */
  left: number
}

/**
 * How a line meets the next one in a paragraph's plain text: `space` (a wrapped line), `break` (a line ended
 * before the margin on purpose: an address, a signature), `drop-hyphen` ("gouverne-" "ment"), `keep-hyphen`
 * ("Terre-" "Neuve"), `none` (a line that ends with a dash or a slash inside a word).
 */
export type Join = 'space' | 'break' | 'drop-hyphen' | 'keep-hyphen' | 'none'

export interface Paragraph {
  lines: TextLine[]
  /** `joins[k]` joins `lines[k]` and `lines[k + 1]`. */
  joins: Join[]
  kind: 'paragraph' | 'heading' | 'list-item'
  /** Heading depth, 1 for the largest type. */
  depth?: number
  /** The marker of a list item, at the start of its first line. */
  marker?: Marker
  list?: ListPlace
}

/** A line pitch this much over the usual one separates paragraphs. */
const paragraphSpacing = 1.25
/** Sizes that differ by more than this share are different type. */
const sizeChange = 0.12
/** A shift of the left edge by more than this, in ems, is an indent. */
const indent = 0.8
/** Type this much larger than the body's makes a heading. */
const headingScale = 1.15

/** The paragraphs of a document's flows, in reading order. */
export function paragraphsOf(flows: readonly TextLine[][], hyphenation: Hyphenation): Paragraph[] {
  const lines = flows.flat()
  const body = mainSize(lines)
  const pitch = usualPitches(flows)
  const usual = (size: number) => pitch.get(sizeKey(size)) ?? 1.2 * size
  const paragraphs: Paragraph[] = []
  for (const flow of flows) {
    let current: Paragraph | undefined
    for (const line of flow) {
      const last = current?.lines.at(-1)
      if (current !== undefined && last !== undefined && !startsParagraph(last, line, current, usual)) {
        current.lines.push(line)
        continue
      }
      // The first line of a flow may go on with the last paragraph of the page before.
      const carried = paragraphs.at(-1)
      if (current === undefined && carried !== undefined && continuesAcrossPages(carried, line)) {
        current = carried
        current.lines.push(line)
        continue
      }
      current = {lines: [line], joins: [], kind: 'paragraph'}
      paragraphs.push(current)
    }
  }
  const sizesOfFlow = new Map([...groupBy(lines, (line) => line.flow)].map(([flow, members]) => [flow, sizeWeights(members)]))
  for (const paragraph of paragraphs) {
    // Type stands out from the text around it: the body of the document, and the rest of its own column (a
    // column of larger text beside tables of small print is text, not headings).
    const rest = new Map(sizesOfFlow.get((paragraph.lines[0] as TextLine).flow))
    for (const [size, weight] of sizeWeights(paragraph.lines.filter((line) => line.flow === (paragraph.lines[0] as TextLine).flow))) {
      rest.set(size, (rest.get(size) ?? 0) - weight)
    }
    classify(paragraph, Math.max(body, heaviest(rest)))
  }
  headingDepths(paragraphs, body)
  listPlaces(paragraphs)
  for (const paragraph of paragraphs) paragraph.joins = joinsOf(paragraph, hyphenation)
  return paragraphs
}

/** A footnote call set on a line of its own under the paragraph it ends: "(27)". */
const footnoteCall = /^[([]?\d{1,3}[)\]]?$/

function startsParagraph(previous: TextLine, line: TextLine, current: Paragraph, usual: (size: number) => number): boolean {
  const size = Math.max(previous.size, line.size)
  if (isFootnoteCall(previous, line) && line.y - previous.y <= 1.5 * usual(previous.size)) return false
  if (Math.abs(previous.size - line.size) > sizeChange * size) return true
  if (previous.bold !== line.bold) return true
  const pitch = line.y - previous.y
  if (pitch <= 0 || pitch > paragraphSpacing * usual(previous.size) + 0.5) return true
  const marker = markerOf(line.text)
  const first = current.lines[0] as TextLine
  const firstMarker = markerOf(first.text)
  if (marker !== undefined && (!marker.ordered || firstMarker !== undefined || /[.;:!?]$/.test(previous.text))) return true
  // A first-line indent after a line at the margin (a list item's text is indented under its marker: not that).
  const listText = firstMarker === undefined ? undefined : textStart(first, firstMarker)
  const underItem = listText !== undefined && Math.abs(line.x0 - listText) <= 0.5 * size
  if (!underItem && line.x0 > line.left + indent * size && previous.x0 <= previous.left + 0.5 * size) return true
  // Back to the margin after indented lines (the end of a hanging list item, a quotation).
  return current.lines.length >= 2 && line.x0 < previous.x0 - indent * size
}

function isFootnoteCall(previous: TextLine, line: TextLine): boolean {
  return line.size <= 0.85 * previous.size && footnoteCall.test(line.text)
}

/** Where the text of a list item starts on the page, after its marker. */
function textStart(line: TextLine, marker: Marker): number {
  const piece = line.pieces.find((candidate) => candidate.to > marker.length)
  if (piece === undefined) return line.x1
  if (piece.from >= marker.length) return piece.x0
  // The marker and the text are one run: measure the marker with the line's average character.
  return line.x0 + (marker.length * (line.x1 - line.x0)) / Math.max(1, line.text.length)
}

/**
 * A paragraph that reaches the bottom of a column goes on at the top of the same column of the next page, when that
 * column comes next in reading order: single columns, and a column of parallel columns when the other one has nothing
 * between them (the French runs on where the English is done). Otherwise the paragraph stays cut in two: blocks are
 * in reading order, and a block cannot hold the other language's column.
 */
function continuesAcrossPages(paragraph: Paragraph, line: TextLine): boolean {
  const last = paragraph.lines.at(-1) as TextLine
  if (line.page !== last.page + 1 || last.flow.columns !== line.flow.columns || last.flow.column !== line.flow.column) return false
  if (last.bold !== line.bold) return false
  if (Math.abs(last.size - line.size) > sizeChange * Math.max(last.size, line.size)) return false
  if (markerOf(line.text) !== undefined || line.x0 > line.left + 0.5 * line.size) return false
  if (fits(last, line)) return false
  return !/[.!?:;]["»”’)\]]*$/u.test(last.text) || /^\p{Ll}/u.test(line.text)
}

/** Whether the first word of `line` would have fitted at the end of `previous`: if so, `previous` was ended on purpose. */
function fits(previous: TextLine, line: TextLine): boolean {
  const word = /^\S+/.exec(line.text)?.[0] ?? ''
  const first = line.fragments[0]
  const charWidth = first === undefined || first.text.length === 0 ? 0.5 * line.size : (first.x1 - first.x0) / first.text.length
  // A margin for the estimate: a break is only called deliberate when the word would have fitted with room to spare.
  return previous.x1 + 0.25 * line.size + 1.2 * word.length * charWidth < previous.measure
}

/** A paragraph's kind, from its type compared with the text around it (`around`, the size of that text). */
function classify(paragraph: Paragraph, around: number): void {
  const text = paragraph.lines.map((line) => line.text).join(' ')
  const size = mainSize(paragraph.lines)
  // Headings are short: a long paragraph is looked at no further.
  if (text.length > 300) {
    markAsListItem(paragraph)
    return
  }
  const letters = text.replace(/\P{L}/gu, '').length
  const alphanumerics = text.replace(/[^\p{L}\p{N}]/gu, '').length
  const wordy = letters > 0 && letters >= 0.5 * alphanumerics
  const words = text.split(/\s+/).length
  const bold = paragraph.lines.every((line) => line.bold)
  if (wordy && size >= headingScale * around && paragraph.lines.length <= 4 && words <= 30) paragraph.kind = 'heading'
  else if (wordy && bold && size >= 0.9 * around && paragraph.lines.length <= 2 && words <= 15 && !/[.,;:]$/.test(text)) paragraph.kind = 'heading'
  else markAsListItem(paragraph)
}

/** A paragraph that starts with a list marker is a list item. */
function markAsListItem(paragraph: Paragraph): void {
  const marker = markerOf(paragraph.lines[0]?.text ?? '')
  if (marker === undefined) return
  paragraph.kind = 'list-item'
  paragraph.marker = marker
}

/** Heading depths from their sizes: the largest type is depth 1; bold headings of the body's size come last. */
function headingDepths(paragraphs: readonly Paragraph[], body: number): void {
  const headings = paragraphs.filter((paragraph) => paragraph.kind === 'heading')
  const sizes = [...new Set(headings.map((heading) => sizeKey(Math.max(mainSize(heading.lines), body))))].sort((a, b) => b - a)
  for (const heading of headings) heading.depth = Math.min(6, sizes.indexOf(sizeKey(Math.max(mainSize(heading.lines), body))) + 1)
}

/** Lists: runs of list items; an item's marker further right than the one before opens a nested list. */
function listPlaces(paragraphs: readonly Paragraph[]): void {
  let nextId = 1
  let stack: Array<{x: number; id: number; ordinal: number; ordered: boolean}> = []
  let previous: Paragraph | undefined
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'list-item' || paragraph.marker === undefined) {
      stack = []
      previous = paragraph
      continue
    }
    const first = paragraph.lines[0] as TextLine
    if (previous?.kind === 'list-item' && !sameColumn(previous.lines.at(-1) as TextLine, first)) stack = []
    const tolerance = 0.5 * first.size
    while (stack.length > 0 && (stack.at(-1) as {x: number}).x > first.x0 + tolerance) stack.pop()
    const top = stack.at(-1)
    const ordered = paragraph.marker.ordered
    // Bullets after numbers at the same indent are another list.
    if (top !== undefined && Math.abs(top.x - first.x0) <= tolerance && top.ordered === ordered) top.ordinal++
    else {
      if (top !== undefined && Math.abs(top.x - first.x0) <= tolerance) stack.pop()
      stack.push({x: first.x0, id: nextId++, ordinal: 1, ordered})
    }
    const level = stack.at(-1) as {id: number; ordinal: number}
    paragraph.list = {id: level.id, ordinal: level.ordinal, ordered, depth: stack.length}
    previous = paragraph
  }
}

/** Two lines in the same column of text: one flow, or the same column of consecutive pages. */
function sameColumn(a: TextLine, b: TextLine): boolean {
  if (a.flow === b.flow) return true
  return a.flow.columns === b.flow.columns && a.flow.column === b.flow.column
}

function joinsOf(paragraph: Paragraph, hyphenation: Hyphenation): Join[] {
  const joins: Join[] = []
  for (let k = 0; k + 1 < paragraph.lines.length; k++) {
    const line = paragraph.lines[k] as TextLine
    const next = paragraph.lines[k + 1] as TextLine
    const hyphen = hyphenation.join(line.text, next.text)
    if (hyphen !== undefined) joins.push(hyphen === 'drop' ? 'drop-hyphen' : 'keep-hyphen')
    else if (/\S[—/]$/u.test(line.text) || isFootnoteCall(line, next)) joins.push('none')
    else if (paragraph.kind !== 'heading' && fits(line, next)) joins.push('break')
    else joins.push('space')
  }
  return joins
}

/**
 * The usual distance between the baselines of two lines of one paragraph, per type size: a low percentile of the
 * pitches seen in the flows, which paragraph spacing (rarer than line spacing) does not move.
 */
function usualPitches(flows: readonly TextLine[][]): Map<number, number> {
  const seen = new Map<number, number[]>()
  for (const flow of flows) {
    for (let k = 1; k < flow.length; k++) {
      const a = flow[k - 1] as TextLine
      const b = flow[k] as TextLine
      const pitch = b.y - a.y
      if (Math.abs(a.size - b.size) > sizeChange * a.size || pitch < 0.8 * a.size || pitch > 3 * a.size) continue
      const key = sizeKey(a.size)
      const list = seen.get(key)
      if (list === undefined) seen.set(key, [pitch])
      else list.push(pitch)
    }
  }
  const usual = new Map<number, number>()
  for (const [key, pitches] of seen) {
    pitches.sort((a, b) => a - b)
    usual.set(key, pitches[Math.floor(0.2 * (pitches.length - 1))] as number)
  }
  return usual
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2
}

/** The size most letters of these lines have. */
function mainSize(lines: readonly TextLine[]): number {
  return heaviest(sizeWeights(lines))
}

/** How many letters each size of type has. */
function sizeWeights(lines: readonly TextLine[]): Map<number, number> {
  const weights = new Map<number, number>()
  for (const line of lines) weights.set(sizeKey(line.size), (weights.get(sizeKey(line.size)) ?? 0) + line.text.length)
  return weights
}

/** The size with the most letters (0 for none). */
function heaviest(weights: ReadonlyMap<number, number>): number {
  let best = 0
  let most = 0
  for (const [size, weight] of weights) {
    if (weight > most) {
      best = size
      most = weight
    }
  }
  return best
}
