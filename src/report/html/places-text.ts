import type {ReportBlock, Span} from '../../types.js'

/** `letter.md:12:5`, or the file and its place in the format's own terms (a PDF's page and line, an XLIFF unit). */
export function spanPlace(span: Span, paths: readonly string[]): string {
  const path = paths[span.source] ?? ''
  if (span.place !== undefined) return `${path} (${span.place})`
  const {start, end} = span.position
  const tail = end.offset <= start.offset ? '' : `–${end.line === start.line ? '' : `${end.line}:`}${end.column}`
  return `${path}:${start.line}:${start.column}${tail}`
}

/** `letter.md:3–4`: the lines of a block, or its place in the format's own terms. */
export function blockPlace(block: ReportBlock, paths: readonly string[]): string {
  const path = paths[block.source] ?? ''
  if (block.place !== undefined) return `${path} (${block.place})`
  const {start, end} = block.position
  return `${path}:${start.line}${end.line === start.line ? '' : `–${end.line}`}`
}
