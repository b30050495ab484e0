import type {Mark, Point} from '../../types.js'
import type {BlockDraft} from '../reader.js'
import {TextBuilder} from '../text-builder.js'
import type {Paragraph, TextLine} from './paragraphs.js'

/**
 * A paragraph as a block: its lines' text joined (a space for a wrapped line,
 * `\n` for a line ended on purpose, nothing for a word cut by hyphenation),
 * white space runs read as one space, the list marker left out; the map points
 * every character into the rendering. Italic runs become emphasis marks and
 * bold runs strong ones, unless the body itself is set that way.
 */

export interface BlockContext {
  source: number
  /** Where each line starts in the rendering. */
  starts: {get(line: TextLine): number | undefined}
  pointAt(offset: number): Point
  /** The body text's own style, which marks nothing. */
  bodyBold: boolean
  bodyItalic: boolean
}

interface Styled {
  start: number
  end: number
  bold: boolean
  italic: boolean
}

export function blockOf(paragraph: Paragraph, context: BlockContext): BlockDraft {
  const builder = new TextBuilder()
  const styled: Styled[] = []
  paragraph.lines.forEach((line, k) => {
    const start = context.starts.get(line) ?? 0
    const from = k === 0 && paragraph.marker !== undefined ? paragraph.marker.length : 0
    const join = paragraph.joins[k]
    const to = join === 'drop-hyphen' ? line.text.length - 1 : line.text.length
    let at = from
    for (const piece of line.pieces) {
      const pieceFrom = Math.max(piece.from, from)
      const pieceTo = Math.min(piece.to, to)
      if (pieceTo <= pieceFrom) continue
      append(builder, line.text, at, pieceFrom, start)
      const before = builder.length
      append(builder, line.text, pieceFrom, pieceTo, start)
      styled.push({start: before, end: builder.length, bold: piece.bold, italic: piece.italic})
      at = pieceTo
    }
    append(builder, line.text, at, to, start)
    const lineEnd = start + line.text.length
    if (join === 'space') builder.atomic(' ', lineEnd, 1)
    else if (join === 'break') builder.verbatim('\n', lineEnd)
  })
  const first = builder.segments[0]
  const last = builder.segments.at(-1)
  const startOffset = first?.source ?? context.starts.get(paragraph.lines[0] as TextLine) ?? 0
  const endOffset = last === undefined ? startOffset : last.source + last.sourceLength
  const draft: BlockDraft = {
    source: context.source,
    kind: paragraph.kind,
    text: builder.text,
    marks: paragraph.kind === 'heading' ? [] : marksOf(styled, builder.text, context),
    position: {start: context.pointAt(startOffset), end: context.pointAt(endOffset)},
    prose: true,
    map: builder.segments,
  }
  if (paragraph.depth !== undefined) draft.depth = paragraph.depth
  if (paragraph.list !== undefined) draft.list = paragraph.list
  return draft
}

/**
 * White space, a character that a PDF encodes but that is no text (a soft hyphen, a zero-width mark inside a line),
 * or a run of visible ones.
 */
const token = /(\s+)|([\u00AD\u200B-\u200D\u2060\uFEFF])|[^\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g

/** Appends `text[from, to)`, which starts at `offset` in the rendering, reading each run of white space as one space. */
function append(builder: TextBuilder, text: string, from: number, to: number, offset: number): void {
  if (to <= from) return
  const part = text.slice(from, to)
  for (const match of part.matchAll(token)) {
    const at = offset + from + match.index
    if (match[2] !== undefined) continue
    if (match[1] === undefined) builder.verbatim(match[0], at)
    else if (match[0] === ' ') builder.verbatim(' ', at)
    else builder.atomic(' ', at, match[0].length)
  }
}

/** Emphasis over italic runs and strong over bold ones, a mark running on over the spaces between runs. */
function marksOf(styled: readonly Styled[], text: string, context: BlockContext): Mark[] {
  const marks: Mark[] = []
  const spans = (kind: 'emphasis' | 'strong', on: (piece: Styled) => boolean) => {
    let open: {start: number; end: number} | undefined
    const close = () => {
      if (open === undefined) return
      const value = text.slice(open.start, open.end)
      const start = open.start + (value.length - value.trimStart().length)
      const end = open.end - (value.length - value.trimEnd().length)
      if (end > start) marks.push({kind, start, end})
      open = undefined
    }
    for (const piece of styled) {
      if (!on(piece)) {
        // Only white space between two marked runs keeps the mark going.
        if (text.slice(piece.start, piece.end).trim() !== '') close()
        continue
      }
      if (open !== undefined && text.slice(open.end, piece.start).trim() === '') open.end = piece.end
      else {
        close()
        open = {start: piece.start, end: piece.end}
      }
    }
    close()
  }
  if (!context.bodyItalic) spans('emphasis', (piece) => piece.italic)
  if (!context.bodyBold) spans('strong', (piece) => piece.bold)
  return marks.sort((a, b) => a.start - b.start || b.end - a.end)
}
