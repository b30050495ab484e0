import type {Block, Point, Source} from '../types.js'

/** A block before it gets its id: what a reader produces. */
export type BlockDraft = Omit<Block, 'id'>

/**
 * A file format pareil recognises: by the extensions of a path and by its
 * contents. A format with a reader is read; one without (a PDF before its
 * reader exists) is refused with a message that names it.
 */
export interface FormatSignature {
  /** The format's id: `markdown`, `text`; also the report's `sources[].format`. */
  id: string
  /** How messages name it: "Markdown", "plain text", "a Word document". */
  name: string
  /** Extensions of the format, lower case, without the point, the usual one first. */
  extensions: readonly string[]
  /**
   * Whether contents look like this format. `head` is the start of the input
   * (for bytes, read as Latin-1 so that magic numbers such as `%PDF-` show),
   * `text` the whole decoded text when the input is text. Formats that cannot
   * be told by their contents (Markdown, plain text) leave it out.
   */
  sniff?(head: string, text: string | undefined): boolean
  /** How messages name the format when its contents give it away: "an HTML page", "JSON data". */
  contentName?: string
}

/** What a reader is given: the source as pareil wraps it, with the input's bytes for binary formats. */
export interface ReaderInput {
  /** The source: its `text` is the decoded text for text formats, '' for bytes formats until the reader renders them. */
  source: Source
  /** The file's bytes, for readers that take bytes. */
  bytes: Uint8Array | undefined
  /** How the user asked documents to be read. */
  options?: ReadingOptions
}

/** How the user asks documents to be read (readers take what concerns them). */
export interface ReadingOptions {
  /**
   * A document with tracked changes (Word): `accepted` (default) checks the text as it reads with every change
   * accepted, `original` the text before them.
   */
  revisions?: 'accepted' | 'original'
}

/** What a reader gives back. */
export interface ReaderOutput {
  /** The blocks, in reading order; their `map` and `position` point into `text`. */
  blocks: BlockDraft[]
  /**
   * For bytes formats: the plain rendering of the document that block maps
   * point into (text formats leave it out: their source text is the input).
   */
  text?: string
  /**
   * This document's places, where they need what the reader learnt while reading (the page a line of a PDF is on,
   * the Word paragraph an offset is in): overrides `Reader.place` for it. Points are into the source text.
   */
  place?(start: Point, end: Point): string
  /** What the reader noticed of the document as a whole ("the document has tracked changes: …"). */
  notices?: string[]
}

/**
 * Reads one format into blocks with exact source positions: the one contract
 * every input format meets. A new format is one module that exports a
 * `Reader`, added to the registry (see `createReaders`).
 */
export interface Reader extends FormatSignature {
  /**
   * `text`: pareil decodes the bytes as UTF-8 first (refusing binary files and
   * other encodings) and the reader works on `source.text`; `bytes`: the reader
   * takes the file's bytes as they are (a zip, a PDF).
   */
  input: 'text' | 'bytes'
  read(input: ReaderInput): ReaderOutput
  /**
   * A place in the format's own terms, from offsets into the source text:
   * `line:column` for text formats; page and line, paragraph number or unit id
   * for others. Positions in the report stay unist points for tools.
   */
  place(source: Source, start: Point, end: Point): string
}

/** `line:column` of the start: the place of the text formats. */
export function lineColumn(_source: Source, start: Point, _end?: Point): string {
  return `${start.line}:${start.column}`
}
