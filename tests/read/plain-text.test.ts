import {describe, expect, it} from 'vitest'
import {read, sourcePosition} from '../../src/read/index.js'
import type {Block, Document} from '../../src/types.js'
import {mappingProblems} from '../helpers.js'

function readText(text: string): Document {
  const document = read({path: 'letter.txt', text})[0] as Document
  for (const block of document.blocks) expect(mappingProblems(document, block)).toBe('')
  return document
}

describe('plain-text reader', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside them', () => {
    const document = readText('  Dear Senator:\n\nLine one  \n   line two\n\n\n\nLast *not emphasis* \\* &amp;\n')
    expect(document.source.format).toBe('text')
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Dear Senator:'],
      ['paragraph', 'Line one\nline two'],
      ['paragraph', 'Last *not emphasis* \\* &amp;'],
    ])
  })

  it('positions each paragraph on its first and last characters', () => {
    const document = readText('\n  Hello\r\n  world  \r\n\r\nBye\r\n')
    const [first, second] = document.blocks as [Block, Block]
    expect(first.text).toBe('Hello\nworld')
    expect(first.position.start).toEqual({line: 2, column: 3, offset: 3})
    expect(first.position.end).toEqual({line: 3, column: 8, offset: 17})
    expect(sourcePosition(document.source, second, 0, 3).start.line).toBe(5)
  })

  it('is chosen for .txt and .text paths, Markdown otherwise, unless the input says', () => {
    expect(read({path: 'a.TXT', text: 'x'})[0]?.source.format).toBe('text')
    expect(read({path: 'a.md', text: 'x'})[0]?.source.format).toBe('markdown')
    expect(read({path: 'README', text: 'x'})[0]?.source.format).toBe('markdown')
    expect(read({path: 'a.md', text: 'x', format: 'text'})[0]?.source.format).toBe('text')
  })
})
