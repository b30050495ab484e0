import type {Report} from '../types.js'

/** The report as JSON text (schema version 1, docs/report.md), ending with a newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
