import type {Formatter} from './formatter.js'

/** A report as JSON text (schema version 2, docs/report.md), ending with a newline. */
export function formatJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** `--format json`: every report as the JSON its schema describes (docs/report.md). */
export const jsonFormatter: Formatter = {
  id: 'json',
  description: 'the JSON report (schema version 2, docs/report.md)',
  check: (report) => formatJson(report),
  detect: (report) => formatJson(report),
  align: (report) => formatJson(report),
  compare: (report) => formatJson(report),
  rules: (rules) => formatJson(rules),
}
