// The public API: re-exports only, pinned by tests/api.test.ts. The core does no I/O; see `pareil/node` for files.

// The whole check, and its stages composed.
export {alignInputs, buildReport, check, detectLayout} from './pipeline.js'
export type {AlignInputsOptions, CheckInput, CheckOptions} from './pipeline.js'
export {PareilError, type PareilErrorCode} from './errors.js'
export {tool} from './version.js'

// Reading: the reader contract and registry, pareil's readers, exact positions.
export {
  builtinReaders,
  createPdfReader,
  createReaders,
  decodeText,
  defaultReaders,
  docxReader,
  htmlReader,
  lineColumn,
  markdownReader,
  pdfReader,
  plainTextReader,
  read,
  tmxReader,
  xliffReader,
} from './read/index.js'
export type {BlockDraft, FormatSignature, InputSample, ReadingOptions, ReadOptions, Reader, ReaderInput, ReaderOutput, ReaderRegistry} from './read/index.js'
export {sourceOffsets, sourcePosition, spanOf} from './read/index.js'
export {parseTbx, parseTmx, type TextPair} from './read/exchange.js'

// Detection, segmentation, alignment.
export {blockLanguage, detect, isNavigation, textLanguage, type BlockLanguage} from './detect/index.js'
export {splitSentences, type SentenceRange} from './segment/index.js'
export {align, alignDocuments, defaultWeights} from './align/index.js'
export type {AlignDocumentsOptions, AlignedBead, AlignOptions, AlignSegment, AlignWeights, Granularity, LengthModel} from './align/index.js'

// Rules: the contract, pareil's rules, running them.
export {parseSeveritySetting, ruleDocsPath, rules, runRules} from './check/index.js'
export type {MessageData, Rule, RuleContext, RuleMeta, RuleReport, RunOptions, SentenceSimilarity, SharedAnalysis} from './check/index.js'
export type {AcronymDefinition, TermPair} from './check/terms.js'
export {compareSentences, type SentenceComparison} from './check/compare-sentences.js'

// Drafts: what changed in one version and not the other between two drafts.
export {compareDrafts, compareMessages, type CompareOptions} from './compare/index.js'
export type {DraftChange, DraftChangeKind, DraftComparison, DraftSide} from './compare/index.js'

// Reports: the formatter contract and registry, pareil's formatters.
export {
  beadsFormatter,
  builtinFormatters,
  createFormatters,
  defaultFormatters,
  formatBeads,
  formatDetection,
  formatHtml,
  formatJson,
  formatJsonLines,
  formatSarif,
  formatText,
  formatTmx,
  formatXliff,
  htmlFormatter,
  jsonFormatter,
  jsonLinesFormatter,
  sarifFormatter,
  sarifLog,
  textFormatter,
  tmxFormatter,
  xliffFormatter,
} from './report/index.js'
export type {FormatOptions, Formatter, FormatterRegistry, ReportKind, RuleListing, SarifLog, SarifOptions, TextOptions} from './report/index.js'

// Words: tokens, the lexicon, word links, learning from translation memories.
export {bundledLexicon, coverage, Lexicon, linkWords, parseLexicon, tokenize} from './words/index.js'
export type {LinkEvidence, LinkOptions, Token, WordAlignment, WordLink} from './words/index.js'
export {parseLexiconFile} from './words/lexicon.js'
export {formatLexicon, learnLexicon, learnPairs, type LearnOptions, type LearntPair} from './words/learn.js'

export type {Locale} from './i18n/locale.js'
export type * from './types.js'
