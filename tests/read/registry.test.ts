import {describe, expect, it} from 'vitest'
import {builtinReaders, check, createReaders, defaultReaders, markdownReader, plainTextReader, read, type Reader} from '../../src/index.js'
import {extensionOf} from '../../src/read/registry.js'
import {PareilError} from '../../src/errors.js'
import {readFixture} from '../helpers.js'

// The formats pareil reads, as refusals name them: the list grows as readers join.
const orList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`)
const accepted = defaultReaders.accepted
const names = orList(builtinReaders.map((reader) => reader.name))
const ids = builtinReaders.map((reader) => reader.id).join(', ')

const resolve = (path: string, text?: string) => defaultReaders.resolve(text === undefined ? {path, head: ''} : {path, head: text.slice(0, 1024), text})
const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof PareilError) return error.message
    throw error
  }
  return 'no refusal'
}

describe('reader registry', () => {
  it('picks the reader by extension, Markdown for any other file', () => {
    expect(resolve('letter.txt').id).toBe('text')
    expect(resolve('LETTER.TEXT').id).toBe('text')
    expect(resolve('letter.md').id).toBe('markdown')
    expect(resolve('README').id).toBe('markdown')
    expect(resolve('notes.rst').id).toBe('markdown')
  })

  it('derives its refusals from the formats it reads: the accepted list and the recognised unread formats', () => {
    expect(accepted).toMatch(/^Markdown \(\.md\), plain text \(\.txt\), HTML \(\.html\), /)
    expect(refusal(() => resolve('slides.pptx'))).toBe(`slides.pptx: .pptx files are not supported; give ${accepted}`)
    expect(refusal(() => resolve('budget.XLSX'))).toBe(`budget.XLSX: .xlsx files are not supported; give ${accepted}`)
    // An HTML page named .md is read as what it is.
    expect(resolve('page.md', '<!DOCTYPE html><html></html>').id).toBe('html')
    expect(refusal(() => resolve('data.txt', '[1, 2]'))).toBe(`data.txt: this is JSON data, not ${names}`)
    // A Markdown link list is not JSON, though it starts with a bracket.
    expect(resolve('links.md', '[Français](fr.md)\n').id).toBe('markdown')
  })

  it('refuses program source, whose two languages live in string literals, and reads a Markdown mail template', () => {
    expect(refusal(() => resolve('migrations/0520_update_wording.py'))).toBe(`migrations/0520_update_wording.py: .py files are not supported; give ${accepted}`)
    expect(refusal(() => resolve('Views/Letter.cs'))).toMatch(/\.cs files are not supported/)
    expect(resolve('mail/delegation-created.blade.php').id).toBe('markdown')
  })

  it('takes a format given by the caller over extension and contents, and refuses an unknown one', () => {
    expect(defaultReaders.resolve({path: 'notes.md', format: 'text', head: ''}).id).toBe('text')
    expect(refusal(() => defaultReaders.resolve({path: 'notes.md', format: 'pptx', head: ''}))).toBe(`notes.md: unknown format 'pptx' (known: ${ids})`)
  })

  it('lets a new reader take over an unread format: its extensions, its signature and the accepted list', () => {
    const yaml: Reader = {
      id: 'yaml',
      name: 'YAML',
      extensions: ['yaml', 'yml'],
      input: 'text',
      sniff: (head) => head.startsWith('%YAML'),
      read: () => ({blocks: []}),
      place: (_source, start) => `line ${start.line}`,
    }
    const readers = createReaders([markdownReader, plainTextReader, yaml])
    expect(readers.resolve({path: 'strings.yml', head: ''}).id).toBe('yaml')
    expect(readers.resolve({path: 'strings.md', head: '%YAML 1.2', text: '%YAML 1.2'}).id).toBe('yaml')
    expect(readers.accepted).toBe('Markdown (.md), plain text (.txt) or YAML (.yaml)')
    expect(refusal(() => readers.resolve({path: 'a.html', head: ''}))).toBe(
      'a.html: .html files are not supported; give Markdown (.md), plain text (.txt) or YAML (.yaml)',
    )
  })

  it('reads bytes as well as text, decoding text formats with the same refusals', () => {
    const letter = readFixture('ministerial-letter-2021.md')
    const fromBytes = check({path: 'letter.md', bytes: new TextEncoder().encode(letter)})
    const fromText = check({path: 'letter.md', text: letter})
    expect(fromBytes).toEqual(fromText)
    expect(refusal(() => read({path: 'x.md', bytes: new Uint8Array([0x48, 0x00, 0x69])}))).toBe('x.md: this is a binary file, not text')
  })

  it('gives each source its places in the format’s own terms: line:column for text formats', () => {
    const [document] = read({path: 'a.md', text: '# Title\n\nSome *text* here.\n'})
    const block = document?.blocks[1]
    expect(block === undefined ? '' : document?.source.place(block.position.start.offset, block.position.end.offset)).toBe('3:1')
  })

  it('reads extensions the way paths are written', () => {
    expect(['a.MD', 'dir.v2/file', 'C:\\docs\\letter.Txt', '.profile', 'x.tar.gz'].map(extensionOf)).toEqual(['md', '', 'txt', '', 'gz'])
  })
})
