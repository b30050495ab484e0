/**
 * The shared vocabulary of pareil: every layer speaks in these types.
 *
 * Positions follow unist: lines and columns are 1-based, offsets are 0-based
 * indices into the source text as read (a JavaScript string, so UTF-16 code
 * units). Offsets are the single source of truth; lines and columns are derived.
 */

/** A place in a source file. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range in a source file: `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** A language pareil checks. */
export type Lang = 'en' | 'fr'

/** The language of one block, as detection sees it. */
export type BlockLang = Lang | 'bilingual' | 'neutral' | 'unknown'

/** The kinds of block a document is made of. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'blockquote' | 'code' | 'html'

/** The kinds of inline mark kept over a block's plain text. */
export type MarkKind = 'emphasis' | 'strong' | 'link' | 'inline-code' | 'placeholder'

/**
 * An inline mark as a range over a block's plain text (`end` exclusive).
 * Marks nest: `***a***` gives an emphasis and a strong over the same range.
 */
export interface Mark {
  kind: MarkKind
  start: number
  end: number
  /** The link target, for `link` marks. */
  url?: string
  /** The id of an inline tag a translation unit holds (`<x id="1"/>`), for `placeholder` marks (zero width). */
  id?: string
}

/** Where a list item sits. */
export interface ListPlace {
  /** Identifies the list within its source; nested lists have their own id. */
  id: number
  /** 1-based position of the item within its list. */
  ordinal: number
  ordered: boolean
  /** 1 for a top-level list, 2 for a list nested in an item, and so on. */
  depth: number
}

/** Where a table cell sits. */
export interface TablePlace {
  /** Identifies the table within its source. */
  id: number
  /** 0-based row; row 0 is the header row. */
  row: number
  /** 0-based column. */
  column: number
}

/**
 * One piece of the plain-text-to-source mapping: `textLength` characters of
 * plain text starting at `text` came from `sourceLength` characters of source
 * starting at `source`. Either both lengths are equal (a verbatim run) or the
 * piece is atomic (an escape, a character reference, a hard break).
 */
export interface MapSegment {
  text: number
  source: number
  textLength: number
  sourceLength: number
}

/** One unit of a document: a paragraph, a heading, a list item, a table cell… */
export interface Block {
  /** Unique across every input of one check, e.g. `b12`. */
  id: string
  /** Index of the input this block comes from (0 or 1). */
  source: number
  kind: BlockKind
  /** Plain text: markup removed, hard line breaks kept as `\n`. */
  text: string
  marks: Mark[]
  /** Where the block stands in its source. */
  position: Position
  /** False for code and raw HTML: kept for completeness but not prose to translate. */
  prose: boolean
  /** Heading depth (1–6), for headings. */
  depth?: number
  list?: ListPlace
  table?: TablePlace
  /** True for blocks inside a block quote (their kind may be paragraph, list-item…). */
  quoted?: boolean
  /**
   * A code fence that did not parse: `fence` for the stray fence itself ("`` `"), `inside` for the code after it
   * that was read as paragraphs and list items. Such blocks are code, not prose; format-mismatch reports the fence.
   */
  brokenFence?: 'fence' | 'inside'
  /**
   * Markup that did not render runs through this paragraph's text: a code fence or list numbers written into it
   * (a converter escaped them, or the line breaks were lost). Its content is not in the pieces the other version
   * has, so what rules find in it is less sure; format-mismatch reports the markup.
   */
  flattened?: true
  /**
   * The language the document's own markup gives this block: an HTML `lang` attribute, the source or target
   * language of an XLIFF or TMX unit, Word's language of the text, the side of a two-column bilingual PDF page.
   * Detection takes it as strong evidence where the text's own is weak.
   */
  declaredLang?: Lang
  /**
   * The translation unit this block belongs to (an XLIFF unit, a TMX `<tu>`): files whose segments are already
   * paired carry it, and the block is paired with the other language's block of the same unit, without alignment.
   */
  unit?: string
  /**
   * Rules the document turns off for this block (`<!-- pareil-disable-next-block rule-id -->` before it in
   * Markdown); empty for all of them. Their findings with a place in the block are not reported.
   */
  disabledRules?: string[]
  /** Maps plain-text offsets back to source offsets, in text order. */
  map: MapSegment[]
}

/** A format pareil reads: the id of its reader (`markdown` and `text` are built in). */
export type InputFormat = 'markdown' | 'text' | (string & {})

/** One input to a check: a path (for messages and reports) and its text, or its bytes. */
export type SourceInput = TextInput | BytesInput

/** An input given as text (Markdown, plain text). */
export interface TextInput {
  path: string
  text: string
  /** A reader's id; by default the contents and the path's extension decide: `.txt` is text, anything else Markdown. */
  format?: InputFormat
  bytes?: undefined
}

/** An input given as the bytes of a file: text formats are decoded as UTF-8 (refusing anything else). */
export interface BytesInput {
  path: string
  bytes: Uint8Array
  /** A reader's id; by default the contents and the path's extension decide. */
  format?: InputFormat
  text?: undefined
}

/** A source as read, with what is needed to turn offsets into positions. */
export interface Source {
  /** Index of this source in the check (0 or 1). */
  index: number
  path: string
  text: string
  format: InputFormat
  /** Converts a 0-based offset into a Point. */
  pointAt(offset: number): Point
  /** A range as a place in the format's own terms: `line:column` for text formats (see `Reader.place`). */
  place(start: number, end: number): string
}

/** A source and its blocks, in document order. */
export interface Document {
  source: Source
  blocks: Block[]
  /** What the reader noticed of the document as a whole ("the document has tracked changes: …"), for the report. */
  notices?: string[]
}

/** A range of one source, with the text it covers. */
export interface Span {
  source: number
  text: string
  position: Position
  /**
   * The place in the format's own terms, where it is not line and column of the file ("page 2, line 14, column 3",
   * "paragraph 12, character 40", "unit 7, line 31:9"): reports set it, for people; tools use `position`.
   */
  place?: string
}

/** How the English and French parts are laid out. */
export type Layout = 'en-fr-halves' | 'fr-en-halves' | 'interleaved' | 'side-by-side' | 'separate' | 'monolingual' | 'mixed' | 'unknown'

/** A stretch of one source that holds one language's version. */
export interface Part {
  lang: Lang
  source: number
  position: Position
}

/** What detection says of one block. */
export interface BlockDetection {
  lang: BlockLang
  /** In [0, 1]: how sure detection is of `lang`. */
  confidence: number
  /** A language switch link or notice ("Français", "(Le français suit)"): not content. */
  navigation: boolean
}

/** What detection found. */
export interface Detection {
  layout: Layout
  parts: Part[]
  /** Per block id. */
  blocks: Map<string, BlockDetection>
}

/** Two aligned sentence groups: the sentences themselves, as spans of their sources. */
export interface SentencePair {
  /** The English sentences (spans with their text and place); empty for a French sentence with no counterpart. */
  en: Span[]
  /** The French sentences. */
  fr: Span[]
  /**
   * Alignment confidence, in [0, 1]: how surely these sentences are counterparts of each other rather than of
   * their neighbours. It does not say that they mean the same: see `equivalence`.
   */
  score: number
  /** The share of content words of each side that have a counterpart on the other, in [0, 1]. */
  coverage?: {en: number; fr: number}
  /**
   * The estimated probability, in [0, 1], that the two sides say the same thing (0 for a sentence with no
   * counterpart); set in reports, absent from the aligner's own output.
   */
  equivalence?: number
}

/**
 * Aligned groups of blocks, named by block id; one side is empty for a block
 * with no counterpart. (Not to be confused with `SentencePair`, whose sides are
 * spans, or `SegmentBead`, whose sides are indices into the aligner's input.)
 */
export interface BlockPair {
  /** Ids of the English blocks (`b3`), in document order. */
  en: string[]
  /** Ids of the French blocks. */
  fr: string[]
  /** Alignment confidence, in [0, 1] (see `SentencePair.score`). */
  score: number
  sentences: SentencePair[]
  /** Its sentences' equivalence, weighed by their length; set in reports. */
  equivalence?: number
}

/**
 * Aligned segments, named by their indices into the aligner's English and
 * French inputs; one side may be empty. (A `BlockPair` names blocks by id, a
 * `SentencePair` holds spans.)
 */
export interface SegmentBead {
  /** 0-based indices into the English segments given to `align`. */
  en: number[]
  /** 0-based indices into the French segments. */
  fr: number[]
  /** How surely the two sides say the same thing, in [0, 1]; 0 for a segment with no counterpart. */
  score: number
}

/** What `pareil align` prints: the segments of each side and their beads. */
export interface AlignmentReport {
  schemaVersion: 1
  tool: {name: string; version: string}
  sources: Array<{path: string}>
  segments: {en: string[]; fr: string[]}
  beads: SegmentBead[]
}

/** @deprecated Renamed `BlockPair`: its sides are block ids. */
export type Pair = BlockPair

export type Severity = 'error' | 'warning' | 'info'

/** A severity as users set it: `off` disables a rule. */
export type SeveritySetting = Severity | 'off'

export type Category =
  | 'omission'
  | 'addition'
  | 'meaning'
  | 'number'
  | 'date'
  | 'name'
  | 'term'
  | 'format'
  | 'untranslated'
  | 'structure'
  | 'typography'
  | 'draft'

/**
 * A house style of typography the `typography` rules hold a version to: the Translation Bureau's Canadian French
 * (`fr-CA`), Canadian English spelling (`en-CA`), or the French of France (`fr-FR`). Off unless asked for.
 */
export type TypographyProfile = (typeof typographyProfiles)[number]

/** The typography profiles pareil knows. */
export const typographyProfiles = ['fr-CA', 'en-CA', 'fr-FR'] as const

/** One divergence between the English and French versions. */
export interface Finding {
  rule: string
  severity: Severity
  category: Category
  message: string
  /** The id of the rule's message template the message was written from (`meta.messages`), when it was. */
  messageId?: string
  /** The values the template was filled with. */
  data?: Readonly<Record<string, string | number>>
  /** How sure the rule is that this is a real divergence, in [0, 1]. */
  confidence: number
  en: Span | null
  fr: Span | null
  /** The rule's documentation page: relative to the package root for pareil's rules, the URL a rule of yours gives. */
  docs?: string
  /**
   * What other rules reported of the same divergence (the same places): one divergence is one finding, under the
   * most specific rule; the others stay here for the record. Absent when no other rule saw it.
   */
  related?: RelatedFinding[]
}

/** Another rule's finding of the same divergence, as it reported it. */
export type RelatedFinding = Omit<Finding, 'related'>

export interface Summary {
  errors: number
  warnings: number
  infos: number
}

/** The JSON report, schema version 2 (see docs/report.md). */
export interface Report {
  schemaVersion: 2
  tool: {name: string; version: string}
  sources: ReportSource[]
  layout: Layout
  parts: Part[]
  blocks: ReportBlock[]
  pairs: BlockPair[]
  findings: Finding[]
  summary: Summary
  /** The lexicons that judged the words, pareil's first, then a user's files and FreeDict when installed (reports of pareil 0.1.0 lack it). */
  lexicons?: LexiconUse[]
}

/** An input as the report names it. */
export interface ReportSource {
  path: string
  format: InputFormat
  /** What the reader noticed of the document as a whole: tracked changes, a text layer it could not read. */
  notices?: string[]
}

/** A lexicon a check used, as its report records it. */
export interface LexiconUse {
  /** `pareil` for the bundled lexicon, a file's name, `FreeDict eng-fra`, or `custom` for one made in code. */
  name: string
  path?: string
  /** How many entries (pairs of words or phrases as written) it gave. */
  entries: number
}

/** What `pareil detect` reports: the check report without pairs, findings and summary. */
export type DetectionReport = Omit<Report, 'schemaVersion' | 'pairs' | 'findings' | 'summary' | 'lexicons'> & {
  /** The detection report kept version 1: nothing in it changed when the check report's categories grew. */
  schemaVersion: 1
}

/** A block as the report shows it: its place, language and text, without the internal map. */
export interface ReportBlock {
  id: string
  source: number
  kind: BlockKind
  lang: BlockLang
  /** In [0, 1]: how sure detection is of `lang`. */
  langConfidence: number
  /** `navigation` for language switch links and notices. */
  role?: 'navigation'
  text: string
  position: Position
  prose: boolean
  marks: Mark[]
  depth?: number
  list?: ListPlace
  table?: TablePlace
  quoted?: boolean
  /** The translation unit (XLIFF, TMX) the block belongs to. */
  unit?: string
  /** The block's place in the format's own terms, where it is not line and column of the file (see `Span.place`). */
  place?: string
}
