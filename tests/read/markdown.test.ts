import {describe, expect, it} from 'vitest'
import {read, sourcePosition} from '../../src/read/index.js'
import type {Block, Document} from '../../src/types.js'
import {mappingProblems} from '../helpers.js'

function readMd(text: string): Document {
  const [document] = read({path: 'test.md', text})
  if (document === undefined) throw new Error('no document')
  for (const block of document.blocks) expect(mappingProblems(document, block)).toBe('')
  return document
}

function shape(block: Block): object {
  const {map: _map, position: _position, marks: _marks, source: _source, ...rest} = block
  return rest
}

describe('Markdown reader: blocks', () => {
  it('reads paragraphs and headings with their depth, in document order', () => {
    const document = readMd('# Title\n\nFirst paragraph.\n\nSetext\n------\n\n###### Deep ##\n')
    expect(document.blocks.map(shape)).toEqual([
      {id: 'b1', kind: 'heading', text: 'Title', prose: true, depth: 1},
      {id: 'b2', kind: 'paragraph', text: 'First paragraph.', prose: true},
      {id: 'b3', kind: 'heading', text: 'Setext', prose: true, depth: 2},
      {id: 'b4', kind: 'heading', text: 'Deep', prose: true, depth: 6},
    ])
  })

  it('gives list items a list id, an ordinal, and a depth for nested lists', () => {
    const document = readMd('- one\n- two\n  1. nested a\n  2. nested b\n- three\n\nText.\n\n* other list\n')
    expect(document.blocks.map((block) => [block.kind, block.text, block.list])).toEqual([
      ['list-item', 'one', {id: 1, ordinal: 1, ordered: false, depth: 1}],
      ['list-item', 'two', {id: 1, ordinal: 2, ordered: false, depth: 1}],
      ['list-item', 'nested a', {id: 2, ordinal: 1, ordered: true, depth: 2}],
      ['list-item', 'nested b', {id: 2, ordinal: 2, ordered: true, depth: 2}],
      ['list-item', 'three', {id: 1, ordinal: 3, ordered: false, depth: 1}],
      ['paragraph', 'Text.', undefined],
      ['list-item', 'other list', {id: 3, ordinal: 1, ordered: false, depth: 1}],
    ])
  })

  it('reads task list items without their checkbox', () => {
    const document = readMd('- [x] done\n- [ ] to do\n')
    expect(document.blocks.map((block) => block.text)).toEqual(['done', 'to do'])
  })

  it('reads GFM table cells with their row and column, skipping empty cells', () => {
    const document = readMd('| English | Français |\n| --- | --- |\n| Hello | Bonjour |\n| Bye |  |\n')
    expect(document.blocks.map((block) => [block.kind, block.text, block.table])).toEqual([
      ['table-cell', 'English', {id: 1, row: 0, column: 0}],
      ['table-cell', 'Français', {id: 1, row: 0, column: 1}],
      ['table-cell', 'Hello', {id: 1, row: 1, column: 0}],
      ['table-cell', 'Bonjour', {id: 1, row: 1, column: 1}],
      ['table-cell', 'Bye', {id: 1, row: 2, column: 0}],
    ])
  })

  it('reads an escaped pipe in a table cell as a pipe, mapped to its escape', () => {
    const document = readMd('| a \\| b | c |\n| --- | --- |\n')
    expect(document.blocks[0]?.text).toBe('a | b')
  })

  it('reads block quote paragraphs as block quotes, and marks all quoted content', () => {
    const document = readMd('> Quoted line\n> continues.\n>\n> - quoted item\n\nAfter.\n')
    expect(document.blocks.map((block) => [block.kind, block.text, block.quoted])).toEqual([
      ['blockquote', 'Quoted line continues.', true],
      ['list-item', 'quoted item', true],
      ['paragraph', 'After.', undefined],
    ])
  })

  it('keeps code and raw HTML as blocks that are not prose', () => {
    const document = readMd('```js\nconst js = 1\n```\n\n    indented code\n\n<div align="center">Logo</div>\n')
    expect(document.blocks.map((block) => [block.kind, block.text, block.prose])).toEqual([
      ['code', 'const js = 1', false],
      ['code', 'indented code', false],
      ['html', '<div align="center">Logo</div>', false],
    ])
  })

  it('does not take a fenced block info string for its content', () => {
    const document = readMd('```js\njs\n```\n')
    const block = document.blocks[0] as Block
    expect(sourcePosition(document.source, block, 0, 2).start.line).toBe(2)
  })

  it('skips thematic breaks, definitions and images but keeps footnote text', () => {
    const document = readMd('Intro ![logo](x.png) text.[^1]\n\n---\n\n[ref]: https://x.ca\n\n[^1]: The note.\n')
    expect(document.blocks.map((block) => block.text)).toEqual(['Intro  text.', 'The note.'])
  })
})

describe('Markdown reader: plain text and marks', () => {
  it('turns soft line breaks into spaces and keeps hard breaks as \\n', () => {
    const document = readMd('soft\nbreak and hard  \nbreak and backslash\\\nbreak and html<br>break\n')
    expect(document.blocks[0]?.text).toBe('soft break and hard\nbreak and backslash\nbreak and html\nbreak')
  })

  it('parts the items of an HTML list written inside a table cell, as their tags do', () => {
    const document = readMd('| Control | Steps |\n|---|---|\n| Security | <ul><li>Code scanning</li><li>Manual step.</li></ul> |\n')
    const cells = document.blocks.map((block) => block.text)
    expect(cells).toContain('Code scanning\nManual step.')
  })

  it('records emphasis, strong, links with their URL and inline code as ranges over the text', () => {
    const document = readMd('An *Act*, a **bold** [link](https://canada.ca "t") and `code` ***both***.\n')
    const block = document.blocks[0] as Block
    expect(block.text).toBe('An Act, a bold link and code both.')
    const marked = block.marks.map((mark) => ({...mark, text: block.text.slice(mark.start, mark.end)}))
    expect(marked).toEqual([
      {kind: 'emphasis', start: 3, end: 6, text: 'Act'},
      {kind: 'strong', start: 10, end: 14, text: 'bold'},
      {kind: 'link', start: 15, end: 19, url: 'https://canada.ca', text: 'link'},
      {kind: 'inline-code', start: 24, end: 28, text: 'code'},
      {kind: 'emphasis', start: 29, end: 33, text: 'both'},
      {kind: 'strong', start: 29, end: 33, text: 'both'},
    ])
  })

  it('resolves reference links and autolinks to their URL', () => {
    const document = readMd('See [the site][GC] or <https://example.org> or www.canada.ca.\n\n[gc]: https://canada.ca\n')
    const block = document.blocks[0] as Block
    expect(block.marks.map((mark) => [block.text.slice(mark.start, mark.end), mark.url])).toEqual([
      ['the site', 'https://canada.ca'],
      ['https://example.org', 'https://example.org'],
      ['www.canada.ca', 'http://www.canada.ca'],
    ])
  })

  it('decodes escapes and character references and maps them to their whole source', () => {
    const document = readMd('5 \\* 3 &amp; caf&eacute; &#233;t&#xE9; \\_x\\_\n')
    const block = document.blocks[0] as Block
    expect(block.text).toBe('5 * 3 & café été _x_')
    const at = (needle: string) => {
      const start = block.text.indexOf(needle)
      const position = sourcePosition(document.source, block, start, start + needle.length)
      return document.source.text.slice(position.start.offset, position.end.offset)
    }
    expect(at('*')).toBe('\\*')
    expect(at('&')).toBe('&amp;')
    expect(at('café')).toBe('caf&eacute;')
    expect(at('été')).toBe('&#233;t&#xE9;')
  })

  it('maps inline code with double backticks and padding to its content', () => {
    const document = readMd('Run `` a `tick` `` now.\n')
    const block = document.blocks[0] as Block
    expect(block.text).toBe('Run a `tick` now.')
    const start = block.text.indexOf('a `tick`')
    const position = sourcePosition(document.source, block, start, start + 8)
    expect(document.source.text.slice(position.start.offset, position.end.offset)).toBe('a `tick`')
  })

  it('handles CRLF line endings, tabs and indented continuation lines', () => {
    const document = readMd('Line one\r\n   line two  \r\nline three\r\n\r\n- item\r\n  continued\r\n')
    expect(document.blocks.map((block) => block.text)).toEqual(['Line one line two\nline three', 'item continued'])
  })

  it('positions blocks by their source lines, counting from a UTF-8 BOM-free start', () => {
    const document = readMd('\n\n# Heading\n\nPara\n')
    expect(document.blocks.map((block) => block.position.start.line)).toEqual([3, 5])
  })

  it('numbers block ids across two inputs', () => {
    const documents = read([
      {path: 'en.md', text: 'One.\n\nTwo.\n'},
      {path: 'fr.txt', text: 'Un.\n\nDeux.\n'},
    ])
    expect(documents.map((document) => document.blocks.map((block) => `${block.source}:${block.id}`))).toEqual([
      ['0:b1', '0:b2'],
      ['1:b3', '1:b4'],
    ])
    expect(documents[1]?.source.format).toBe('text')
  })
})
