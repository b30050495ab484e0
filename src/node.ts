// The Node entry point: files read from disk with the checks users expect (missing, directory, too large, binary,
// not UTF-8, empty, a format pareil does not read), handed to the pure core. Parsing lives beside each format.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {parseGlossaryTable} from './check/glossary.js'
import type {TermPair} from './check/terms.js'
import {type CompareOptions, compareDrafts, type DraftComparison} from './compare/index.js'
import {PareilError} from './errors.js'
import {alignInputs, type AlignInputsOptions, check, type CheckInput, type CheckOptions, detectLayout} from './pipeline.js'
import {decodeText} from './read/decode.js'
import {parseTbx, parseTmx, type TextPair} from './read/exchange.js'
import {defaultReaders} from './read/index.js'
import type {ReaderRegistry} from './read/registry.js'
import type {AlignmentReport, DetectionReport, Report, SourceInput, TextInput} from './types.js'
import {freeDictLexicon} from './words/freedict.js'
import {learnPairs, type LearnOptions, type LearntPair} from './words/learn.js'
import {type Lexicon, parseLexiconFile} from './words/lexicon.js'

export {PareilError} from './errors.js'

/** 20 MB: far above any real letter or report, well below what would exhaust memory. */
export const defaultMaxBytes = 20 * 1000 * 1000

export interface FileOptions {
  /** Refuse files larger than this many bytes (default 20 MB). */
  maxBytes?: number
  /** The readers inputs are read with (default: pareil's; see `createReaders`). */
  readers?: ReaderRegistry
}

/**
 * Reads a file as an input, refusing with a one-line `PareilError` whatever
 * pareil cannot check. Text formats come back decoded, others as bytes.
 */
export function readInput(path: string, options: FileOptions = {}): SourceInput {
  const readers = options.readers ?? defaultReaders
  // A format known by its extension and not read is refused before the file is opened.
  readers.resolve({path, head: ''})
  const bytes = readBytes(path, options)
  const reader = readers.resolve({path, head: latin1Head(bytes)})
  return reader.input === 'bytes' ? {path, bytes} : {path, text: decodeText(bytes, path)}
}

/** Reads a UTF-8 text file of any format (a glossary, a lexicon, a memory) with the same checks as an input. */
export function readTextFile(path: string, options: FileOptions = {}): TextInput {
  return {path, text: decodeText(readBytes(path, options), path)}
}

/** Reads one or two files as the input of a check, refusing any other count. */
export function readInputs(paths: readonly string[], options: FileOptions = {}): CheckInput {
  const [first, second, ...rest] = paths
  if (first === undefined || rest.length > 0) {
    throw new PareilError('bad-input', `expected one or two files, got ${paths.length}`)
  }
  return second === undefined ? [readInput(first, options)] : [readInput(first, options), readInput(second, options)]
}

/** Reads one or two files and checks them. */
export function checkFiles(paths: readonly string[], options: CheckOptions & FileOptions = {}): Report {
  return check(readInputs(paths, options), options)
}

/**
 * Compares two drafts, each one bilingual file or an English and a French file: what changed in one version and
 * not the other (see `compareDrafts`).
 */
export function compareFiles(oldPaths: readonly string[], newPaths: readonly string[], options: CompareOptions & FileOptions = {}): DraftComparison {
  return compareDrafts(readInputs(oldPaths, options), readInputs(newPaths, options), options)
}

/** Reads one or two files and detects their languages and layout. */
export function detectFiles(paths: readonly string[], options: FileOptions & {revisions?: 'accepted' | 'original'} = {}): DetectionReport {
  return detectLayout(readInputs(paths, options), options)
}

/**
 * Aligns an English and a French file: presegmented files hold one segment
 * per line (as vecalign and bertalign read them); otherwise the files are read
 * as documents and their prose cut into sentences.
 */
export function alignFiles(enPath: string, frPath: string, options: FileOptions & AlignInputsOptions = {}): AlignmentReport {
  const read = (path: string) => (options.presegmented === true ? readTextFile(path, options) : readInput(path, options))
  return alignInputs(read(enPath), read(frPath), options)
}

/**
 * Reads a glossary: a TBX termbase (`.tbx`), or CSV or TSV with a header
 * naming an English and a French column (see `parseGlossaryTable`).
 */
export function readGlossary(path: string, options: FileOptions = {}): TermPair[] {
  const {text} = readTextFile(path, options)
  const pairs = /\.tbx$/i.test(path) ? parseTbx(text, path) : parseGlossaryTable(text, path)
  return pairs.map((pair) => ({...pair, origin: 'glossary' as const}))
}

/** Reads a lexicon of your own: TSV as `pareil learn` writes it, or JSON (see `parseLexiconFile`). */
export function readLexicon(path: string, options: FileOptions = {}): Lexicon {
  return parseLexiconFile(readTextFile(path, options).text, path)
}

/** The English–French translation units of a TMX translation memory file. */
export function readMemory(path: string, options: FileOptions = {}): TextPair[] {
  if (!/\.tmx$/i.test(path)) throw new PareilError('bad-input', `${path}: give a translation memory in TMX (.tmx)`)
  const units = parseTmx(readTextFile(path, options).text, path)
  if (units.length === 0) throw new PareilError('bad-input', `${path}: no translation unit has both an English and a French segment`)
  return units
}

/** Learns word pairs from a TMX translation memory (IBM Model 1; see `learnPairs`). */
export function learnFromMemory(path: string, options: FileOptions & LearnOptions = {}): {units: number; pairs: LearntPair[]} {
  const units = readMemory(path, options)
  return {units: units.length, pairs: learnPairs(units, options)}
}

/** Where Debian's dict-freedict-eng-fra package installs its dictionary. */
export const freeDictDirectory = '/usr/share/dictd'

/**
 * The FreeDict English–French dictionary, when Debian's `dict-freedict-eng-fra`
 * is installed (`freedict-eng-fra.index` with `.dict.dz` or `.dict`), as a
 * lexicon; undefined when it is not there. It is GPL: read at run time from
 * the machine, never bundled with pareil.
 */
export function readFreeDict(directory = freeDictDirectory): Lexicon | undefined {
  const index = join(directory, 'freedict-eng-fra.index')
  const compressed = join(directory, 'freedict-eng-fra.dict.dz')
  const plain = join(directory, 'freedict-eng-fra.dict')
  if (!existsSync(index) || (!existsSync(compressed) && !existsSync(plain))) return undefined
  try {
    const data = existsSync(compressed) ? gunzipSync(readFileSync(compressed)) : readFileSync(plain)
    return freeDictLexicon(readFileSync(index, 'utf8'), data, directory)
  } catch (error) {
    throw new PareilError('unreadable', `${directory}: the FreeDict dictionary cannot be read (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** A file's bytes, refusing what is not a readable regular file of a sensible size. */
function readBytes(path: string, options: FileOptions): Uint8Array {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  let size: number
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) throw new PareilError('not-a-file', `${path}: is a directory; give a file`)
    if (!stats.isFile()) throw new PareilError('not-a-file', `${path}: is not a regular file`)
    size = stats.size
  } catch (error) {
    throw asInputError(error, path)
  }
  if (size > maxBytes) {
    // Rounded sizes can say the same (20,000,001 bytes and 20,000,000 are both "20 MB"): then in bytes.
    const rounded = formatBytes(size) !== formatBytes(maxBytes)
    const [shown, limit] = rounded ? [formatBytes(size), formatBytes(maxBytes)] : [`${size} bytes`, `${maxBytes} bytes`]
    throw new PareilError('too-large', `${path}: the file is ${shown}, over the ${limit} limit (raise it with --max-size)`)
  }
  try {
    return readFileSync(path)
  } catch (error) {
    throw asInputError(error, path)
  }
}

/** The first kilobyte of a file as Latin-1 characters, for the readers' signatures. */
function latin1Head(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 1024))
}

function asInputError(error: unknown, path: string): PareilError {
  if (error instanceof PareilError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new PareilError('not-found', `${path}: no such file`)
  if (code === 'EACCES' || code === 'EPERM') return new PareilError('unreadable', `${path}: permission denied`)
  if (code === 'EISDIR') return new PareilError('not-a-file', `${path}: is a directory; give a file`)
  const reason = error instanceof Error ? error.message : String(error)
  return new PareilError('unreadable', `${path}: cannot be read (${reason})`)
}

/** Sizes as people write them: 20 MB, 512 kB, 900 bytes. */
function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toFixed(1))} MB`
  if (bytes >= 1e3) return `${Number((bytes / 1e3).toFixed(1))} kB`
  return `${bytes} bytes`
}
