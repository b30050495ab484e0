import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {docxReader} from '../../src/read/docx.js'
import {createReaders, markdownReader, plainTextReader, read} from '../../src/read/index.js'
import type {Report, Span} from '../../src/types.js'
import {fixturePath, readFixture, schemaErrors} from '../helpers.js'

// The seed letter as Markdown and as pandoc writes it in Word (fixtures/formats/letter.docx, made by
// scripts/fixtures/docx.mjs): the same document, so the same layout, pairs and findings, with places in Word's terms.
const readers = createReaders([markdownReader, plainTextReader, docxReader])
const markdown = readFixture('ministerial-letter-2021.md')
const bytes = new Uint8Array(readFileSync(fixturePath('formats/letter.docx')))
const fromMarkdown = check({path: 'letter.md', text: markdown}, {readers})
const fromWord = check({path: 'letter.docx', bytes}, {readers})
const [word] = read({path: 'letter.docx', bytes}, {readers})

const spans = (report: Report): Span[] => report.findings.flatMap((finding) => [finding.en, finding.fr]).filter((span): span is Span => span !== null)

describe('the seed letter as a Word document', () => {
  it('makes a valid report of a Word source', () => {
    expect(schemaErrors(fromWord)).toBe('')
    expect(fromWord.sources).toEqual([{path: 'letter.docx', format: 'docx'}])
  })

  it('reads the same blocks as the Markdown: kinds, texts, marks and languages', () => {
    const shape = (report: Report) => report.blocks.map((block) => ({kind: block.kind, text: block.text, marks: block.marks, lang: block.lang}))
    expect(shape(fromWord)).toEqual(shape(fromMarkdown))
  })

  it('finds the same layout, parts and pairs', () => {
    expect(fromWord.layout).toBe('en-fr-halves')
    expect(fromWord.layout).toBe(fromMarkdown.layout)
    expect(fromWord.parts.map((part) => part.lang)).toEqual(fromMarkdown.parts.map((part) => part.lang))
    expect(fromWord.pairs.map((pair) => [pair.en, pair.fr, pair.score])).toEqual(fromMarkdown.pairs.map((pair) => [pair.en, pair.fr, pair.score]))
  })

  it('finds the same divergences, with the same rules and messages (at warning and above, and the rest too)', () => {
    const said = (report: Report, serious: boolean) =>
      report.findings
        .filter((finding) => !serious || finding.severity !== 'info')
        .map((finding) => ({rule: finding.rule, severity: finding.severity, message: finding.message, en: finding.en?.text, fr: finding.fr?.text}))
    expect(said(fromWord, true).length).toBeGreaterThan(0)
    expect(said(fromWord, true)).toEqual(said(fromMarkdown, true))
    expect(said(fromWord, false)).toEqual(said(fromMarkdown, false))
    expect(fromWord.summary).toEqual(fromMarkdown.summary)
  })

  it('gives every finding positions that point at its text in the rendering', () => {
    expect(word).toBeDefined()
    for (const span of spans(fromWord)) expect(word?.source.text.slice(span.position.start.offset, span.position.end.offset)).toBe(span.text)
  })

  it('names the Word paragraph and character of every finding: the paragraph holding the same text as the Markdown block', () => {
    const markdownSpans = spans(fromMarkdown)
    const wordSpans = spans(fromWord)
    expect(wordSpans).toHaveLength(markdownSpans.length)
    wordSpans.forEach((span, k) => {
      // Every block of the letter is a body paragraph: the n-th block is Word's paragraph n.
      const index = fromWord.blocks.findIndex(
        (block) => block.position.start.offset <= span.position.start.offset && span.position.start.offset <= block.position.end.offset,
      )
      const block = fromWord.blocks[index]
      const character = span.position.start.offset - (block?.position.start.offset ?? 0) + 1
      expect(span.place).toBe(`paragraph ${index + 1}, character ${character}`)
      // The same paragraph of the Markdown holds the finding there, at the same character.
      const other = markdownSpans[k] as Span
      const markdownBlock = fromMarkdown.blocks.find(
        (candidate) => candidate.position.start.offset <= other.position.start.offset && other.position.start.offset <= candidate.position.end.offset,
      )
      expect(markdownBlock?.text).toBe(block?.text)
    })
  })

  it('places the added French wordmark and the MRA term where a Word user finds them', () => {
    const places = fromWord.findings.filter((finding) => finding.severity !== 'info').map((finding) => [finding.rule, finding.en?.place, finding.fr?.place])
    expect(places).toContainEqual(['added-content', 'paragraph 10, character 674', 'paragraph 33, character 1'])
    expect(places).toContainEqual(['term-consistency', 'paragraph 15, character 249', 'paragraph 38, character 1'])
  })
})
