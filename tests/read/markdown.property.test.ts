import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {read, sourceOffsets} from '../../src/read/index.js'
import type {Document} from '../../src/types.js'
import {mappingProblems} from '../helpers.js'

// Generated Markdown: words with accents, digits and punctuation, escapes and
// character references, nested emphasis, links, inline code and line breaks,
// inside paragraphs, headings, lists, block quotes, tables and code blocks.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,8}$/),
  fc.stringMatching(/^[0-9]{1,4}([.,][0-9]{1,2})?$/),
  fc.constantFrom("l'honorable", "qu'à", 'c.-à-d.', 'P.C.', '22,24', '$', '%', '«', '»', '—', '…', ':', ';', '!', '?'),
)
const special = fc.constantFrom('\\*', '\\_', '\\[', '\\]', '\\`', '\\\\', '\\#', '&amp;', '&eacute;', '&#233;', '&#xE9;', '&lt;', '&nbsp;', '&copy;')
const words = fc.array(fc.oneof({arbitrary: word, weight: 4}, {arbitrary: special, weight: 1}), {minLength: 1, maxLength: 6}).map((list) => list.join(' '))

const inline: fc.Arbitrary<string> = fc
  .letrec<{inline: string}>((tie) => ({
    inline: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      words,
      words,
      tie('inline').map((text) => `*${text.trim()}*`),
      tie('inline').map((text) => `**${text.trim()}**`),
      fc.tuple(words, fc.constantFrom('https://canada.ca', '/fr/page', 'mailto:a@b.ca')).map(([text, url]) => `[${text}](${url})`),
      words.map((text) => `\`${text.replace(/`/g, '')}\``),
      words.map((text) => `\`\` ${text} \`\``),
      fc.tuple(tie('inline'), tie('inline'), fc.constantFrom('  \n', '\\\n', '\n', '<br>', ' ')).map(([a, b, join]) => `${a}${join}${b}`),
    ),
  }))
  .inline.filter((text) => /\S/.test(text))

const line = inline.map((text) => text.replace(/\n/g, ' ').trim()).filter((text) => text !== '')

const block = fc.oneof(
  inline,
  fc.tuple(fc.integer({min: 1, max: 6}), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.array(line, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(line, {minLength: 1, maxLength: 4}).map((items) => items.map((item, i) => `${i + 1}. ${item}\n   ${item}`).join('\n')),
  inline.map((text) => `> ${text.replace(/\n/g, '\n> ')}`),
  fc
    .array(fc.tuple(line, line), {minLength: 1, maxLength: 3})
    .map((rows) => `| A | B |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a.replace(/\|/g, '\\|')} | ${b.replace(/\|/g, '\\|')} |`).join('\n')}`),
  words.map((text) => `\`\`\`txt\n${text}\n\`\`\``),
)

const markdown = fc
  .tuple(fc.array(block, {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n'))
  .map(([blocks, eol]) => `${blocks.join('\n\n')}\n`.replace(/\n/g, eol))

function readOne(text: string): Document {
  return read({path: 'generated.md', text})[0] as Document
}

describe('position mapping on generated Markdown', () => {
  it('maps every character of every block to source that produces it, in order, inside the block', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const document = readOne(text)
        for (const item of document.blocks) expect(mappingProblems(document, item)).toBe('')
      }),
      {numRuns: 300},
    )
  })

  it('maps any range to a source range that starts at its first character and ends after its last', () => {
    fc.assert(
      fc.property(markdown, fc.nat(), fc.nat(), fc.nat(), (text, pick, a, b) => {
        const document = readOne(text)
        const item = document.blocks[pick % document.blocks.length]
        if (item === undefined) return
        const length = item.text.length
        const start = Math.min(a % (length + 1), b % (length + 1))
        const end = Math.max(a % (length + 1), b % (length + 1))
        const range = sourceOffsets(item, start, end)
        expect(range.start).toBeLessThanOrEqual(range.end)
        if (start < end) {
          expect(range.start).toBe(sourceOffsets(item, start, start + 1).start)
          expect(range.end).toBe(sourceOffsets(item, end - 1, end).end)
        }
      }),
      {numRuns: 300},
    )
  })

  it('gives each position a line and column consistent with its offset', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const document = readOne(text)
        for (const item of document.blocks) {
          for (const point of [item.position.start, item.position.end]) {
            const before = text.slice(0, point.offset)
            const lines = before.split('\n')
            expect(point.line).toBe(lines.length)
            expect(point.column).toBe((lines.at(-1) as string).length + 1)
          }
        }
      }),
      {numRuns: 200},
    )
  })
})
