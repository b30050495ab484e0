import type {BlockKind, Span} from '../types.js'

/** Block kinds as messages name them. */
export const blockKindNames: Record<BlockKind, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  'list-item': 'list item',
  'table-cell': 'table cell',
  blockquote: 'quoted paragraph',
  code: 'code block',
  html: 'HTML block',
}

/** Where `term` occurs in `text` as whole words (not inside a longer word); -1 if nowhere. */
export function wholeWordIndex(text: string, term: string): number {
  if (term === '') return -1
  let from = 0
  for (;;) {
    const at = text.indexOf(term, from)
    if (at < 0) return -1
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + term.length))) return at
    from = at + 1
  }
}

/** One span over consecutive spans of one source (the sentences of a bead), or null for none. */
export function joinSpans(spans: readonly Span[]): Span | null {
  const first = spans[0]
  const last = spans.at(-1)
  if (first === undefined || last === undefined) return null
  if (spans.length === 1) return first
  return {source: first.source, text: spans.map((span) => span.text).join(' '), position: {start: first.position.start, end: last.position.end}}
}

/** An empty span at the start or the end of a span: where missing text would be. */
export function pointAt(span: Span, at: 'start' | 'end'): Span {
  const place = span.position[at]
  return {source: span.source, text: '', position: {start: place, end: place}}
}

/** Spans that share text, or an empty span (where missing text would be) inside or at the edge of the other. */
export function spansOverlap(a: Span, b: Span): boolean {
  if (a.source !== b.source) return false
  const [aStart, aEnd] = [a.position.start.offset, a.position.end.offset]
  const [bStart, bEnd] = [b.position.start.offset, b.position.end.offset]
  if (aStart === aEnd || bStart === bEnd) return aStart <= bEnd && bStart <= aEnd
  return aStart < bEnd && bStart < aEnd
}
