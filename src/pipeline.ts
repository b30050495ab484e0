import {type AlignOptions, alignDocuments, alignSegments} from './align/index.js'
import {blockSentences} from './align/documents.js'
import {rules as defaultRules} from './check/rules/index.js'
import type {Rule} from './check/rule.js'
import type {TermPair} from './check/terms.js'
import {ruleSession, type RunOptions} from './check/runner.js'
import {withoutSuppressed} from './check/suppressions.js'
import {bundledLexicon} from './words/bundled.js'
import {Lexicon} from './words/lexicon.js'
import {detect} from './detect/index.js'
import {PareilError} from './errors.js'
import {localizeFindings} from './i18n/messages.js'
import type {Locale} from './i18n/locale.js'
import {localizeSources} from './i18n/notices.js'
import {assertCheckable, read} from './read/index.js'
import type {ReaderRegistry} from './read/registry.js'
import type {
  AlignmentReport,
  Block,
  BlockDetection,
  Detection,
  DetectionReport,
  Document,
  Finding,
  Lang,
  Report,
  ReportBlock,
  SeveritySetting,
  Source,
  SourceInput,
  Span,
  TypographyProfile,
} from './types.js'
import {tool} from './version.js'

/** One document (bilingual), or two (one per language, in either order). */
export type CheckInput = SourceInput | readonly [SourceInput] | readonly [SourceInput, SourceInput]

export interface CheckOptions {
  /** Severity per rule id: `off`, `info`, `warning` or `error`. */
  rules?: Readonly<Record<string, SeveritySetting>>
  /** The rules to run instead of pareil's own (for tests and extensions). */
  ruleSet?: readonly Rule[]
  /** Term pairs (English, French) the term rules check besides those the document teaches. */
  glossary?: readonly TermPair[]
  /** Word pairs (a glossary's, a translation memory's) consulted before pareil's own lexicon. */
  lexicon?: Lexicon
  /**
   * How much an English and a French sentence mean the same thing, in [0, 1],
   * from a model of yours (a multilingual sentence embedding): added to the
   * sentence aligner's evidence and to meaning-shift. Synchronous: compute
   * embeddings beforehand if your model is asynchronous.
   */
  similarity?: (english: string, french: string) => number
  /** The readers inputs are read with (default: pareil's; see `createReaders`). */
  readers?: ReaderRegistry
  /** A Word document with tracked changes is checked as it reads with them accepted (default), or as it was before them. */
  revisions?: 'accepted' | 'original'
  /**
   * The house typography the `typography` rules hold the versions to (`fr-CA`, `en-CA`, `fr-FR`); without it,
   * those rules stay quiet.
   */
  profile?: TypographyProfile
  /**
   * The language findings' messages are written in: `en` (default) or `fr`.
   * Each finding keeps its `messageId` and `data`, so a client may write its own.
   */
  locale?: Locale
}

/**
 * Checks that the English and French versions say the same thing and returns
 * the report (JSON schema version 2, see docs/report.md). Pure: no I/O.
 * Throws a `PareilError` for input it cannot check.
 */
export function check(input: CheckInput, options: CheckOptions = {}): Report {
  return analyse(input, options).report
}

/** A check with what it was made from: the documents as read, with the maps from their text to their sources. */
export interface Analysis {
  documents: Document[]
  detection: Detection
  report: Report
}

/** Checks a document and keeps what the report was made from (for `compareDrafts`, which places edits in the sources). */
export function analyse(input: CheckInput, options: CheckOptions = {}): Analysis {
  const documents = readInputs(input, options.readers, options.revisions)
  const detection = detect(documents)
  // The user's words over pareil's, for the aligner and the rules alike.
  const lexicon = options.lexicon === undefined ? bundledLexicon() : new Lexicon(bundledLexicon()).merge(options.lexicon)
  const pairs = alignDocuments(documents, detection, options.similarity === undefined ? {lexicon} : {lexicon, similarity: options.similarity})
  const runOptions: RunOptions = {lexicon}
  if (options.rules !== undefined) runOptions.rules = options.rules
  if (options.glossary !== undefined) runOptions.glossary = options.glossary
  if (options.similarity !== undefined) runOptions.similarity = options.similarity
  if (options.profile !== undefined) runOptions.profile = options.profile
  const session = ruleSession({documents, detection, pairs}, runOptions)
  // What the document itself turns off (a suppression comment before a block) is not reported.
  const findings = withoutSuppressed(session.run(options.ruleSet ?? defaultRules), documents)
  const covered = session.coverage()
  const equivalent = session.equivalence()
  const shown = pairs.map((pair) => {
    const sentences = pair.sentences.map((bead) => {
      const share = covered.get(bead)
      return {
        ...bead,
        ...(share === undefined ? {} : {coverage: {en: round(share.en), fr: round(share.fr)}}),
        equivalence: round(equivalent.get(bead) ?? 0),
      }
    })
    return {...pair, sentences, equivalence: pairEquivalence(sentences)}
  })
  const locale = options.locale ?? 'en'
  const report = buildReport(documents, detection, shown, localizeFindings(findings, locale))
  return {documents, detection, report: {...report, sources: localizeSources(report.sources, locale), lexicons: [...lexicon.origins]}}
}

/**
 * Finds the language of every block and the layout of the parts, without
 * aligning or checking: what `pareil detect` prints.
 */
export function detectLayout(input: CheckInput, options: {readers?: ReaderRegistry; revisions?: 'accepted' | 'original'} = {}): DetectionReport {
  const documents = readInputs(input, options.readers, options.revisions)
  return buildDetectionReport(documents, detect(documents))
}

export interface AlignInputsOptions {
  /** The inputs hold one segment per line (as vecalign and bertalign read them), not documents. */
  presegmented?: boolean
  /** Options of the sentence aligner (its lexicon is pareil's by default). */
  align?: AlignOptions
  /** The readers documents are read with (default: pareil's). */
  readers?: ReaderRegistry
}

/**
 * Aligns the segments of an English and a French input: their lines when
 * presegmented, else the sentences of their prose blocks.
 */
export function alignInputs(english: SourceInput, french: SourceInput, options: AlignInputsOptions = {}): AlignmentReport {
  const segmentsOf = (input: SourceInput, lang: Lang): string[] => {
    if (options.presegmented === true) {
      if (input.text === undefined) throw new PareilError('bad-input', `${input.path}: presegmented input must be text, one segment per line`)
      return input.text.replace(/\r?\n$/, '').split(/\r?\n/)
    }
    const [document] = read(input, options.readers === undefined ? {} : {readers: options.readers})
    if (document === undefined) return []
    return document.blocks.filter((block) => block.prose).flatMap((block) => blockSentences(document, block, lang).map((span) => span.text))
  }
  const segments = {en: segmentsOf(english, 'en'), fr: segmentsOf(french, 'fr')}
  return {
    schemaVersion: 1,
    tool: {name: tool.name, version: tool.version},
    sources: [{path: english.path}, {path: french.path}],
    segments,
    beads: alignSegments(segments.en, segments.fr, options.align),
  }
}

function readInputs(input: CheckInput, readers: ReaderRegistry | undefined, revisions?: 'accepted' | 'original'): Document[] {
  const inputs: readonly SourceInput[] = Array.isArray(input) ? input : [input as SourceInput]
  if (inputs.length < 1 || inputs.length > 2) {
    throw new PareilError('bad-input', `expected one or two inputs, got ${inputs.length}`)
  }
  const documents = read(inputs, {...(readers === undefined ? {} : {readers}), ...(revisions === undefined ? {} : {reading: {revisions}})})
  for (const document of documents) assertCheckable(document)
  return documents
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000
}

/** Assembles the public report from what each stage produced. */
export function buildReport(documents: readonly Document[], detection: Detection, pairs: Report['pairs'], findings: readonly Finding[]): Report {
  const placed = (span: Span | null): Span | null => {
    if (span === null) return null
    const place = ownPlace(documents[span.source]?.source, span.position.start.offset, span.position.end.offset)
    return place === undefined ? span : {...span, place}
  }
  return {
    ...buildDetectionReport(documents, detection),
    schemaVersion: 2,
    pairs,
    findings: findings.map((finding) => {
      const shown: Finding = {...finding, en: placed(finding.en), fr: placed(finding.fr)}
      if (finding.related !== undefined) shown.related = finding.related.map((related) => ({...related, en: placed(related.en), fr: placed(related.fr)}))
      return shown
    }),
    summary: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      infos: findings.filter((finding) => finding.severity === 'info').length,
    },
  }
}

function buildDetectionReport(documents: readonly Document[], detection: Detection): DetectionReport {
  return {
    schemaVersion: 1,
    tool: {name: tool.name, version: tool.version},
    sources: documents.map((document) => ({
      path: document.source.path,
      format: document.source.format,
      ...(document.notices === undefined ? {} : {notices: document.notices}),
    })),
    layout: detection.layout,
    parts: detection.parts,
    blocks: documents.flatMap((document) => document.blocks.map((block) => toReportBlock(block, detection.blocks.get(block.id), document.source))),
  }
}

/** A place in the format's own terms, where it says more than the line and column of the file (a PDF's page). */
function ownPlace(source: Source | undefined, start: number, end: number): string | undefined {
  if (source === undefined) return undefined
  const place = source.place(start, end)
  const {line, column} = source.pointAt(start)
  return place === `${line}:${column}` ? undefined : place
}

/** A block as the report shows it: the contract's fields first, without the internal map. */
function toReportBlock(block: Block, detected: BlockDetection | undefined, from: Source): ReportBlock {
  const {id, source, kind, text, position, prose, marks} = block
  const lang = detected?.lang ?? 'unknown'
  const langConfidence = detected?.confidence ?? 0
  const shown: ReportBlock = {id, source, kind, lang, langConfidence, text, position, prose, marks}
  if (detected?.navigation === true) shown.role = 'navigation'
  if (block.depth !== undefined) shown.depth = block.depth
  if (block.list !== undefined) shown.list = block.list
  if (block.table !== undefined) shown.table = block.table
  if (block.quoted === true) shown.quoted = true
  if (block.unit !== undefined) shown.unit = block.unit
  const place = ownPlace(from, position.start.offset, position.end.offset)
  if (place !== undefined) shown.place = place
  return shown
}

/**
 * A pair of blocks' equivalence: its sentences', weighed by their length; a sentence with no counterpart says
 * nothing the other side says (0).
 */
function pairEquivalence(sentences: ReadonlyArray<{en: Span[]; fr: Span[]; equivalence: number}>): number {
  let weighed = 0
  let total = 0
  for (const bead of sentences) {
    const length = [...bead.en, ...bead.fr].reduce((sum, span) => sum + span.text.length, 0)
    weighed += bead.equivalence * length
    total += length
  }
  return total === 0 ? 0 : round(weighed / total)
}
