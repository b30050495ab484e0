import {atOrAbove} from '../check/severity.js'
import type {Report, Severity} from '../types.js'

export const exitCodes = {ok: 0, findings: 1, usage: 2, internal: 3} as const

/** The `--fail-on` levels: a severity, or `never` to always exit 0 after a report. */
export type FailOn = Severity | 'never'

/** 1 when some finding (of a check, or change of a comparison) is at or above `failOn`, else 0. */
export function exitCodeFor(report: Pick<Report, 'findings'> | {changes: ReadonlyArray<{severity: Severity}>}, failOn: FailOn): number {
  if (failOn === 'never') return exitCodes.ok
  const items: ReadonlyArray<{severity: Severity}> = 'findings' in report ? report.findings : report.changes
  const failing = items.some((finding) => atOrAbove(finding.severity, failOn))
  return failing ? exitCodes.findings : exitCodes.ok
}
