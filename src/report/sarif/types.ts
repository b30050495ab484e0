/**
 * The part of SARIF 2.1.0 (OASIS, errata 01) that pareil writes: a log of one
 * run, its rules, its artifacts and its results. Names and meanings are the
 * standard's; only the fields pareil fills are declared.
 */

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifMessage {
  /** Plain text; `[text](n)` links to the related location whose `id` is `n`. */
  text: string
  markdown?: string
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [SarifRun]
}

export interface SarifRun {
  tool: {driver: SarifDriver}
  invocations: SarifInvocation[]
  artifacts: SarifArtifact[]
  /** pareil's columns and offsets count UTF-16 code units, as JavaScript strings do. */
  columnKind: 'utf16CodeUnits'
  results: SarifResult[]
  properties: Record<string, unknown>
}

export interface SarifDriver {
  name: string
  version: string
  semanticVersion?: string
  informationUri: string
  rules: SarifRule[]
}

export interface SarifRule {
  id: string
  name?: string
  shortDescription?: SarifMessage
  fullDescription?: SarifMessage
  help?: SarifMessage
  helpUri?: string
  defaultConfiguration?: {level: SarifLevel}
  properties: {category?: string; tags: string[]; 'problem.severity'?: 'error' | 'warning' | 'recommendation'}
}

export interface SarifInvocation {
  executionSuccessful: boolean
  toolExecutionNotifications?: SarifNotification[]
}

export interface SarifNotification {
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
}

export interface SarifArtifact {
  location: {uri: string}
  mimeType?: string
  properties: {format: string}
}

export interface SarifArtifactLocation {
  uri: string
  /** Index into `run.artifacts`. */
  index: number
}

export interface SarifRegion {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  charOffset?: number
  charLength?: number
  snippet?: {text: string}
}

export interface SarifLocation {
  /** Set on related locations, which messages link to as `[text](id)`. */
  id?: number
  physicalLocation: {artifactLocation: SarifArtifactLocation; region?: SarifRegion}
  logicalLocations?: Array<{name: string; fullyQualifiedName?: string}>
  message?: SarifMessage
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: [SarifLocation]
  relatedLocations?: SarifLocation[]
  partialFingerprints: Record<string, string>
  /** 0 to 100: pareil's confidence as a percentage, for viewers that sort by rank. */
  rank: number
  properties: {confidence: number; category: string; severity: string}
}
