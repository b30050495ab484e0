import {type UnzipFileInfo, unzipSync} from 'fflate'
import {PareilError} from '../../errors.js'
import {walkXml} from './xml.js'

/** One XML part of a Word package: its name, its text and the targets of its hyperlinks. */
export interface WordPart {
  name: string
  xml: string
  /** Relationship id → URL, for the part's hyperlinks (`r:id` of `w:hyperlink`). */
  links: Map<string, string>
}

/** The parts of a Word package that hold what pareil reads. */
export interface WordParts {
  /** The main document part (`word/document.xml`). */
  document: WordPart
  styles: WordPart | undefined
  numbering: WordPart | undefined
  footnotes: WordPart | undefined
  endnotes: WordPart | undefined
}

/** Past this many bytes unpacked, a part is refused: a 20 MB document does not hold a gigabyte of XML, a zip bomb does. */
const largestPart = 512 * 1024 * 1024

const zipMagic = [0x50, 0x4b] // "PK"
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Whether the start of a file looks like a Word document or one this reader
 * refuses best: an OLE compound file (a .doc, a password-protected .docx), an
 * RTF file (Word's other format, often named .doc), or a
 * zip whose first entries are those of an Office package (`[Content_Types].xml`,
 * `_rels/.rels`, `docProps/`, `word/`; Word, pandoc and LibreOffice each put a
 * different one first) or an OpenDocument text (its uncompressed `mimetype`).
 */
export function looksLikeWordFile(head: string): boolean {
  if (startsWith(head, compoundFileMagic) || head.startsWith('{\\rtf')) return true
  return (
    startsWith(head, [...zipMagic, 0x03, 0x04]) &&
    /word\/|\[Content_Types\]\.xml|_rels\/\.rels|docProps\/|application\/vnd\.oasis\.opendocument\.text/.test(head)
  )
}

/**
 * Opens a .docx (or .docm) package and returns the parts read, refusing with
 * one line what is not one: a damaged zip, another kind of zip, a
 * password-protected document, a Word 97–2003 .doc.
 */
export function openWordPackage(bytes: Uint8Array, path: string): WordParts {
  if (startsWithBytes(bytes, compoundFileMagic)) throw compoundFileError(bytes, path)
  if (!startsWithBytes(bytes, zipMagic)) throw notZipError(bytes, path)
  const zip = new Zip(bytes, path)
  const types = zip.text('[Content_Types].xml')
  const mainName = officeDocumentOf(zip.text('_rels/.rels'), path) ?? 'word/document.xml'
  refuseOtherPackages(zip, types, mainName, path)
  const document = partOf(zip, mainName, path)
  if (document === undefined) throw new PareilError('not-markdown', `${path}: this is a zip archive, not a Word document (it has no ${mainName})`)
  const target = (type: string) => {
    const name = document.relationships.find((relationship) => relationship.type === type && !relationship.external)?.target
    return name === undefined ? undefined : partOf(zip, name, path)
  }
  return {document, styles: target('styles'), numbering: target('numbering'), footnotes: target('footnotes'), endnotes: target('endnotes')}
}

/** A part with its relationships, or undefined when the package does not hold it. */
function partOf(zip: Zip, name: string, path: string): (WordPart & {relationships: Relationship[]}) | undefined {
  const xml = zip.text(name)
  if (xml === undefined) return undefined
  const relationships = relationshipsOf(zip.text(relationshipsPath(name)), name, path)
  const links = new Map(relationships.filter((relationship) => relationship.type === 'hyperlink').map((relationship) => [relationship.id, relationship.target]))
  return {name, xml, links, relationships}
}

/** A zip archive whose entries are found by name whatever their case (OPC part names are case-insensitive). */
class Zip {
  readonly #entries = new Map<string, UnzipFileInfo>()
  readonly #texts = new Map<string, string | undefined>()

  constructor(
    readonly bytes: Uint8Array,
    readonly path: string,
  ) {
    this.#unzip((file) => {
      this.#entries.set(file.name.toLowerCase(), file)
      return false
    })
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase())
  }

  /** The entry `name` decoded as text, or undefined when there is none. */
  text(name: string): string | undefined {
    const key = name.replace(/^\/+/, '').toLowerCase()
    if (this.#texts.has(key)) return this.#texts.get(key)
    const entry = this.#entries.get(key)
    let text: string | undefined
    if (entry !== undefined) {
      if (entry.originalSize > largestPart) {
        throw new PareilError(
          'too-large',
          `${this.path}: ${entry.name} unpacks to ${Math.round(entry.originalSize / 1048576)} MB; pareil reads Word documents up to ${largestPart / 1048576} MB of XML`,
        )
      }
      const files = this.#unzip((file) => file.name === entry.name)
      const data = files[entry.name]
      text = data === undefined ? undefined : decodeXml(data)
    }
    this.#texts.set(key, text)
    return text
  }

  #unzip(filter: (file: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
    try {
      return unzipSync(this.bytes, {filter})
    } catch (error) {
      if (error instanceof PareilError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      throw new PareilError('bad-input', `${this.path}: this Word document is damaged (its zip archive cannot be read: ${reason})`)
    }
  }
}

/** XML bytes as text: UTF-8 unless a byte order mark says UTF-16. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data)
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data)
  return new TextDecoder('utf-8').decode(data)
}

interface Relationship {
  id: string
  /** The end of the type's URI: `officeDocument`, `styles`, `hyperlink`… */
  type: string
  /** A part name from the package root, or a URL for external targets. */
  target: string
  external: boolean
}

/** The main part's name, from the package relationships. */
function officeDocumentOf(xml: string | undefined, path: string): string | undefined {
  if (xml === undefined) return undefined
  return relationshipsOf(xml, '', path).find((relationship) => relationship.type === 'officeDocument')?.target
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** The relationships of the part `source` (its targets resolved to part names), from its `.rels` part. */
function relationshipsOf(xml: string | undefined, source: string, path: string): Relationship[] {
  if (xml === undefined) return []
  const relationships: Relationship[] = []
  const base = source.slice(0, source.lastIndexOf('/') + 1)
  walkXml(xml, relationshipsPath(source || '/'), path, {
    open(name, attributes) {
      if (name !== 'Relationship') return
      const type = (attributes['Type'] ?? '').replace(/^.*\//, '')
      const external = attributes['TargetMode'] === 'External'
      const target = attributes['Target'] ?? ''
      relationships.push({id: attributes['Id'] ?? '', type, target: external ? target : resolvePart(base, target), external})
    },
    close() {},
    text() {},
  })
  return relationships
}

/** A relative target (`styles.xml`, `../customXml/item1.xml`, `/word/styles.xml`) as a part name from the package root. */
function resolvePart(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target : base + target).split('/')
  const resolved: string[] = []
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') resolved.pop()
    else resolved.push(segment)
  }
  return decodeURIComponentSafe(resolved.join('/'))
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A zip that is another Office or OpenDocument file: named, with what to do. */
function refuseOtherPackages(zip: Zip, types: string | undefined, mainName: string, path: string): void {
  const mimetype = zip.text('mimetype')?.trim()
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.text') === true) {
    throw new PareilError('not-markdown', `${path}: this is an OpenDocument text (.odt), not a Word document; save it as .docx`)
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument') === true) {
    throw new PareilError('not-markdown', `${path}: this is an OpenDocument file, not a Word document`)
  }
  const type = types === undefined ? undefined : contentTypeOf(types, mainName)
  if (type?.includes('spreadsheetml') === true) throw new PareilError('not-markdown', `${path}: this is an Excel workbook, not a Word document`)
  if (type?.includes('presentationml') === true) throw new PareilError('not-markdown', `${path}: this is a PowerPoint presentation, not a Word document`)
  if (types === undefined && !zip.has(mainName)) {
    throw new PareilError('not-markdown', `${path}: this is a zip archive, not a Word document`)
  }
}

/** The content type `[Content_Types].xml` gives a part (by override), if any. */
function contentTypeOf(types: string, part: string): string | undefined {
  const wanted = `/${part}`.toLowerCase()
  // `>?`: a tag that never closes takes in the rest of the text and is left out (no later one closes either), so that
  // the text is read once (`<(?:\w+:)?Override\b[^>]*>` reads to the end from each unclosed tag).
  const match = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>?/g)].find(
    (tag) => tag[0].endsWith('>') && /PartName="([^"]*)"/.exec(tag[0])?.[1]?.toLowerCase() === wanted,
  )
  return match === undefined ? undefined : /ContentType="([^"]*)"/.exec(match[0])?.[1]
}

/**
 * An OLE compound file: a password-protected Office document (its encrypted
 * package is a stream of one), a Word 97–2003 .doc, or another legacy Office file.
 * Stream names are stored in UTF-16 in the file's directory: found by a byte search.
 */
function compoundFileError(bytes: Uint8Array, path: string): PareilError {
  if (holdsStreamName(bytes, 'EncryptedPackage')) {
    return new PareilError(
      'bad-input',
      `${path}: this Word document is password-protected; remove the password in Word (File › Info › Protect Document) and save it again`,
    )
  }
  if (holdsStreamName(bytes, 'WordDocument')) {
    return new PareilError('not-markdown', `${path}: this is a Word 97–2003 document (.doc); open it in Word and save it as .docx (Word Document)`)
  }
  return new PareilError('not-markdown', `${path}: this is a legacy Office file (an OLE compound file), not a Word document`)
}

function notZipError(bytes: Uint8Array, path: string): PareilError {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16))
  if (head.startsWith('{\\rtf')) return new PareilError('not-markdown', `${path}: this is an RTF document, not a Word document; save it as .docx`)
  if (bytes.length === 0) return new PareilError('empty', `${path}: the file is empty`)
  return new PareilError('not-markdown', `${path}: this is not a Word document (a .docx file is a zip archive; this one is not)`)
}

function holdsStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2)
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i)
  let from = bytes.indexOf(pattern[0] as number)
  while (from >= 0 && from + pattern.length <= bytes.length) {
    let k = 1
    while (k < pattern.length && bytes[from + k] === pattern[k]) k++
    if (k === pattern.length) return true
    from = bytes.indexOf(pattern[0] as number, from + 1)
  }
  return false
}

function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte)
}

function startsWith(head: string, magic: readonly number[]): boolean {
  return magic.every((byte, i) => head.charCodeAt(i) === byte)
}
