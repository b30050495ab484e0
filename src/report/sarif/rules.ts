import type {Finding, RelatedFinding, Severity} from '../../types.js'
import type {RuleListing} from '../formatter.js'
import type {SarifLevel, SarifRule} from './types.js'

/** pareil's severities as SARIF levels: SARIF has no `info`, its `note` is the same thing. */
export const sarifLevels: Readonly<Record<Severity, SarifLevel>> = {error: 'error', warning: 'warning', info: 'note'}

/** GitHub code scanning reads `problem.severity` to rank alerts of rules that are not security rules. */
const problemSeverities = {error: 'error', warning: 'warning', info: 'recommendation'} as const

/**
 * The rules as SARIF reporting descriptors: pareil's, in the order it runs them, then any rule a finding names that
 * the listings lack (a rule of yours run through the library), described by what its findings say.
 */
export function sarifRules(listings: readonly RuleListing[], findings: readonly Finding[], docsBaseUri: string): SarifRule[] {
  const described = listings.map((listing) => describeRule(listing, docsBaseUri))
  const known = new Set(described.map((rule) => rule.id))
  const everyFinding: RelatedFinding[] = findings.flatMap((finding) => [finding, ...(finding.related ?? [])])
  for (const finding of everyFinding) {
    if (known.has(finding.rule)) continue
    known.add(finding.rule)
    const rule: SarifRule = {id: finding.rule, properties: {category: finding.category, tags: tags(finding.category)}}
    const helpUri = finding.docs === undefined ? undefined : absoluteUri(finding.docs, docsBaseUri)
    if (helpUri !== undefined) rule.helpUri = helpUri
    described.push(rule)
  }
  return described
}

function describeRule(listing: RuleListing, docsBaseUri: string): SarifRule {
  const helpUri = absoluteUri(listing.docs, docsBaseUri)
  const rule: SarifRule = {
    id: listing.id,
    name: ruleName(listing.id),
    shortDescription: {text: listing.description},
    fullDescription: {text: listing.description},
    // GitHub shows `help` in the alert's rule panel: the description and the link to the rule's page.
    help: {text: `${listing.description} See ${helpUri ?? listing.docs}.`, markdown: `${listing.description}\n\n[${listing.docs}](${helpUri ?? listing.docs})`},
    defaultConfiguration: {level: sarifLevels[listing.defaultSeverity]},
    properties: {category: listing.category, tags: tags(listing.category), 'problem.severity': problemSeverities[listing.defaultSeverity]},
  }
  if (helpUri !== undefined) rule.helpUri = helpUri
  return rule
}

/**
 * A docs link as the absolute URI SARIF's `helpUri` must be: a URL stays as it is, a path of pareil's package
 * (`docs/rules/<id>.md`) is resolved against the package's docs; undefined if neither makes a URL.
 */
export function absoluteUri(docs: string, base: string): string | undefined {
  try {
    return new URL(docs, base).href
  } catch {
    return undefined
  }
}

/** SARIF's `name` is meant to be an identifier: `omitted-content` → `OmittedContent`. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

/** GitHub shows tags on each alert and filters by them. */
function tags(category: string): string[] {
  return ['translation', category]
}
