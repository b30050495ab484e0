import type {Source} from '../types.js'
import {type BlockDraft, lineColumn, type Reader} from './reader.js'
import {TextBuilder} from './text-builder.js'

/** Plain text: `.txt` and `.text` files. */
export const plainTextReader: Reader = {
  id: 'text',
  name: 'plain text',
  extensions: ['txt', 'text'],
  input: 'text',
  read: ({source}) => ({blocks: readPlainText(source)}),
  place: lineColumn,
}

/**
 * Reads plain text: paragraphs are separated by blank lines. Line breaks inside
 * a paragraph are kept as `\n` (in plain text, nothing tells a wrapped line
 * from an address line); leading and trailing spaces of each line are dropped.
 */
export function readPlainText(source: Source): BlockDraft[] {
  const blocks: BlockDraft[] = []
  const text = source.text
  const paragraph = /(?<![^\r\n])[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g
  for (const match of text.matchAll(paragraph)) {
    const start = match.index
    const end = start + match[0].length
    const value = match[0]
      .split(/\r?\n/)
      .map((line) => line.trim())
      .join('\n')
    const builder = new TextBuilder()
    builder.match(value, text, start, end, '\n', true)
    const first = start + (match[0].length - match[0].trimStart().length)
    const last = end - (match[0].length - match[0].trimEnd().length)
    blocks.push({
      source: source.index,
      kind: 'paragraph',
      text: builder.text,
      marks: [],
      position: {start: source.pointAt(first), end: source.pointAt(last)},
      prose: true,
      map: builder.segments,
    })
  }
  return blocks
}
