import type {Document, Point, Source, SourceInput} from '../types.js'
import {PareilError} from '../errors.js'
import {decodeText} from './decode.js'
import {docxReader} from './docx.js'
import {htmlReader} from './html.js'
import {markdownReader} from './markdown.js'
import {pdfReader} from './pdf.js'
import {plainTextReader} from './plain-text.js'
import type {Reader, ReaderInput, ReaderOutput, ReadingOptions} from './reader.js'
import {tmxReader} from './tmx.js'
import {xliffReader} from './xliff.js'
import {createReaders, type ReaderRegistry} from './registry.js'
import {createSource} from './source.js'

export {assertCheckable} from './checkable.js'
export {decodeText} from './decode.js'
export {docxReader} from './docx.js'
export {sourceOffsets, sourcePosition, spanOf, textOffset} from './locate.js'
export {htmlReader} from './html.js'
export {markdownReader} from './markdown.js'
export {createPdfReader, pdfReader} from './pdf.js'
export {plainTextReader} from './plain-text.js'
export {tmxReader} from './tmx.js'
export {xliffReader} from './xliff.js'
export {lineColumn, type BlockDraft, type FormatSignature, type Reader, type ReaderInput, type ReaderOutput, type ReadingOptions} from './reader.js'
export {createReaders, extensionOf, type InputSample, type ReaderRegistry} from './registry.js'
export {createSource} from './source.js'

/** pareil's readers: Markdown (for any file no other reader claims), plain text, HTML, Word, PDF, XLIFF and TMX. */
export const builtinReaders: readonly Reader[] = [markdownReader, plainTextReader, htmlReader, docxReader, pdfReader, xliffReader, tmxReader]

/** The registry of pareil's own readers. */
export const defaultReaders: ReaderRegistry = createReaders(builtinReaders)

export interface ReadOptions {
  /** The readers to choose from (default: pareil's; see `createReaders`). */
  readers?: ReaderRegistry
  /** How documents are read (tracked changes). */
  reading?: ReadingOptions
}

/**
 * Reads one or two inputs into documents of blocks, each with the reader its
 * format, contents or extension names. Block ids run across all inputs (`b1`,
 * `b2`, …) so that they are unique within one check.
 */
export function read(inputs: SourceInput | readonly SourceInput[], options: ReadOptions = {}): Document[] {
  const registry = options.readers ?? defaultReaders
  const list: readonly SourceInput[] = Array.isArray(inputs) ? inputs : [inputs as SourceInput]
  let next = 1
  return list.map((input, index) => {
    const {reader, text, bytes} = resolveInput(registry, input)
    let source = createSource({path: input.path, text: text ?? ''}, index, reader)
    const output = readOrRefuse(reader, {source, bytes, ...(options.reading === undefined ? {} : {options: options.reading})})
    const {place} = output
    // A document's own places (a PDF's pages) are the reader's, learnt while reading.
    const placer = place === undefined ? reader : {id: reader.id, place: (_source: Source, start: Point, end: Point) => place(start, end)}
    if ((output.text !== undefined && output.text !== source.text) || place !== undefined) {
      source = createSource({path: input.path, text: output.text ?? source.text}, index, placer)
    }
    const blocks = output.blocks.map((draft) => ({id: `b${next++}`, ...draft}))
    return output.notices === undefined || output.notices.length === 0 ? {source, blocks} : {source, blocks, notices: output.notices}
  })
}

/** The reader of an input, with its text decoded when the reader reads text. */
function resolveInput(registry: ReaderRegistry, input: SourceInput): {reader: Reader; text: string | undefined; bytes: Uint8Array | undefined} {
  const format = input.format === undefined ? {} : {format: input.format}
  if (input.bytes === undefined) {
    const reader = registry.resolve({path: input.path, ...format, head: input.text.slice(0, 1024), text: input.text})
    if (reader.input === 'bytes') return {reader, text: undefined, bytes: new TextEncoder().encode(input.text)}
    return {reader, text: input.text, bytes: undefined}
  }
  const head = latin1(input.bytes.subarray(0, 1024))
  const first = registry.resolve({path: input.path, ...format, head})
  if (first.input === 'bytes') return {reader: first, text: undefined, bytes: input.bytes}
  const text = decodeText(input.bytes, input.path)
  // Text formats are told apart by their decoded contents too (an HTML page named .md, JSON data).
  return {reader: registry.resolve({path: input.path, ...format, head: text.slice(0, 1024), text}), text, bytes: input.bytes}
}

/** Bytes as Latin-1 characters, one for one, so that magic numbers can be matched as text. */
function latin1(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return text
}

/**
 * The reader's output; a parser that recursed past the call stack (input nested beyond what the readers' own
 * limits catch) is a refusal of the input, on one line, not a crash.
 */
function readOrRefuse(reader: Reader, input: ReaderInput): ReaderOutput {
  try {
    return reader.read(input)
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new PareilError('bad-input', `${input.source.path}: nested too deeply to read (its ${reader.id} parser ran out of stack)`)
    }
    throw error
  }
}
