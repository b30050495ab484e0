import {rules as builtinRules} from '../check/rules/index.js'
import type {Finding, Lang, RelatedFinding, Report, Span} from '../types.js'
import type {Formatter, RuleListing} from './formatter.js'
import {ruleListings} from './rules.js'
import {sarifArtifacts} from './sarif/artifacts.js'
import {fingerprintName, fingerprints} from './sarif/fingerprint.js'
import {documentLocation, inFile, type LocationContext, placeText, spanLocation} from './sarif/locations.js'
import {sarifLevels, sarifRules} from './sarif/rules.js'
import type {SarifInvocation, SarifLocation, SarifLog, SarifResult, SarifRule} from './sarif/types.js'

export type {SarifLog} from './sarif/types.js'

/** SchemaStore's copy of the OASIS schema, the `$schema` CodeQL writes and editors know. */
export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'

/** What pareil's SARIF says it is. */
export const pareilInformationUri = 'https://www.npmjs.com/package/pareil'

/**
 * Where the docs of the pareil that wrote the report are read: the npm package ships `docs/`, and a CDN serves each
 * published version's files, so a rule's `helpUri` is the page of that very version.
 */
export function packageDocsBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/pareil@${encodeURIComponent(version)}/`
}

export interface SarifOptions {
  /** The rules to describe (default: pareil's own, as `pareil rules` lists them); rules findings name beyond them are added. */
  rules?: readonly RuleListing[]
  /**
   * What relative docs paths (`docs/rules/<id>.md`) are resolved against to make `helpUri` absolute, as SARIF
   * requires: by default the package's files of the report's version (see `packageDocsBase`); give your
   * repository's (`https://github.com/owner/pareil/blob/main/`) to link there instead.
   */
  docsBaseUri?: string
  /** Formats whose positions are into pareil's rendering rather than the file (default `docx`, `pdf`): no region. */
  renderedFormats?: readonly string[]
}

/** `--format sarif`: the findings of `pareil check` as SARIF 2.1.0, for GitHub code scanning and other viewers. */
export const sarifFormatter: Formatter = {
  id: 'sarif',
  description: 'SARIF 2.1.0 for GitHub code scanning and other viewers (docs/sarif.md)',
  check: (report) => formatSarif(report),
}

/** A report as a SARIF 2.1.0 log of one run, as JSON text ending with a newline (docs/sarif.md). */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`
}

/** A report as a SARIF 2.1.0 log of one run: pareil with its rules, the sources as artifacts, one result per finding. */
export function sarifLog(report: Report, options: SarifOptions = {}): SarifLog {
  const artifacts = sarifArtifacts(report.sources)
  const context: LocationContext = {
    sources: report.sources,
    uris: artifacts.map((artifact) => artifact.location.uri),
    renderedFormats: new Set(options.renderedFormats ?? ['docx', 'pdf']),
  }
  const docsBase = options.docsBaseUri ?? packageDocsBase(report.tool.version)
  const rules = sarifRules(options.rules ?? ruleListings(builtinRules), report.findings, docsBase)
  const prints = fingerprints(report.findings, report.sources)
  const results = report.findings.map((finding, i) => sarifResult(finding, rules, prints[i] ?? '', context))
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? {semanticVersion: report.tool.version} : {}),
            informationUri: pareilInformationUri,
            rules,
          },
        },
        invocations: [invocation(report, context)],
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
        properties: {layout: report.layout, summary: report.summary},
      },
    ],
  }
}

const languageNames: Record<Lang, string> = {en: 'English', fr: 'French'}

/**
 * One finding as a result. Its location is the side that has text (the English of omitted content, the French of
 * added content), as the text report leads with; the other side and other rules' findings of the same divergence
 * are related locations, linked from the message so that GitHub shows them.
 */
function sarifResult(finding: Finding, rules: readonly SarifRule[], fingerprint: string, context: LocationContext): SarifResult {
  const primaryLang = leadingSide(finding)
  const primary = primaryLang === null ? null : finding[primaryLang]
  const otherLang: Lang | null = primaryLang === null ? null : primaryLang === 'en' ? 'fr' : 'en'
  const other = otherLang === null ? null : finding[otherLang]

  const notes: string[] = []
  const relatedLocations: SarifLocation[] = []
  if (primary === null) notes.push('about the document as a whole')
  else if (!inFile(primary, context) && primaryLang !== null) notes.push(`${languageNames[primaryLang]}: ${escapeText(placeText(primary, context))}`)
  if (other !== null && otherLang !== null) {
    const id = relatedLocations.length + 1
    const where = describePlace(other, primary, context)
    // An empty span is where the missing text would be.
    const label = other.text === '' ? `${languageNames[otherLang]}, where it would be` : languageNames[otherLang]
    relatedLocations.push({...spanLocation(other, context), id, message: {text: `${label}: ${where}`}})
    notes.push(`${label}: [${escapeText(where)}](${id})`)
  }
  for (const related of finding.related ?? []) {
    const id = relatedLocations.length + 1
    const span = leadingSpan(related)
    const location = span === null ? documentLocation(context) : spanLocation(span, context)
    relatedLocations.push({...location, id, message: {text: `${related.rule} (${related.severity}): ${related.message}`}})
    notes.push(`also [${escapeText(related.rule)}](${id})`)
  }

  const ruleIndex = rules.findIndex((rule) => rule.id === finding.rule)
  const result: SarifResult = {
    ruleId: finding.rule,
    ruleIndex,
    level: sarifLevels[finding.severity],
    message: {text: `${escapeText(finding.message)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`},
    locations: [primary === null ? documentLocation(context) : spanLocation(primary, context)],
    partialFingerprints: {[fingerprintName]: fingerprint},
    rank: Math.round(finding.confidence * 1000) / 10,
    properties: {confidence: finding.confidence, category: finding.category, severity: finding.severity},
  }
  if (relatedLocations.length > 0) result.relatedLocations = relatedLocations
  return result
}

/** The side a finding is shown at: the first with text, else the first with a place, else none (a document-level finding). */
function leadingSide(finding: RelatedFinding): Lang | null {
  if (finding.en !== null && finding.en.text !== '') return 'en'
  if (finding.fr !== null && finding.fr.text !== '') return 'fr'
  if (finding.en !== null) return 'en'
  return finding.fr === null ? null : 'fr'
}

function leadingSpan(finding: RelatedFinding): Span | null {
  const side = leadingSide(finding)
  return side === null ? null : finding[side]
}

/** The other side's place for the message, with its file when it is not the first side's. */
function describePlace(span: Span, beside: Span | null, context: LocationContext): string {
  const place = placeText(span, context)
  const path = context.sources[span.source]?.path
  return beside !== null && beside.source !== span.source && path !== undefined ? `${path}, ${place}` : place
}

/** SARIF plain-text messages link with `[text](id)`: literal brackets and backslashes are escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`)
}

/** The run's invocation: it succeeded (a report exists), and what readers noticed of a document is a notification on it. */
function invocation(report: Report, context: LocationContext): SarifInvocation {
  const notifications = report.sources.flatMap((source, index) =>
    (source.notices ?? []).map((notice) => ({
      level: 'note' as const,
      message: {text: notice},
      locations: [{physicalLocation: {artifactLocation: {uri: context.uris[index] ?? '', index}}}],
    })),
  )
  return notifications.length > 0 ? {executionSuccessful: true, toolExecutionNotifications: notifications} : {executionSuccessful: true}
}
