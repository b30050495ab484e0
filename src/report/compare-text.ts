import type {DraftChange, DraftComparison} from '../compare/types.js'
import {reportWords} from '../i18n/report-words.js'
import type {Span} from '../types.js'
import {at, painter, quote, range} from './text-parts.js'
import type {TextOptions} from './text.js'

/**
 * `pareil compare` for people: the two drafts, how their paragraph pairs stand, then each change in compiler style
 * (`file:line:column: severity: message`) with its place in the four texts, then the counts.
 */
export function formatComparison(report: DraftComparison, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const words = reportWords(options.locale)
  const oldPaths = report.old.sources.map((source) => source.path)
  const newPaths = report.new.sources.map((source) => source.path)
  const {unchanged, edited, added, removed} = report.pairs
  const lines = [paint.bold(`${oldPaths.join(' + ')} → ${newPaths.join(' + ')}`), `  ${words.draftPairs(unchanged, edited, added, removed)}`]
  for (const change of report.changes) {
    lines.push('')
    lines.push(...formatChange(change, oldPaths, newPaths, paint, words))
  }
  lines.push('')
  lines.push(words.summary(report.summary.errors, report.summary.warnings, report.summary.infos))
  return `${lines.join('\n')}\n`
}

function formatChange(
  change: DraftChange,
  oldPaths: readonly string[],
  newPaths: readonly string[],
  paint: ReturnType<typeof painter>,
  words: ReturnType<typeof reportWords>,
): string[] {
  // Lead with the new draft's place of the version that changed; a removal has only the old one.
  const lead = change.new[change.lang] ?? change.old[change.lang]
  const leadPaths = change.new[change.lang] === null ? oldPaths : newPaths
  const place = lead === null ? newPaths.join(' + ') : at(lead, leadPaths)
  const severity = paint.severity(change.severity, words.severity(change.severity))
  const lines = [`${place}: ${severity}${words.afterSeverity}${change.message} ${paint.dim(`[${change.kind}, ${words.confidence(change.confidence)}]`)}`]
  const row = (label: string, span: Span | null, paths: readonly string[]) => {
    if (span !== null) lines.push(`  ${label} ${range(span, paths)}  ${quote(span.text, words)}`)
  }
  row('old en', change.old.en, oldPaths)
  row('new en', change.new.en, newPaths)
  row('old fr', change.old.fr, oldPaths)
  row('new fr', change.new.fr, newPaths)
  return lines
}
