import type {ReportWords} from '../i18n/report-words.js'
import type {Severity, Span} from '../types.js'

/** What the text reports share: places in compiler style, quotes and colours. */

/** `file:line:column`, or the file and its place in the format's own terms (a PDF's page and line, an XLIFF unit). */
export function at(span: Span, paths: readonly string[]): string {
  if (span.place !== undefined) return `${paths[span.source]} (${span.place})`
  return `${paths[span.source]}:${span.position.start.line}:${span.position.start.column}`
}

export function range(span: Span, paths: readonly string[]): string {
  if (span.place !== undefined) return at(span, paths)
  const {start, end} = span.position
  return `${at(span, paths)}-${end.line === start.line ? '' : `${end.line}:`}${end.column}`
}

export function quote(text: string, words: ReportWords): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return words.quote(flat.length > 100 ? `${flat.slice(0, 99)}…` : flat)
}

export interface Painter {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  /** The severity's word (`label`, the locale's) in the severity's colour. */
  severity(severity: Severity, label: string): string
}

export function painter(color: boolean): Painter {
  const wrap =
    (open: number, close: number) =>
    (text: string): string =>
      color ? `\u001B[${open}m${text}\u001B[${close}m` : text
  const red = wrap(31, 39)
  const yellow = wrap(33, 39)
  const blue = wrap(34, 39)
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red,
    yellow,
    green: wrap(32, 39),
    severity: (severity, label) => (severity === 'error' ? red : severity === 'warning' ? yellow : blue)(label),
  }
}
