import {align} from './align/index.js'
import {rules as defaultRules} from './check/rules/index.js'
import type {Rule} from './check/rule.js'
import {runRules} from './check/runner.js'
import {detect} from './detect/index.js'
import {PareilError} from './errors.js'
import {assertCheckable, read} from './read/index.js'
import type {
  Block,
  BlockLang,
  Detection,
  Document, Finding, Report, ReportBlock, SeveritySetting, SourceInput} from './types.js'
import {tool} from './version.js'

/** One document (bilingual), or two (one per language, in either order). */
export type CheckInput = SourceInput | readonly [SourceInput] | readonly [SourceInput, SourceInput]

export interface CheckOptions {
  /** Severity per rule id: `off`, `info`, `warning` or `error`. */
  rules?: Readonly<Record<string, SeveritySetting>>
  /** The rules to run instead of pareil's own (for tests and extensions). */
  ruleSet?: readonly Rule[]
}

/**
 * Checks that the English and French versions say the same thing and returns
 * the report (JSON schema version 1, see docs/report.md). Pure: no I/O.
 * Throws a `PareilError` for input it cannot check.
 */
export function check(input: CheckInput, options: CheckOptions = {}): Report {
  const inputs: readonly SourceInput[] = Array.isArray(input) ? input : [input as SourceInput]
  if (inputs.length < 1 || inputs.length > 2) {
    throw new PareilError('bad-input', `expected one or two inputs, got ${inputs.length}`)
  }
  const documents = read(inputs)
  for (const document of documents) assertCheckable(document)
  const detection = detect(documents)
  const pairs = align(documents, detection)
  const runOptions = options.rules === undefined ? {} : {rules: options.rules}
  const findings = runRules(options.ruleSet ?? defaultRules, {documents, detection, pairs}, runOptions)
  return buildReport(documents, detection, pairs, findings)
}

/** Assembles the public report from what each stage produced. */
export function buildReport(
  documents: readonly Document[],
  detection: Detection,
  pairs: Report['pairs'],
  findings: readonly Finding[],
): Report {
  return {
    schemaVersion: 1,
    tool: {name: tool.name, version: tool.version},
    sources: documents.map((document) => ({path: document.source.path, format: document.source.format})),
    layout: detection.layout,
    parts: detection.parts,
    blocks: documents.flatMap((document) =>
      document.blocks.map((block) => toReportBlock(block, detection.langs.get(block.id) ?? 'unknown')),
    ),
    pairs,
    findings: [...findings],
    summary: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      infos: findings.filter((finding) => finding.severity === 'info').length,
    },
  }
}

/** A block as the report shows it: the contract's fields first, without the internal map. */
function toReportBlock(block: Block, lang: BlockLang): ReportBlock {
  const {id, source, kind, text, position, prose, marks} = block
  const shown: ReportBlock = {id, source, kind, lang, text, position, prose, marks}
  if (block.depth !== undefined) shown.depth = block.depth
  if (block.list !== undefined) shown.list = block.list
  if (block.table !== undefined) shown.table = block.table
  if (block.quoted === true) shown.quoted = true
  return shown
}
