import type {Finding, Report} from '../types.js'
import type {Formatter} from './formatter.js'

/**
 * One finding per line, each a JSON object that stands alone: the finding as the JSON report has it, with the
 * paths of the sources its spans point into (`sources`), so that lines from many checks can be streamed, merged and
 * filtered (`grep`, `jq -c`) without the report around them. A check with no finding writes nothing.
 */
export function formatJsonLines(report: Report, document?: string): string {
  const sources = report.sources.map((source) => source.path)
  const where = document === undefined ? {sources} : {document, sources}
  return report.findings.map((finding: Finding) => `${JSON.stringify({...where, ...finding})}\n`).join('')
}

/** `--format jsonl`: JSON Lines, one finding per line (docs/report.md). */
export const jsonLinesFormatter: Formatter = {
  id: 'jsonl',
  description: 'JSON Lines: one finding per line, each with the paths of its sources, for streams and batches',
  check: (report, options) => formatJsonLines(report, options.document),
}
