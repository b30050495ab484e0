import type {Point} from '../../types.js'

/**
 * The plain rendering of a PDF that blocks point into: one line of text per
 * line of the page, in reading order (running heads first, then the text
 * column by column, then footers), and a line holding a form feed between
 * pages, as `pdftotext` marks them. A document in parallel columns is
 * rendered as the left column of every page, then the right column of every
 * page: each page then appears in two segments. Places are named by page,
 * line of the page (counted in the page's reading order) and column: "page 2,
 * line 14, column 3".
 */

/** A run of lines of one page, rendered together. */
export interface Segment<L> {
  page: number
  lines: ReadonlyArray<{text: string; line: L}>
}

/** Where a segment landed in the rendering. */
export interface PlacedSegment {
  page: number
  /** Its start offset in the text. */
  start: number
  /** Its first line in the text (1-based, as points count them). */
  line: number
  /** The number of its first line within its page. */
  pageLine: number
}

export interface Rendering<L> {
  text: string
  /** Where each line starts in `text`. */
  starts: Map<L, number>
  segments: PlacedSegment[]
}

export const pageSeparator = '\n\f\n'

export function render<L>(segments: ReadonlyArray<Segment<L>>): Rendering<L> {
  const starts = new Map<L, number>()
  const placed: PlacedSegment[] = []
  const linesOfPage = new Map<number, number>()
  let text = ''
  let lineNumber = 1
  segments.forEach((segment, index) => {
    if (index > 0) {
      text += pageSeparator
      lineNumber += 2
    }
    const before = linesOfPage.get(segment.page) ?? 0
    placed.push({page: segment.page, start: text.length, line: lineNumber, pageLine: before + 1})
    linesOfPage.set(segment.page, before + segment.lines.length)
    segment.lines.forEach(({text: lineText, line}, k) => {
      if (k > 0) {
        text += '\n'
        lineNumber++
      }
      starts.set(line, text.length)
      text += lineText
    })
  })
  return {text, starts, segments: placed}
}

/** "page 2, line 14, column 3": where a point of the rendering is on its page. */
export function placeOnPage(segments: readonly PlacedSegment[], point: Point): string {
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((segments[middle] as PlacedSegment).start <= point.offset) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  if (segment === undefined) return `${point.line}:${point.column}`
  return `page ${segment.page}, line ${Math.max(1, point.line - segment.line + segment.pageLine)}, column ${point.column}`
}
