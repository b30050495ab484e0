import type {Rule} from '../check/rule.js'
import {ruleDocsPath} from '../check/runner.js'
import type {RuleListing} from './formatter.js'

/** The rules as `pareil rules` lists them: each meta with the page its findings link to. */
export function ruleListings(rules: readonly Rule[]): RuleListing[] {
  return rules.map(({meta}) => ({...meta, docs: meta.docs?.url ?? ruleDocsPath(meta.id)}))
}

/** The rules as a table for people: id, category, default severity, description. */
export function formatRuleTable(rows: readonly RuleListing[]): string {
  const width = Math.max(...rows.map((row) => row.id.length))
  return rows.map((row) => `${row.id.padEnd(width)}  ${row.category.padEnd(12)} ${row.defaultSeverity.padEnd(8)} ${row.description}\n`).join('')
}
