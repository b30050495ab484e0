import {beadsFormatter} from './beads.js'
import type {Formatter} from './formatter.js'
import {htmlFormatter} from './html.js'
import {jsonFormatter} from './json.js'
import {jsonLinesFormatter} from './jsonl.js'
import {createFormatters, type FormatterRegistry} from './registry.js'
import {sarifFormatter} from './sarif.js'
import {textFormatter} from './text.js'
import {tmxFormatter} from './tmx.js'
import {xliffFormatter} from './xliff.js'

export {beadsFormatter, formatBeads} from './beads.js'
export type {FormatOptions, Formatter, ReportKind, RuleListing} from './formatter.js'
export {formatHtml, htmlFormatter} from './html.js'
export {formatJson, jsonFormatter} from './json.js'
export {formatJsonLines, jsonLinesFormatter} from './jsonl.js'
export {formatSarif, packageDocsBase, sarifFormatter, sarifLog, type SarifLog, type SarifOptions} from './sarif.js'
export {formatTmx, tmxFormatter} from './tmx.js'
export {formatXliff, xliffFormatter} from './xliff.js'
export {createFormatters, type FormatterRegistry} from './registry.js'
export {formatRuleTable, ruleListings} from './rules.js'
export {formatDetection, formatText, textFormatter, type TextOptions} from './text.js'

/** pareil's output formats. */
export const builtinFormatters: readonly Formatter[] = [
  textFormatter,
  jsonFormatter,
  jsonLinesFormatter,
  sarifFormatter,
  htmlFormatter,
  xliffFormatter,
  tmxFormatter,
  beadsFormatter,
]

/** The registry of pareil's own formatters. */
export const defaultFormatters: FormatterRegistry = createFormatters(builtinFormatters)
