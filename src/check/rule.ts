import type {Block, Category, Detection, Document, Lang, Pair, SentencePair, Severity, Span, TypographyProfile} from '../types.js'
import type {Lexicon} from '../words/lexicon.js'
import type {Enumeration} from './values/enumerations.js'
import type {AcronymDefinition, TermPair} from './terms.js'
import type {PolaritySignals} from './polarity.js'
import type {BeadWords} from './words.js'

/** What a rule says about itself; modelled on ESLint's rule `meta`. */
export interface RuleMeta {
  /** Also the rule's file name, its docs page (`docs/rules/<id>.md`) and its test file. */
  id: string
  category: Category
  defaultSeverity: Severity
  /** One sentence: what the rule flags. */
  description: string
  /**
   * Where the rule is documented. pareil's own rules leave it out: theirs is
   * `docs/rules/<id>.md` in the package. A rule of yours gives its page here,
   * and its findings link to it.
   */
  docs?: {url: string}
  /**
   * The rule's messages by id, as templates: `{{name}}` is replaced by the
   * report's `data.name`. A key ending in `Lang` holds a language code (`en`,
   * `fr`) and is written as the language's name. Message ids let a message be
   * translated or cited (SARIF) without parsing its text; after ESLint's `messages`.
   */
  messages?: Readonly<Record<string, string>>
}

/**
 * What a rule reports: a `messageId` of its `meta.messages` with the `data`
 * its template needs (or a ready `message`). The runner adds the rule id, the
 * severity and the docs link.
 */
export type RuleReport = RuleReportFields & ({messageId: string; data?: MessageData; message?: never} | {message: string; messageId?: never; data?: never})

/** The values a message template takes: text, numbers, and language codes for keys ending in `Lang`. */
export type MessageData = Readonly<Record<string, string | number>>

interface RuleReportFields {
  /** How sure the rule is, in [0, 1]. */
  confidence: number
  en: Span | null
  fr: Span | null
  /** A lesser case of what the rule flags: reported one level below the rule's severity (warning → info). */
  minor?: boolean
}

/**
 * What several rules compute from the same check: made once per check, on
 * first use, and shared by every rule (a rule turned off costs nothing).
 */
export interface SharedAnalysis {
  /** Terms the glossary gives and the document teaches (italic titles paired across it, defined acronyms). */
  readonly terms: readonly TermPair[]
  /** Acronyms defined in one language's blocks ("Royal Canadian Mounted Police (RCMP)"). */
  acronyms(lang: Lang): readonly AcronymDefinition[]
  /** The word alignment of every sentence bead with both sides, through the check's lexicon and the document's terms. */
  readonly beadWords: readonly BeadWords[]
  /** The inline enumerations of a sentence ("making, distributing, selling or advertising"). */
  enumerations(span: Span, lang: Lang): readonly Enumeration[]
  /** The negations, modals and contrast poles of a bead's two sides, and where they part; made once per bead. */
  polarity(words: BeadWords): PolaritySignals
  /** The user's sentence similarity of a bead's two sides, in [0, 1], asked once per bead; undefined without a model. */
  similarity(bead: SentencePair): number | undefined
}

/** Everything a rule may look at, and the one way it reports. */
export interface RuleContext {
  readonly documents: readonly Document[]
  readonly detection: Detection
  readonly pairs: readonly Pair[]
  /** Term pairs the user gave (a glossary); rules that check terms add those the document teaches. */
  readonly glossary: readonly TermPair[]
  /** The block with this id, with the document it belongs to. */
  block(id: string): {block: Block; document: Document} | undefined
  /** The range `[start, end)` of a block's plain text (the whole block by default) as a span with its exact source position. */
  span(block: Block, start?: number, end?: number): Span
  /** The part `[start, end)` of a span's text, as a span of its own (a number inside a sentence). */
  within(span: Span, start: number, end: number): Span
  /** The block a span lies in. */
  blockAt(span: Span): Block | undefined
  /** English–French word pairs: pareil's lexicon, under the user's own when given. */
  readonly lexicon: Lexicon
  /** A user's sentence similarity in [0, 1] (a multilingual embedding model, say), when given. */
  readonly similarity: SentenceSimilarity | undefined
  /** The house typography the user asked the `typography` rules to check (`--profile`); undefined: they stay quiet. */
  readonly profile: TypographyProfile | undefined
  /** What several rules compute, made once per check. */
  readonly shared: SharedAnalysis
  report(finding: RuleReport): void
}

/** How much two sentences mean the same thing, in [0, 1]; supplied by the user of the API. */
export type SentenceSimilarity = (english: string, french: string) => number

/** A check: a small module with its metadata and one function. */
export interface Rule {
  meta: RuleMeta
  check(context: RuleContext): void
}
