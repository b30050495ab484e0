import type {Lang, Span} from '../types.js'

/** Language names as messages use them. */
export const languageNames: Record<Lang, string> = {en: 'English', fr: 'French'}

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
