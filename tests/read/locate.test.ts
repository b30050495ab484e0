import {describe, expect, it} from 'vitest'
import {read, sourceOffsets, sourcePosition, spanOf} from '../../src/read/index.js'
import type {Block, Document} from '../../src/types.js'
import {mappingProblems, readFixture} from '../helpers.js'

const letterText = readFixture('ministerial-letter-2021.md')
const [letter] = read({path: 'fixtures/ministerial-letter-2021.md', text: letterText}) as [Document]
const [note] = read({path: 'fixtures/briefing-note-ocse.md', text: readFixture('briefing-note-ocse.md')}) as [Document]

/** The block whose text contains `needle`, and where in it. */
function find(document: Document, needle: string, nth = 0): {block: Block; start: number; end: number} {
  const hits = document.blocks.filter((block) => block.text.includes(needle))
  const block = hits[nth]
  if (block === undefined) throw new Error(`no block holds ${needle}`)
  const start = block.text.indexOf(needle)
  return {block, start, end: start + needle.length}
}

describe('position mapping on the seeds', () => {
  it.each([
    ['ministerial letter', letter],
    ['briefing note', note],
  ])('maps every character of every block of the %s back to the source that produced it', (_name, document) => {
    expect(document.blocks.length).toBeGreaterThan(10)
    for (const block of document.blocks) expect(mappingProblems(document, block)).toBe('')
  })

  it('gives every block of the letter a source range whose text, markup removed, is the block text', () => {
    for (const block of letter.blocks) {
      const {start, end} = sourceOffsets(block, 0, block.text.length)
      const slice = letterText.slice(start, end)
      const unmarked = slice
        .replace(/\*\*|\*/g, '')
        .replace(/ {2}\n/g, '\n')
        .replace(/\n/g, ' ')
      expect(unmarked).toBe(block.text.replace(/\n/g, ' '))
    }
  })

  it('points at the words inside emphasis, not at the asterisks: *Criminal Code*', () => {
    const {block, start, end} = find(letter, 'Criminal Code')
    const position = sourcePosition(letter.source, block, start, end)
    // Line 26: "Nonetheless, I would like to assure you that the *Criminal Code* contains…"
    expect(position.start).toEqual({line: 26, column: 51, offset: letterText.indexOf('*Criminal Code*') + 1})
    expect(position.end.column - position.start.column).toBe('Criminal Code'.length)
    expect(letterText.slice(position.start.offset, position.end.offset)).toBe('Criminal Code')
  })

  it('points inside strong markup: **JAN 21 2021**', () => {
    const {block, start, end} = find(letter, 'JAN 21 2021', 1)
    expect(block.marks).toEqual([{kind: 'strong', start: 0, end: 11}])
    const position = sourcePosition(letter.source, block, start, end)
    expect(position.start).toMatchObject({line: 70, column: 3})
    expect(position.end).toMatchObject({line: 70, column: 14})
  })

  it('maps a range that spans a hard line break across two source lines', () => {
    const {block, start, end} = find(letter, 'Justice\nand Attorney')
    const position = sourcePosition(letter.source, block, start, end)
    expect(position.start).toMatchObject({line: 3, column: 13})
    expect(position.end).toMatchObject({line: 4, column: 13})
  })

  it('maps a range that starts inside emphasis and ends after it', () => {
    const {block, start, end} = find(letter, "Code's three")
    const position = sourcePosition(letter.source, block, start, end)
    expect(letterText.slice(position.start.offset, position.end.offset)).toBe("Code*'s three")
  })

  it('maps French text with accents and elisions on the right columns', () => {
    const {block, start, end} = find(letter, 'améliorer les lois fédérales')
    const position = sourcePosition(letter.source, block, start, end)
    expect(position.start.line).toBe(96)
    expect(letterText.slice(position.start.offset, position.end.offset)).toBe('améliorer les lois fédérales')
  })

  it('gives spans the plain text they cover and a position in their source', () => {
    const {block, start, end} = find(letter, 'improve the MRA')
    const span = spanOf(letter.source, block, start, end)
    expect(span).toMatchObject({source: 0, text: 'improve the MRA'})
    expect(span.position.start.line).toBe(38)
  })

  it('clamps ranges outside the text and treats an empty range as a point', () => {
    const block = letter.blocks[0] as Block
    expect(sourceOffsets(block, -5, 1000)).toEqual({start: block.position.start.offset, end: block.position.end.offset})
    const point = sourceOffsets(block, 3, 3)
    expect(point.start).toBe(point.end)
    expect(sourceOffsets(block, 4, 2)).toEqual(sourceOffsets(block, 2, 4))
  })
})
