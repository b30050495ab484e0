#!/usr/bin/env node
// Audits every regex in src/ for super-linear time with recheck (docs/regex-audit.md), prints the table
// `file:line  status  complexity  pattern` and exits 1 when one is vulnerable or an allow-list marker is wrong.
//   node scripts/audit-regex.mjs [--root src] [--strict] [--fresh] [--no-cache] [--timeout ms] [--json] [--quiet]
//   --strict: fail on `unknown` (recheck could not tell) and `dynamic` (run-time pattern) regexes too.
//   --fresh: ask recheck about every regex again (else verdicts come from scripts/regex-audit-cache.json).
//   --no-cache: neither read nor write the cache.
//   --quiet: print only the regexes that are not plainly safe.
import {auditRegexes, defaultCachePath, defaultParams, formatTable} from './regex-audit-lib.mjs'

const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const strict = args.includes('--strict')
const timeout = option('--timeout')
const params = timeout === undefined ? defaultParams : {...defaultParams, timeout: Number(timeout)}
const result = auditRegexes({
  root: option('--root') ?? 'src',
  params,
  cache: args.includes('--no-cache') ? null : defaultCachePath(),
  fresh: args.includes('--fresh'),
})

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2))
} else {
  const rows = args.includes('--quiet') ? result.rows.filter((row) => row.status !== 'safe') : result.rows
  console.log(formatTable(rows))
  const count = (status) => result.rows.filter((row) => row.status === status).length
  console.log(
    `\n${result.rows.length} regexes: ${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('allowed')} allowed, ` +
      `${count('unknown')} unknown, ${count('dynamic')} dynamic; ${result.checked} checked by recheck (others cached) in ${(result.milliseconds / 1000).toFixed(1)} s`,
  )
  const markers = new Map()
  for (const row of result.rows.filter((r) => r.status === 'allowed')) {
    const key = `${row.file}:${row.allowLine}`
    const marker = markers.get(key) ?? {reason: row.reason, lines: []}
    marker.lines.push(row.line)
    markers.set(key, marker)
  }
  for (const [key, {reason, lines}] of markers) console.log(`allowed by ${key} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}): ${reason}`)
  for (const warning of result.warnings) console.log(`warning: ${warning}`)
  for (const problem of result.problems) console.log(`problem: ${problem}`)
}
const failing = result.problems.length > 0 || (strict && result.rows.some((row) => row.status === 'unknown' || row.status === 'dynamic'))
process.exit(failing ? 1 : 0)
