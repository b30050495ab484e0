import {describe, expect, it} from 'vitest'
import {builtinReaders, check, createReaders, defaultReaders, read, type Reader} from '../../src/index.js'
import {extensionOf} from '../../src/read/registry.js'
import {PareilError} from '../../src/errors.js'
import {readFixture} from '../helpers.js'

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
    expect(defaultReaders.accepted).toBe('Markdown (.md) or plain text (.txt)')
    expect(refusal(() => resolve('letter.docx'))).toBe('letter.docx: .docx files are not supported; give Markdown (.md) or plain text (.txt)')
    expect(refusal(() => resolve('page.HTM'))).toBe('page.HTM: .htm files are not supported; give Markdown (.md) or plain text (.txt)')
    expect(refusal(() => resolve('page.md', '<!DOCTYPE html><html></html>'))).toBe('page.md: this is an HTML page, not Markdown or plain text')
    expect(refusal(() => resolve('data.txt', '[1, 2]'))).toBe('data.txt: this is JSON data, not Markdown or plain text')
    expect(refusal(() => defaultReaders.resolve({path: 'scan.md', head: '%PDF-1.7\n%âãÏÓ'}))).toBe(
      'scan.md: this is a PDF document, not Markdown or plain text',
    )
    // A Markdown link list is not JSON, though it starts with a bracket.
    expect(resolve('links.md', '[Français](fr.md)\n').id).toBe('markdown')
  })

  it('refuses program source, whose two languages live in string literals, and reads a Markdown mail template', () => {
    expect(refusal(() => resolve('migrations/0520_update_wording.py'))).toBe(
      'migrations/0520_update_wording.py: .py files are not supported; give Markdown (.md) or plain text (.txt)',
    )
    expect(refusal(() => resolve('Views/Letter.cs'))).toMatch(/\.cs files are not supported/)
    expect(resolve('mail/delegation-created.blade.php').id).toBe('markdown')
  })

  it('takes a format given by the caller over extension and contents, and refuses an unknown one', () => {
    expect(defaultReaders.resolve({path: 'notes.md', format: 'text', head: ''}).id).toBe('text')
    expect(refusal(() => defaultReaders.resolve({path: 'notes.md', format: 'docx', head: ''}))).toBe("notes.md: unknown format 'docx' (known: markdown, text)")
  })

  it('lets a new reader take over an unread format: its extensions, its signature and the accepted list', () => {
    const html: Reader = {
      id: 'html',
      name: 'HTML',
      extensions: ['html', 'htm'],
      input: 'text',
      sniff: (head) => /^\s*<!doctype html/i.test(head),
      read: () => ({blocks: []}),
      place: (_source, start) => `line ${start.line}`,
    }
    const readers = createReaders([...builtinReaders, html])
    expect(readers.resolve({path: 'page.htm', head: ''}).id).toBe('html')
    expect(readers.resolve({path: 'page.md', head: '<!DOCTYPE html>', text: '<!DOCTYPE html>'}).id).toBe('html')
    expect(readers.accepted).toBe('Markdown (.md), plain text (.txt) or HTML (.html)')
    expect(refusal(() => readers.resolve({path: 'a.pdf', head: ''}))).toBe(
      'a.pdf: .pdf files are not supported; give Markdown (.md), plain text (.txt) or HTML (.html)',
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
