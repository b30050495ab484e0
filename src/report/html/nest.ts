import {escapeHtml} from './escape.js'

/** A range of text to wrap in markup: `<mark>`, `<strong>`; `start === end` inserts `open(true)` alone. */
export interface Wrap {
  start: number
  end: number
  /** The opening tag; `first` is false when a crossing range reopens it, so that an id is given only once. */
  open(first: boolean): string
  /** The closing tag; nothing for an insertion. */
  close: string
}

/**
 * Text with ranges wrapped in markup, escaped. Ranges may nest or cross: where one crosses another, the inner is
 * closed and reopened around the boundary, so the markup stays well formed and every character keeps all its ranges.
 */
export function wrapRanges(text: string, wraps: readonly Wrap[]): string {
  const ranges = wraps.filter((wrap) => wrap.end > wrap.start)
  const inserts = wraps.filter((wrap) => wrap.end <= wrap.start)
  const boundaries = [...new Set([0, text.length, ...wraps.flatMap((wrap) => [wrap.start, wrap.end])])]
    .filter((at) => at >= 0 && at <= text.length)
    .sort((a, b) => a - b)
  const open: Wrap[] = []
  let html = ''
  boundaries.forEach((at, index) => {
    // Close what ends here, reopening what was opened inside it and goes on.
    if (open.some((wrap) => wrap.end === at)) {
      const reopen: Wrap[] = []
      while (open.some((wrap) => wrap.end === at)) {
        const top = open.pop()
        if (top === undefined) break
        html += top.close
        if (top.end !== at) reopen.unshift(top)
      }
      for (const wrap of reopen) {
        html += wrap.open(false)
        open.push(wrap)
      }
    }
    for (const wrap of inserts) if (wrap.start === at) html += wrap.open(true)
    // Longer ranges open first, so that they hold the shorter ones starting at the same place.
    const starting = ranges.filter((wrap) => wrap.start === at).sort((a, b) => b.end - a.end)
    for (const wrap of starting) {
      html += wrap.open(true)
      open.push(wrap)
    }
    const next = boundaries[index + 1]
    if (next !== undefined) html += escapeHtml(text.slice(at, next))
  })
  for (const wrap of open.reverse()) html += wrap.close
  return html
}
