// The Node entry point: reading files from disk, with the checks users expect
// (missing, directory, too large, binary, not UTF-8, empty). The CLI uses it.
import {readFileSync, statSync} from 'node:fs'
import {PareilError} from './errors.js'
import {check, type CheckInput, type CheckOptions, detectLayout} from './pipeline.js'
import {decodeText} from './read/decode.js'
import {type AlignedBead, type AlignOptions, alignSegments as align} from './align/aligner.js'
import {read} from './read/index.js'
import {splitSentences} from './segment/sentences.js'
import {fold} from './align/features.js'
import type {TermPair} from './check/terms.js'
import type {DetectionReport, Lang, Report, SourceInput} from './types.js'
import {tool} from './version.js'
import {parseTbx, parseTmx, type TextPair} from './read/exchange.js'
import {Lexicon, parseLexicon} from './words/lexicon.js'
import {bundledLexicon} from './words/bundled.js'
import {learnPairs, type LearnOptions, type LearntPair} from './words/learn.js'
import {parseDictd} from './words/freedict.js'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'

/** 20 MB: far above any real letter or report, well below what would exhaust memory. */
export const defaultMaxBytes = 20 * 1000 * 1000

export interface ReadOptions {
  /** Refuse files larger than this many bytes (default 20 MB). */
  maxBytes?: number
}

/** Reads a file as an input, refusing with a one-line `PareilError` whatever pareil cannot check. */
export function readInput(path: string, options: ReadOptions = {}): SourceInput {
  refuseUnsupportedFormat(path)
  return readTextFile(path, options)
}

/** Reads a UTF-8 text file of any format (a glossary, a lexicon, a memory) with the same checks as an input. */
export function readTextFile(path: string, options: ReadOptions = {}): SourceInput {
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
    throw new PareilError(
      'too-large',
      `${path}: the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`,
    )
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw asInputError(error, path)
  }
  return {path, text: decodeText(bytes, path)}
}

/** Reads one or two files as the input of a check, refusing any other count. */
export function readInputs(paths: readonly string[], options: ReadOptions = {}): CheckInput {
  const [first, second, ...rest] = paths
  if (first === undefined || rest.length > 0) {
    throw new PareilError('bad-input', `expected one or two files, got ${paths.length}`)
  }
  return second === undefined ? [readInput(first, options)] : [readInput(first, options), readInput(second, options)]
}

/** Reads one or two files and checks them. */
export function checkFiles(paths: readonly string[], options: CheckOptions & ReadOptions = {}): Report {
  return check(readInputs(paths, options), options)
}

/** Reads one or two files and detects their languages and layout. */
export function detectFiles(paths: readonly string[], options: ReadOptions = {}): DetectionReport {
  return detectLayout(readInputs(paths, options))
}

/** Document formats that pareil does not read yet, named so that the user knows what to do. */
const unsupported = /\.(html?|xhtml|docx?|odt|rtf|pdf|pptx?|xlsx?|xliff|xlf|tmx|json|ya?ml|xml)$/i

function refuseUnsupportedFormat(path: string): void {
  const extension = unsupported.exec(path)?.[1]
  if (extension !== undefined) {
    throw new PareilError(
      'not-markdown',
      `${path}: .${extension.toLowerCase()} files are not supported; give Markdown (.md) or plain text (.txt)`,
    )
  }
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
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toFixed(1))} MB`
  if (bytes >= 1e3) return `${Number((bytes / 1e3).toFixed(1))} kB`
  return `${bytes} bytes`
}

/** The segments and beads `pareil align` prints. */
export interface AlignmentReport {
  schemaVersion: 1
  tool: {name: string; version: string}
  sources: Array<{path: string}>
  segments: {en: string[]; fr: string[]}
  beads: AlignedBead[]
}

/**
 * Aligns an English and a French file. Presegmented files hold one segment
 * per line (as vecalign and bertalign read them); otherwise the files are read
 * as documents and their prose cut into sentences.
 */
export function alignFiles(
  enPath: string,
  frPath: string,
  options: ReadOptions & {presegmented?: boolean; align?: AlignOptions} = {},
): AlignmentReport {
  const english = readInput(enPath, options)
  const french = readInput(frPath, options)
  const segmentsOf = (input: SourceInput, lang: Lang): string[] =>
    options.presegmented === true ? input.text.replace(/\r?\n$/, '').split(/\r?\n/) : documentSentences(input, lang)
  const segments = {en: segmentsOf(english, 'en'), fr: segmentsOf(french, 'fr')}
  return {
    schemaVersion: 1,
    tool: {name: tool.name, version: tool.version},
    sources: [{path: enPath}, {path: frPath}],
    segments,
    beads: align(segments.en, segments.fr, {lexicon: bundledLexicon(), ...options.align}),
  }
}

/** The sentences of a document's prose blocks, in order. */
function documentSentences(input: SourceInput, lang: Lang): string[] {
  const [document] = read(input)
  return (document?.blocks ?? [])
    .filter((block) => block.prose)
    .flatMap((block) => splitSentences(block.text, lang).map(({start, end}) => block.text.slice(start, end)))
}

/**
 * Reads a glossary: a TBX termbase (`.tbx`), or CSV or TSV with a header
 * naming an English and a French column (`en`/`fr`, `english`/`french`,
 * `anglais`/`français`); other columns are ignored. Quoted CSV fields may
 * hold commas and doubled quotes.
 */
export function readGlossary(path: string, options: ReadOptions = {}): TermPair[] {
  if (/\.tbx$/i.test(path)) {
    const {text} = readTextFile(path, options)
    return parseTbx(text, path).map((pair) => ({...pair, origin: 'glossary' as const}))
  }
  const {text} = readInput(path, options)
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const delimiter = (lines[0] ?? '').includes('\t') ? '\t' : ','
  const rows = lines.map((line) => splitRow(line, delimiter))
  const header = (rows[0] ?? []).map((cell) => fold(cell.trim()))
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell))
  const en = column(['en', 'english', 'anglais', 'eng'])
  const fr = column(['fr', 'french', 'francais', 'fra'])
  if (en < 0 || fr < 0) {
    throw new PareilError('bad-input', `${path}: the glossary needs a header with an "en" and a "fr" column`)
  }
  return rows
    .slice(1)
    .map((row) => ({en: (row[en] ?? '').trim(), fr: (row[fr] ?? '').trim(), origin: 'glossary' as const}))
    .filter((term) => term.en !== '' && term.fr !== '')
}

function splitRow(line: string, delimiter: string): string[] {
  if (delimiter === '\t') return line.split('\t')
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i)
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}

export {PareilError} from './errors.js'

/**
 * Reads a lexicon of your own: lines `english<TAB>french[<TAB>weight]` (what
 * `pareil learn` writes), or JSON: an array of `{en, fr, weight?}`, or an
 * object with such an array as `pairs`.
 */
export function readLexicon(path: string, options: ReadOptions = {}): Lexicon {
  const {text} = readTextFile(path, options)
  if (!/\.json$/i.test(path)) return parseLexicon(text)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new PareilError('bad-input', `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const pairs = Array.isArray(value) ? value : (value as {pairs?: unknown} | null)?.pairs
  if (!Array.isArray(pairs)) throw new PareilError('bad-input', `${path}: expected an array of {en, fr} pairs, or an object with one as "pairs"`)
  const lexicon = new Lexicon()
  for (const pair of pairs as Array<{en?: unknown; fr?: unknown; weight?: unknown}>) {
    if (typeof pair?.en !== 'string' || typeof pair.fr !== 'string') continue
    lexicon.add(pair.en, pair.fr, typeof pair.weight === 'number' ? pair.weight : 1)
  }
  return lexicon
}

/** The English–French translation units of a TMX translation memory file. */
export function readMemory(path: string, options: ReadOptions = {}): TextPair[] {
  if (!/\.tmx$/i.test(path)) throw new PareilError('bad-input', `${path}: give a translation memory in TMX (.tmx)`)
  const units = parseTmx(readTextFile(path, options).text, path)
  if (units.length === 0) throw new PareilError('bad-input', `${path}: no translation unit has both an English and a French segment`)
  return units
}

/** Learns word pairs from a TMX translation memory (IBM Model 1; see `learnPairs`). */
export function learnFromMemory(path: string, options: ReadOptions & LearnOptions = {}): {units: number; pairs: LearntPair[]} {
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
    const lexicon = new Lexicon()
    for (const pair of parseDictd(readFileSync(index, 'utf8'), data)) lexicon.add(pair.en, pair.fr, 0.9)
    return lexicon
  } catch (error) {
    throw new PareilError('unreadable', `${directory}: the FreeDict dictionary cannot be read (${error instanceof Error ? error.message : String(error)})`)
  }
}
