import type {RuleMeta} from '../check/rule.js'
import type {Locale} from '../i18n/locale.js'
import type {DraftComparison} from '../compare/types.js'
import type {AlignmentReport, DetectionReport, Report} from '../types.js'

/** How a formatter is asked to write. */
export interface FormatOptions {
  /** ANSI colours: the CLI turns them on only for a terminal. */
  color: boolean
  /** The XLIFF version `--format xliff` writes: 2.0 (default) or 1.2. */
  xliffVersion?: '2.0' | '1.2'
  /** The language of the report's own words for people (default English): `--locale`. */
  locale?: Locale
  /** In a batch, the document's id (`docs/report` for report-en.md and report-fr.md): JSON Lines name it on each line. */
  document?: string
}

/** A rule as `pareil rules` lists it: its meta with the page its findings link to. */
export type RuleListing = Omit<RuleMeta, 'docs'> & {docs: string}

/**
 * One output format (`--format ID`): pure functions from a report to text
 * (or bytes), one per kind of report the format can write. A new output is
 * one module that exports a `Formatter`; after ESLint's formatters.
 */
export interface Formatter {
  /** What `--format` calls it: `text`, `json`, `beads`. */
  id: string
  /** One line for `pareil --help`. */
  description: string
  /** The report of `pareil check`. */
  check?(report: Report, options: FormatOptions): string | Uint8Array
  /** The report of `pareil detect`. */
  detect?(report: DetectionReport, options: FormatOptions): string | Uint8Array
  /** The report of `pareil align`. */
  align?(report: AlignmentReport, options: FormatOptions): string | Uint8Array
  /** The comparison of two drafts, for `pareil compare`. */
  compare?(report: DraftComparison, options: FormatOptions): string | Uint8Array
  /** The rules, for `pareil rules`. */
  rules?(rules: readonly RuleListing[], options: FormatOptions): string | Uint8Array
}

/** The kinds of report a formatter may write. */
export type ReportKind = 'check' | 'detect' | 'align' | 'compare' | 'rules'
