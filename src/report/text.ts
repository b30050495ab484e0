import type {BlockPair, DetectionReport, Finding, Report, ReportBlock, Severity, Span} from '../types.js'
import type {Formatter} from './formatter.js'
import {formatRuleTable} from './rules.js'

export interface TextOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. */
  color?: boolean
}

const layoutNames: Record<Report['layout'], string> = {
  'en-fr-halves': 'English half, then French half',
  'fr-en-halves': 'French half, then English half',
  interleaved: 'English and French interleaved',
  'side-by-side': 'English and French side by side',
  separate: 'English and French in separate files',
  monolingual: 'one language only',
  mixed: 'mixed, no clear layout',
  unknown: 'unknown (no English or French text found)',
}

/** `--format text`: reports for people, coloured on a terminal. */
export const textFormatter: Formatter = {
  id: 'text',
  description: 'for people: findings in compiler style (file:line:column), coloured on a terminal',
  check: (report, options) => formatText(report, options),
  detect: (report, options) => formatDetection(report, options),
  rules: (rules) => formatRuleTable(rules),
}

/**
 * The report for people: a header per source, then findings in compiler style
 * (`file:line:column: severity: message [rule]`) with the English and French
 * places under each, grouped by aligned paragraph pair, then a summary line.
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const paths = report.sources.map((source) => source.path)
  const lines = header(report, paint)
  lines.push(`  ${count(report.blocks.length, 'block')}, ${count(report.pairs.length, 'aligned pair')}`)

  for (const group of groupByPair(report)) {
    lines.push('')
    lines.push(paint.dim(group.title))
    for (const finding of group.findings) lines.push(...formatFinding(finding, paths, paint))
  }

  lines.push('')
  const {errors, warnings, infos} = report.summary
  const summary = `${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'info')}`
  lines.push(errors > 0 ? paint.red(summary) : warnings > 0 ? paint.yellow(summary) : paint.green(summary))
  return `${lines.join('\n')}\n`
}

/**
 * What detection found, for `pareil detect`: the layout, each part with its
 * lines, then every block with its lines, language and confidence.
 */
export function formatDetection(report: DetectionReport, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const lines = header(report, paint)
  const paths = report.sources.map((source) => source.path)
  lines.push('')
  for (const block of report.blocks) {
    const {start, end} = block.position
    const range = `${start.line}${end.line === start.line ? '' : `-${end.line}`}`
    // A Word paragraph or a PDF page and line say more than the lines of a rendering.
    const place = `${report.sources.length > 1 ? `${paths[block.source]}:` : ''}${block.place?.replace(/, (?:character|column) \d+.*$/, '') ?? range}`
    const lang = block.role === 'navigation' ? `${block.lang} (nav)` : block.lang
    const text = block.text.replace(/\s+/g, ' ')
    lines.push(
      `  ${place.padEnd(9)} ${lang.padEnd(15)} ${block.langConfidence.toFixed(2)}  ${paint.dim(block.kind.padEnd(10))} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** The sources, the layout and the parts with their line ranges. */
/** More parts than this are summed up in the header rather than listed. */
const maxListedParts = 8

function header(report: DetectionReport, paint: Painter): string[] {
  const paths = report.sources.map((source) => source.path)
  const lines = [paint.bold(paths.join(' + ')), `  layout: ${report.layout} (${layoutNames[report.layout]})`]
  for (const notice of report.sources.flatMap((source) => source.notices ?? [])) lines.push(`  note: ${notice}`)
  // An interleaved file of many runs (a file of translation units) is summed up: its parts are in the JSON report.
  if (report.parts.length > maxListedParts) {
    const count = (lang: string) => report.parts.filter((part) => part.lang === lang).length
    lines.push(`  ${count('en')} English parts and ${count('fr')} French parts, in runs (the JSON report lists them)`)
    return lines
  }
  for (const part of report.parts) {
    const {start, end} = part.position
    const inside = report.blocks.filter(
      (block) => block.source === part.source && block.position.start.offset >= start.offset && block.position.end.offset <= end.offset,
    )
    const first = inside[0]?.place
    const last = inside.at(-1)?.place
    // A Word or PDF part is named by its first and last places there; a text file's by its lines.
    const where = first !== undefined && last !== undefined ? `${paths[part.source]} (${first} to ${last})` : `${paths[part.source]}:${start.line}-${end.line}`
    lines.push(`  ${part.lang === 'en' ? 'English' : 'French'} part: ${where}`)
  }
  return lines
}

function formatFinding(finding: Finding, paths: readonly string[], paint: Painter): string[] {
  // Lead with the side that has text: for added content, the French; for omitted content, the English.
  const first = [finding.en, finding.fr].find((span) => span !== null && span.text !== '') ?? finding.en ?? finding.fr
  const place = first === null ? paths.join(' + ') : at(first, paths)
  const severity = paint.severity(finding.severity)
  const confidence = `confidence ${finding.confidence.toFixed(2)}`
  const lines = [`${place}: ${severity}: ${finding.message} ${paint.dim(`[${finding.rule}, ${confidence}]`)}`]
  if (finding.en !== null) lines.push(`  en ${range(finding.en, paths)}  ${quote(finding.en.text)}`)
  if (finding.fr !== null) lines.push(`  fr ${range(finding.fr, paths)}  ${quote(finding.fr.text)}`)
  for (const related of finding.related ?? []) lines.push(paint.dim(`  also ${related.severity} [${related.rule}]: ${related.message}`))
  return lines
}

interface Group {
  title: string
  findings: Finding[]
}

/** Findings grouped under the paragraph pair whose blocks hold them; the rest under the document. */
function groupByPair(report: Report): Group[] {
  const blocks = new Map(report.blocks.map((block) => [block.id, block]))
  const groups = new Map<BlockPair | null, Finding[]>()
  for (const finding of report.findings) {
    const pair = report.pairs.find((candidate) => holds(candidate, finding, blocks)) ?? null
    groups.set(pair, [...(groups.get(pair) ?? []), finding])
  }
  return [...groups].map(([pair, findings]) => ({
    title: pair === null ? 'document' : `pair ${[...pair.en, ...pair.fr].join(' ')} (score ${pair.score.toFixed(2)})`,
    findings,
  }))
}

function holds(pair: BlockPair, finding: Finding, blocks: Map<string, ReportBlock>): boolean {
  // An empty span marks where missing text would be; the finding belongs with the text that is there.
  const inside = (span: Span | null, ids: readonly string[]): boolean =>
    span !== null &&
    span.text !== '' &&
    ids.some((id) => {
      const block = blocks.get(id)
      return (
        block !== undefined &&
        block.source === span.source &&
        block.position.start.offset <= span.position.start.offset &&
        span.position.end.offset <= block.position.end.offset
      )
    })
  return inside(finding.en, pair.en) || inside(finding.fr, pair.fr)
}

/** `file:line:column`, or the file and its place in the format's own terms (a PDF's page and line, an XLIFF unit). */
function at(span: Span, paths: readonly string[]): string {
  if (span.place !== undefined) return `${paths[span.source]} (${span.place})`
  return `${paths[span.source]}:${span.position.start.line}:${span.position.start.column}`
}

function range(span: Span, paths: readonly string[]): string {
  if (span.place !== undefined) return at(span, paths)
  const {start, end} = span.position
  return `${at(span, paths)}-${end.line === start.line ? '' : `${end.line}:`}${end.column}`
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `"${flat.length > 100 ? `${flat.slice(0, 99)}…` : flat}"`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

interface Painter {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  severity(severity: Severity): string
}

function painter(color: boolean): Painter {
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
    severity: (severity) => (severity === 'error' ? red : severity === 'warning' ? yellow : blue)(severity),
  }
}
