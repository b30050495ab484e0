import {PareilError} from '../errors.js'
import {unreadFormats} from './formats.js'
import type {FormatSignature, Reader} from './reader.js'

/** What an input shows of itself before it is read. */
export interface InputSample {
  path: string
  /** A format id given by the caller: wins over extensions and contents. */
  format?: string
  /** The start of the input: its text, or its bytes read as Latin-1. */
  head: string
  /** The whole decoded text, once the input is known to be text. */
  text?: string
}

/**
 * The formats pareil reads, and those it recognises without reading: the
 * one place that decides which reader takes an input, which extensions are
 * accepted and what a refusal says.
 */
export interface ReaderRegistry {
  readonly readers: readonly Reader[]
  /** The reader of a format id. */
  get(id: string): Reader | undefined
  /**
   * The reader for an input: the format given, else a reader whose contents
   * signature matches, else the reader of the path's extension, else the
   * first reader (Markdown). Throws a one-line `PareilError` for a format that
   * is recognised, by contents or extension, but not read.
   */
  resolve(sample: InputSample): Reader
  /** The accepted formats, as refusals list them: "Markdown (.md) or plain text (.txt)". */
  readonly accepted: string
}

/** A registry of readers, the first being the one for paths with no known extension. */
export function createReaders(readers: readonly Reader[], unread: readonly FormatSignature[] = unreadFormats): ReaderRegistry {
  if (readers.length === 0) throw new TypeError('a reader registry needs at least one reader')
  const byId = new Map(readers.map((reader) => [reader.id, reader]))
  const readIds = new Set(readers.map((reader) => reader.id))
  const readExtensions = new Set(readers.flatMap((reader) => reader.extensions))
  // A reader takes over the signature of the format it reads, and its extensions.
  const refused = unread
    .filter((format) => !readIds.has(format.id))
    .map((format) => ({...format, extensions: format.extensions.filter((extension) => !readExtensions.has(extension))}))
  const accepted = orList(readers.filter((reader) => reader.extensions.length > 0).map((reader) => `${reader.name} (.${reader.extensions[0]})`))
  const names = orList(readers.map((reader) => reader.name))
  const fallback = readers[0] as Reader
  return {
    readers,
    accepted,
    get: (id) => byId.get(id),
    resolve(sample) {
      if (sample.format !== undefined) {
        const reader = byId.get(sample.format)
        if (reader === undefined)
          throw new PareilError('bad-input', `${sample.path}: unknown format '${sample.format}' (known: ${[...byId.keys()].join(', ')})`)
        return reader
      }
      const name = sample.path.toLowerCase()
      // The longest extension a format claims wins: `.blade.php` (a Markdown mail template) over `.php`.
      const claims = (extensions: readonly string[]) =>
        Math.max(0, ...extensions.filter((extension) => name.endsWith(`.${extension}`)).map((extension) => extension.length))
      const byExtension = readers.filter((reader) => claims(reader.extensions) > 0).sort((a, b) => claims(b.extensions) - claims(a.extensions))[0]
      const byContents = readers.find((reader) => reader.sniff?.(sample.head, sample.text) === true)
      if (byContents !== undefined) return byContents
      const refusedByContents = refused.find((format) => format.sniff?.(sample.head, sample.text) === true)
      if (refusedByContents !== undefined) {
        throw new PareilError('not-markdown', `${sample.path}: this is ${refusedByContents.contentName ?? `a ${refusedByContents.name} file`}, not ${names}`)
      }
      const refusal = refused.find((format) => claims(format.extensions) > claims(byExtension?.extensions ?? []))
      if (refusal !== undefined) {
        const extension = refusal.extensions.filter((candidate) => name.endsWith(`.${candidate}`)).sort((a, b) => b.length - a.length)[0]
        throw new PareilError('not-markdown', `${sample.path}: .${extension} files are not supported; give ${accepted}`)
      }
      if (byExtension !== undefined) return byExtension
      return fallback
    },
  }
}

/** The extension of a path, lower case, without the point ('' for none). */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
