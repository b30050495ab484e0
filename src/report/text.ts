import type {Locale} from '../i18n/locale.js'
import {type ReportWords, reportWords} from '../i18n/report-words.js'
import type {BlockPair, DetectionReport, Finding, Report, ReportBlock, Span} from '../types.js'
import type {Formatter} from './formatter.js'
import {formatComparison} from './compare-text.js'
import {at, type Painter, painter, quote, range} from './text-parts.js'
import {formatRuleTable} from './rules.js'

export interface TextOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. */
  color?: boolean
  /** The language of the report's own words (default English); findings' messages are written by `check()`. */
  locale?: Locale
}

/** `--format text`: reports for people, coloured on a terminal. */
export const textFormatter: Formatter = {
  id: 'text',
  description: 'for people: findings in compiler style (file:line:column), coloured on a terminal',
  check: (report, options) => formatText(report, options),
  detect: (report, options) => formatDetection(report, options),
  compare: (report, options) => formatComparison(report, options),
  rules: (rules, options) => formatRuleTable(rules, options.locale),
}

/**
 * The report for people: a header per source, then findings in compiler style
 * (`file:line:column: severity: message [rule]`) with the English and French
 * places under each, grouped by aligned paragraph pair, then a summary line.
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const words = reportWords(options.locale)
  const paths = report.sources.map((source) => source.path)
  const lines = header(report, paint, words)
  lines.push(`  ${words.blocksAndPairs(report.blocks.length, report.pairs.length)}`)

  for (const group of groupByPair(report, words)) {
    lines.push('')
    lines.push(paint.dim(group.title))
    for (const finding of group.findings) lines.push(...formatFinding(finding, paths, paint, words))
  }

  lines.push('')
  const {errors, warnings, infos} = report.summary
  const summary = words.summary(errors, warnings, infos)
  lines.push(errors > 0 ? paint.red(summary) : warnings > 0 ? paint.yellow(summary) : paint.green(summary))
  return `${lines.join('\n')}\n`
}

/**
 * What detection found, for `pareil detect`: the layout, each part with its
 * lines, then every block with its lines, language and confidence.
 */
export function formatDetection(report: DetectionReport, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const lines = header(report, paint, reportWords(options.locale))
  const paths = report.sources.map((source) => source.path)
  lines.push('')
  for (const block of report.blocks) {
    const {start, end} = block.position
    const range = `${start.line}${end.line === start.line ? '' : `-${end.line}`}`
    // A Word paragraph or a PDF page and line say more than the lines of a rendering.
    const place = `${report.sources.length > 1 ? `${paths[block.source]}:` : ''}${block.place?.replace(/(?<=^|[\n\r\u2028\u2029])(?=.*$)(.*?), (?:character|column) \d+.*$/, '$1') ?? range}`
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

function header(report: Omit<DetectionReport, 'schemaVersion'>, paint: Painter, words: ReportWords): string[] {
  const paths = report.sources.map((source) => source.path)
  const lines = [paint.bold(paths.join(' + ')), `  ${words.label('layout')} ${report.layout} (${words.layout(report.layout)})`]
  for (const notice of report.sources.flatMap((source) => source.notices ?? [])) lines.push(`  ${words.label('note')} ${notice}`)
  // An interleaved file of many runs (a file of translation units) is summed up: its parts are in the JSON report.
  if (report.parts.length > maxListedParts) {
    const count = (lang: string) => report.parts.filter((part) => part.lang === lang).length
    lines.push(`  ${words.partsInRuns(count('en'), count('fr'))}`)
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
    lines.push(`  ${words.part(part.lang, where)}`)
  }
  return lines
}

function formatFinding(finding: Finding, paths: readonly string[], paint: Painter, words: ReportWords): string[] {
  // Lead with the side that has text: for added content, the French; for omitted content, the English.
  const first = [finding.en, finding.fr].find((span) => span !== null && span.text !== '') ?? finding.en ?? finding.fr
  const place = first === null ? paths.join(' + ') : at(first, paths)
  const severity = paint.severity(finding.severity, words.severity(finding.severity))
  const confidence = words.confidence(finding.confidence)
  // The place keeps its tight colon (file:line:column:), which editors parse; the severity takes the locale's.
  const lines = [`${place}: ${severity}${words.afterSeverity}${finding.message} ${paint.dim(`[${finding.rule}, ${confidence}]`)}`]
  if (finding.en !== null) lines.push(`  en ${range(finding.en, paths)}  ${quote(finding.en.text, words)}`)
  if (finding.fr !== null) lines.push(`  fr ${range(finding.fr, paths)}  ${quote(finding.fr.text, words)}`)
  for (const related of finding.related ?? []) lines.push(paint.dim(`  ${words.also(related.severity, related.rule, related.message)}`))
  return lines
}

interface Group {
  title: string
  findings: Finding[]
}

/** Findings grouped under the paragraph pair whose blocks hold them; the rest under the document. */
function groupByPair(report: Report, words: ReportWords): Group[] {
  const blocks = new Map(report.blocks.map((block) => [block.id, block]))
  const groups = new Map<BlockPair | null, Finding[]>()
  for (const finding of report.findings) {
    const pair = report.pairs.find((candidate) => holds(candidate, finding, blocks)) ?? null
    groups.set(pair, [...(groups.get(pair) ?? []), finding])
  }
  return [...groups].map(([pair, findings]) => ({
    title: pair === null ? words.documentGroup : words.pairGroup([...pair.en, ...pair.fr].join(' '), pair.score, pair.equivalence),
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
