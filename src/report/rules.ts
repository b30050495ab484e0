import type {Rule} from '../check/rule.js'
import {ruleDocsPath} from '../check/runner.js'

/** The rules as `pareil rules` lists them: a table for people, or JSON. */
export function formatRules(rules: readonly Rule[], format: 'text' | 'json'): string {
  const rows = rules.map(({meta}) => ({...meta, docs: meta.docs?.url ?? ruleDocsPath(meta.id)}))
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`
  const width = Math.max(...rows.map((row) => row.id.length))
  return rows
    .map((row) => `${row.id.padEnd(width)}  ${row.category.padEnd(12)} ${row.defaultSeverity.padEnd(8)} ${row.description}\n`)
    .join('')
}
