import {PareilError} from '../errors.js'
import {spanOf, textOffset} from '../read/locate.js'
import type {Block, Detection, Document, Finding, Pair, SentencePair, Severity, SeveritySetting, Span, TypographyProfile} from '../types.js'
import {coverage} from '../words/link.js'
import {messageOf} from './messages.js'
import {groupRelated} from './related.js'
import {earnedSeverity, inLostStructure, lostStructureFactor} from './calibration.js'
import {beadEquivalence} from './bead-equivalence.js'
import {sharedAnalysis} from './shared.js'
import {bundledLexicon} from '../words/bundled.js'
import type {Lexicon} from '../words/lexicon.js'
import type {Rule, RuleContext, RuleReport, SentenceSimilarity, SharedAnalysis} from './rule.js'
import type {TermPair} from './terms.js'
import {parseSeveritySetting} from './severity.js'

/** Where a rule's documentation lives, relative to the package root (docs/ ships with it). */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`
}

export interface RunOptions {
  /** Severity per rule id; `off` disables a rule, a missing id keeps its default. */
  rules?: Readonly<Record<string, SeveritySetting>>
  /** Term pairs for the term rules. */
  glossary?: readonly TermPair[]
  /** The English–French word pairs the word rules use (default: pareil's lexicon; see `Lexicon`, `learnLexicon`). */
  lexicon?: Lexicon
  /** A sentence similarity for the word rules (meaning-shift), from a model of the user's. */
  similarity?: SentenceSimilarity
  /** The house typography the `typography` rules check (off without it). */
  profile?: TypographyProfile
}

type RunInput = {documents: readonly Document[]; detection: Detection; pairs: readonly Pair[]}

/**
 * Runs each enabled rule over the checked documents and stamps what it reports
 * with the rule's id, category, severity and docs path, so that rule bodies stay short.
 */
export function runRules(rules: readonly Rule[], input: RunInput, options: RunOptions = {}): Finding[] {
  return ruleSession(input, options).run(rules)
}

/** One check's rules and what they share: the findings, and the word coverage the report shows. */
export interface RuleSession {
  run(rules: readonly Rule[]): Finding[]
  /**
   * The word coverage of each sentence pair the word rules look at, from the
   * same word alignment they use (computed once per check, shared with them).
   */
  coverage(): Map<SentencePair, {en: number; fr: number}>
  /** The equivalence of every sentence bead with both sides (see equivalence.ts), from the same analysis. */
  equivalence(): Map<SentencePair, number>
}

/** Prepares the rules of one check: one block index, one lexicon and one shared analysis for every rule. */
export function ruleSession(input: RunInput, options: RunOptions = {}): RuleSession {
  const contextFor = contexts(input, options)
  const shared = contextFor(() => {}).shared
  return {
    run(rules) {
      const settings = resolveSettings(rules, options.rules ?? {})
      const findings: Finding[] = []
      for (const rule of rules) {
        const setting = settings.get(rule.meta.id)
        const severity = setting ?? rule.meta.defaultSeverity
        if (severity === 'off') continue
        // At its default, a rule's finding takes the severity its confidence earns; a severity set by the user stands.
        const level = (report: RuleReport, confidence: number): Severity => {
          const base = report.minor === true ? lesser(severity) : severity
          return setting === undefined ? earnedSeverity(base, confidence) : base
        }
        // Where markup did not render, the pieces do not correspond: what a rule finds there is less sure (the
        // markup itself is format-mismatch's finding).
        const sureness = (report: RuleReport): number => {
          const confidence = clampUnit(report.confidence)
          const inLost = (span: Span | null) => inLostStructure(input.documents, span, (place) => blockAt(input.documents, place))
          const lost = rule.meta.category !== 'format' && (inLost(report.en) || inLost(report.fr))
          return lost ? Math.round(confidence * lostStructureFactor * 100) / 100 : confidence
        }
        rule.check(
          contextFor((report: RuleReport) => {
            const confidence = sureness(report)
            findings.push({
              rule: rule.meta.id,
              severity: level(report, confidence),
              category: rule.meta.category,
              message: messageOf(rule.meta, report),
              // The message's template and values, so that a client can write it in its own words or language.
              ...(report.messageId === undefined ? {} : {messageId: report.messageId, data: {...report.data}}),
              confidence,
              en: report.en,
              fr: report.fr,
              docs: rule.meta.docs?.url ?? ruleDocsPath(rule.meta.id),
            })
          }),
        )
      }
      return groupRelated(findings).sort(byPlace)
    },
    coverage() {
      return new Map(shared.beadWords.map((words) => [words.bead, coverage(words.alignment)]))
    },
    equivalence() {
      return beadEquivalence(contextFor(() => {}))
    },
  }
}

/** Makes the rule contexts of one check: each with its own way to report, all sharing the block index, lexicon and analysis. */
function contexts(input: RunInput, options: RunOptions): (report: (finding: RuleReport) => void) => RuleContext {
  const blocks = new Map<string, {block: Block; document: Document}>()
  for (const document of input.documents) {
    for (const block of document.blocks) blocks.set(block.id, {block, document})
  }
  let lexicon: Lexicon | undefined
  let shared: SharedAnalysis | undefined
  const make = (report: (finding: RuleReport) => void): RuleContext => ({
    documents: input.documents,
    detection: input.detection,
    pairs: input.pairs,
    glossary: options.glossary ?? [],
    block: (id) => blocks.get(id),
    span: (block, start = 0, end = block.text.length) => spanIn(input.documents, block, start, end),
    within: (span, start, end) => within(input.documents, span, start, end),
    blockAt: (span) => blockAt(input.documents, span),
    // The lexicon is parsed on first use: rules that do not look at words never pay for it.
    get lexicon() {
      lexicon ??= options.lexicon ?? bundledLexicon()
      return lexicon
    },
    similarity: options.similarity,
    profile: options.profile,
    get shared() {
      shared ??= sharedAnalysis(make(() => {}))
      return shared
    },
    report,
  })
  return make
}

/** A span over a range of a block's text, through the source of the document that holds the block. */
function spanIn(documents: readonly Document[], block: Block, start: number, end: number): Span {
  const document = documents[block.source]
  if (document === undefined) throw new RangeError(`block ${block.id} belongs to no document of this check`)
  return spanOf(document.source, block, start, end)
}

/** A part of a span, found through the block that holds the span. */
function within(documents: readonly Document[], span: Span, start: number, end: number): Span {
  const document = documents[span.source]
  const block = blockAt(documents, span)
  if (document === undefined || block === undefined) return span
  const base = textOffset(block, span.position.start.offset)
  return spanOf(document.source, block, base + start, base + end)
}

/** The block that holds a span (an empty span at a block's end is that block's), by bisection. */
export function blockAt(documents: readonly Document[], span: Span): Block | undefined {
  const blocks = documents[span.source]?.blocks ?? []
  // Blocks are in document order: the last one starting at or before the span (binary search: rules ask often).
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((blocks[middle] as Block).position.start.offset <= span.position.start.offset) low = middle
    else high = middle - 1
  }
  const block = blocks[low]
  return block !== undefined && block.position.start.offset <= span.position.start.offset && span.position.end.offset <= block.position.end.offset
    ? block
    : undefined
}

function resolveSettings(rules: readonly Rule[], requested: Readonly<Record<string, unknown>>): Map<string, SeveritySetting> {
  const known = new Set(rules.map((rule) => rule.meta.id))
  const settings = new Map<string, SeveritySetting>()
  for (const [id, value] of Object.entries(requested)) {
    if (!known.has(id)) {
      const list = [...known].join(', ') || 'none yet'
      throw new PareilError('bad-option', `unknown rule '${id}' (known rules: ${list})`)
    }
    settings.set(id, parseSeveritySetting(value, `rule '${id}'`))
  }
  return settings
}

/** One level below: a minor case of a warning is an info. */
function lesser(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info'
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}

/** Document order: by the English place, else the French place; document-level findings first. */
function byPlace(a: Finding, b: Finding): number {
  return placeOf(a) - placeOf(b)
}

function placeOf(finding: Finding): number {
  const span = finding.en ?? finding.fr
  if (span === null) return -1
  // Sources are compared before offsets, so that the second input's findings follow the first's.
  return span.source * 2 ** 40 + span.position.start.offset
}
