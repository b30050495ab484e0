// Types of scripts/regex-audit-lib.mjs, for tests/regex-audit.test.ts.
export interface AuditRow {
  file: string
  line: number
  column: number
  kind: 'literal' | 'constructor'
  source: string | null
  flags: string
  expression: string
  status: 'safe' | 'vulnerable' | 'allowed' | 'unknown' | 'dynamic'
  complexity: string
  attack: string | null
  reason: string | null
  allowLine: number | null
}
export interface AuditResult {
  rows: AuditRow[]
  problems: string[]
  warnings: string[]
  checked: number
  milliseconds: number
}
export interface AuditOptions {
  root?: string
  cwd?: string
  params?: Record<string, unknown>
  cache?: string | null
  fresh?: boolean
  writeCache?: boolean
  check?: (source: string, flags: string, params?: Record<string, unknown>) => unknown
}
export const allowMarker: string
export const defaultParams: Record<string, unknown>
export function defaultCachePath(cwd?: string): string
export function auditRegexes(options?: AuditOptions): AuditResult
export function formatTable(rows: readonly AuditRow[]): string
export function sourceFiles(root: string): string[]
export function splitLiteral(text: string): {source: string; flags: string}
