import type {DetectionReport, Report} from '../types.js'

/** A report as JSON text (schema version 1, docs/report.md), ending with a newline. */
export function formatJson(report: Report | DetectionReport | object): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
