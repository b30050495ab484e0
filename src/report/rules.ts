import type {Rule} from '../check/rule.js'
import {ruleDocsPath} from '../check/runner.js'
import type {Locale} from '../i18n/locale.js'
import {localizedDescription} from '../i18n/messages.js'
import {reportWords} from '../i18n/report-words.js'
import type {RuleListing} from './formatter.js'

/** The rules as `pareil rules` lists them: each meta with the page its findings link to, described in the locale. */
export function ruleListings(rules: readonly Rule[], locale: Locale = 'en'): RuleListing[] {
  return rules.map(({meta}) => ({
    ...meta,
    description: localizedDescription(meta.id, meta.description, locale),
    docs: meta.docs?.url ?? ruleDocsPath(meta.id),
  }))
}

/** The rules as a table for people: id, category, default severity, description. */
export function formatRuleTable(rows: readonly RuleListing[], locale: Locale = 'en'): string {
  const words = reportWords(locale)
  const width = Math.max(...rows.map((row) => row.id.length))
  // French words run longer than the English ids of categories and severities.
  const categoryWidth = Math.max(12, ...rows.map((row) => words.category(row.category).length))
  const severityWidth = Math.max(8, ...rows.map((row) => words.severity(row.defaultSeverity).length))
  return rows
    .map(
      (row) =>
        `${row.id.padEnd(width)}  ${words.category(row.category).padEnd(categoryWidth)} ${words.severity(row.defaultSeverity).padEnd(severityWidth)} ${row.description}\n`,
    )
    .join('')
}
