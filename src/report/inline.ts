import type {Mark, MarkKind, Report, ReportBlock, Span} from '../types.js'

/** A mark of a unit's text: bold, italics, a link, code, or a unit's tag (zero width), with the id it is written with. */
export interface InlineMark {
  kind: MarkKind
  start: number
  end: number
  id: string
  url?: string
}

/** A side of a translation unit: its text and the marks over it. */
export interface InlineText {
  text: string
  marks: InlineMark[]
}

const prefixes: Record<MarkKind, string> = {strong: 'b', emphasis: 'i', link: 'l', 'inline-code': 'c', placeholder: 'x'}

/**
 * The sentences of one side of a pair as one text with the marks of their blocks over it: each sentence's place in
 * its block found by its text, the block's marks clipped to it. Ids count each kind in order (`b1`, `i1`, `l1`…), so
 * that the first bold of the English and the first bold of the French carry the same id, as XLIFF pairs its tags.
 */
export function inlineText(report: Report, spans: readonly Span[]): InlineText {
  let text = ''
  const marks: InlineMark[] = []
  const counts = new Map<MarkKind, number>()
  for (const span of spans) {
    if (text !== '') text += ' '
    const base = text.length
    text += span.text.replace(/[\t\n\r]/g, ' ')
    const block = blockOf(report, span)
    const at = block === undefined ? -1 : block.text.indexOf(span.text)
    if (block === undefined || at < 0) continue
    const inside = block.marks
      .filter((mark) =>
        mark.kind === 'placeholder' ? mark.start >= at && mark.start <= at + span.text.length : mark.start < at + span.text.length && mark.end > at,
      )
      .sort((a, b) => a.start - b.start || b.end - a.end)
    for (const mark of inside) {
      const count = (counts.get(mark.kind) ?? 0) + 1
      counts.set(mark.kind, count)
      const start = base + Math.max(0, mark.start - at)
      const end = base + Math.min(span.text.length, mark.end - at)
      marks.push({
        kind: mark.kind,
        start,
        end,
        id: mark.kind === 'placeholder' && mark.id !== undefined ? mark.id : `${prefixes[mark.kind]}${count}`,
        ...urlOf(mark),
      })
    }
  }
  return {text, marks: withoutCrossing(marks)}
}

function urlOf(mark: Mark): {url?: string} {
  return mark.url === undefined ? {} : {url: mark.url}
}

function blockOf(report: Report, span: Span): ReportBlock | undefined {
  const {start, end} = span.position
  return report.blocks.find((block) => block.source === span.source && block.position.start.offset <= start.offset && end.offset <= block.position.end.offset)
}

/** Marks that nest: one that starts inside another and ends past it is left out (XML tags cannot cross). */
function withoutCrossing(marks: readonly InlineMark[]): InlineMark[] {
  const kept: InlineMark[] = []
  for (const mark of marks) {
    if (kept.some((other) => other.start < mark.start && mark.start < other.end && other.end < mark.end)) continue
    kept.push(mark)
  }
  return kept
}

/**
 * A unit's text as XML with its marks as inline elements: `open` and `close` give each mark's tags (a zero-width
 * mark is written by `open` alone), `escape` the text between them.
 */
export function inlineXml(
  inline: InlineText,
  open: (mark: InlineMark) => string,
  close: (mark: InlineMark) => string,
  escape: (text: string) => string,
): string {
  const events: Array<{at: number; order: number; write: string}> = []
  inline.marks.forEach((mark, k) => {
    if (mark.start === mark.end) {
      events.push({at: mark.start, order: 1, write: open(mark)})
      return
    }
    // Opening tags in mark order, closing tags in reverse, so that nested marks close inside out.
    events.push({at: mark.start, order: 2 + k, write: open(mark)}, {at: mark.end, order: -k, write: close(mark)})
  })
  events.sort((a, b) => a.at - b.at || a.order - b.order)
  let xml = ''
  let position = 0
  for (const event of events) {
    xml += escape(inline.text.slice(position, event.at)) + event.write
    position = event.at
  }
  return xml + escape(inline.text.slice(position))
}
