import {readFileSync} from 'node:fs'
import {afterAll, describe, expect, test} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {check} from '../../src/pipeline.js'
import {createReaders, markdownReader, plainTextReader, read} from '../../src/read/index.js'
import {createPdfReader, pdfReader} from '../../src/read/pdf.js'
import {pdfWorkerRunning, stopBridge} from '../../src/read/pdf/extract.js'
import type {Report, Span} from '../../src/types.js'
import {fixturePath, readFixture} from '../helpers.js'

// The PDF reader on PDFs made by real tools (scripts/fixtures/pdf.mjs): the worker, the errors, and the seed letter
// read from a PDF as from its Markdown.

const readers = createReaders([markdownReader, plainTextReader, pdfReader])
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixturePath(`formats/${name}`)))
const pdf = (name: string) => ({path: name, bytes: bytesOf(name)})
const rendering = (name: string) => read(pdf(name), {readers})[0]?.source.text ?? ''

afterAll(() => stopBridge())

function refusal(run: () => unknown): PareilError {
  try {
    run()
  } catch (error) {
    if (error instanceof PareilError) return error
    throw error
  }
  throw new Error('no refusal')
}

/**
 * Problems with a span's place ('' when none): its offsets must cover its text in the rendering (where a wrapped line
 * ends, the rendering has a line break where the text has a space, as Markdown's soft breaks), and its place
 * ("page 2, line 14, column 3") must name the line of the page where that text starts, read off the rendering.
 */
function placeProblems(span: Span, text: string): string {
  const {start, end} = span.position
  const covered = text.slice(start.offset, end.offset)
  if (covered.replace(/\s+/g, ' ') !== span.text.replace(/\s+/g, ' ')) return `offsets give ${JSON.stringify(covered)}`
  if (!covered.includes('\n') && covered !== span.text) return `offsets give ${JSON.stringify(covered)}`
  const place = /^page (\d+), line (\d+), column (\d+)$/.exec(span.place ?? '')
  if (place === null) return `no page place: ${span.place}`
  const [, page, line, column] = place.map(Number) as [number, number, number, number]
  const lineText = text.split('\n\f\n')[page - 1]?.split('\n')[line - 1] ?? ''
  return lineText.slice(column - 1).startsWith(covered.split('\n')[0] ?? '') ? '' : `${span.place} reads ${JSON.stringify(lineText)}`
}

const atWarning = (report: Report) =>
  report.findings.filter((finding) => finding.severity !== 'info').map((finding) => ({rule: finding.rule, message: finding.message}))

describe('the seed letter as a PDF (pandoc → Word → LibreOffice)', () => {
  const markdown = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
  const report = check(pdf('letter.pdf'), {readers})
  const text = rendering('letter.pdf')

  test('reads as the Markdown letter: the same blocks, layout and pairs', () => {
    expect(report.sources).toEqual([{path: 'letter.pdf', format: 'pdf'}])
    expect(report.blocks.map((block) => [block.kind, block.text])).toEqual(markdown.blocks.map((block) => [block.kind, block.text]))
    expect(report.layout).toBe(markdown.layout)
    const textOf = (of: Report) => {
      const byId = new Map(of.blocks.map((block) => [block.id, block.text]))
      return of.pairs.map((pair) => ({en: pair.en.map((id) => byId.get(id)), fr: pair.fr.map((id) => byId.get(id))}))
    }
    expect(textOf(report)).toEqual(textOf(markdown))
  })

  test('finds what the Markdown letter has at warning or above, each at its place on its page', () => {
    expect(atWarning(report)).toEqual(atWarning(markdown))
    const spans = report.findings.flatMap((finding) => [finding.en, finding.fr]).filter((span) => span !== null)
    expect(spans.length).toBeGreaterThan(10)
    for (const span of spans) expect(placeProblems(span, text), span.text).toBe('')
    // The stray "Canada" of the French (a wordmark in the letter the Markdown came from) is on page 4 of this PDF.
    const canada = report.findings.find((finding) => finding.rule === 'added-content' && finding.fr?.text === 'Canada')
    expect(canada?.fr?.place).toMatch(/^page 4, line \d+, column 1$/)
  })

  test('marks italic act titles and the bold date as the Markdown does', () => {
    const date = report.blocks.filter((block) => block.text === 'JAN 21 2021')
    expect(date.map((block) => block.marks)).toEqual([[], [{kind: 'strong', start: 0, end: 11}]])
    const emphasis = (of: Report) =>
      of.blocks.flatMap((block) => block.marks.filter((mark) => mark.kind === 'emphasis').map((mark) => block.text.slice(mark.start, mark.end)))
    expect(emphasis(report)).toEqual(emphasis(markdown))
  })
})

describe('a notice in English pages then French pages', () => {
  const report = check(pdf('pdf-halves.pdf'), {readers})
  const text = rendering('pdf-halves.pdf')
  const all = report.blocks.map((block) => block.text).join('\n')

  test('is read as halves, without its running head, page numbers and wordmark', () => {
    expect(report.layout).toBe('en-fr-halves')
    expect(all).not.toMatch(/^(?:Canada Revenue Agency|Agence du revenu du Canada|\d|Canada)$/m)
    expect(text).toMatch(/^Canada Revenue Agency\tAgence du revenu du Canada$/m)
    expect(report.blocks.filter((block) => block.kind === 'heading').map((block) => [block.depth, block.text])).toEqual([
      [1, 'Temporary Wage Subsidy for Employers'],
      [2, 'Who may apply'],
      [2, 'How to apply'],
      [1, 'Subvention salariale temporaire pour les employeurs'],
      [2, 'Qui peut présenter une demande'],
      [2, 'Comment présenter une demande'],
    ])
    expect(report.blocks.filter((block) => block.kind === 'list-item')).toHaveLength(10)
  })

  test('rejoins words hyphenated at line ends, keeps a phone number whole, and paragraphs that go on to the next page', () => {
    for (const word of ['corporations, and cannot', 'renseignements vous devez', 'employeur admissible et que', '1-800-959-5525']) expect(all).toContain(word)
    expect(all).not.toMatch(/corpo- ?rations|rensei- ?gnements|admis- ?sible/)
    expect(report.blocks.find((block) => block.text.startsWith('The subsidy is equal'))?.text).toMatch(/in which they are received\.$/)
  })

  test('reports the 30 days that became 60, at their places', () => {
    const finding = report.findings.find((candidate) => candidate.rule === 'number-mismatch')
    expect(finding?.message).toBe('the English “30” became “60” in the French')
    expect(finding?.en?.place).toMatch(/^page 1, /)
    expect(finding?.fr?.place).toMatch(/^page 3, /)
    for (const span of [finding?.en, finding?.fr]) expect(placeProblems(span as Span, text)).toBe('')
  })
})

describe('a notice in two columns, English left and French right', () => {
  test('reads each column whole, with the language of its side, and pairs the paragraphs', () => {
    const [document] = read(pdf('pdf-two-columns.pdf'), {readers})
    const blocks = document?.blocks ?? []
    expect(blocks.map((block) => block.declaredLang ?? '-')).toEqual(['-', 'en', 'en', 'en', 'en', 'fr', 'fr', 'fr', 'fr'])
    // The last French paragraph goes on at the top of the next page's right column.
    expect(blocks.at(-1)?.text).toMatch(/^Comme vous le savez peut-être.*l'exploitation sexuels\.$/)
    const report = check(pdf('pdf-two-columns.pdf'), {readers})
    const paired = report.pairs.filter((pair) => pair.en.length > 0 && pair.fr.length > 0)
    expect(paired).toHaveLength(4)
  })
})

describe('PDFs it cannot read', () => {
  test('a scan (no text layer) is refused with one line that suggests OCR', () => {
    const error = refusal(() => read(pdf('pdf-scanned.pdf'), {readers}))
    expect(error.code).toBe('no-text')
    expect(error.message).toBe(
      'pdf-scanned.pdf: this PDF has no text layer (a scanned image?); run OCR on it first (for example with ocrmypdf) and check the result',
    )
  })

  test('an encrypted PDF, a PDF cut short and a file that is no PDF are refused with one line each', () => {
    const messages = ['pdf-encrypted.pdf', 'pdf-truncated.pdf'].map((name) => refusal(() => read(pdf(name), {readers})))
    expect(messages.map((error) => [error.code, error.message])).toEqual([
      ['bad-input', 'pdf-encrypted.pdf: this PDF is encrypted and needs a password; remove the password (for example with qpdf --decrypt) and check the copy'],
      ['bad-input', 'pdf-truncated.pdf: this PDF is damaged: it is cut short (its end is missing); get a complete copy of the file'],
    ])
    const garbage = refusal(() => read({path: 'notes.pdf', bytes: new TextEncoder().encode('just some notes')}, {readers}))
    expect(garbage.message).toBe('notes.pdf: this file is not a PDF (it has no PDF header), or it is damaged')
    // A PDF whose body is garbage: pdf.js finds nothing it can use.
    const broken = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n')
    const damaged = refusal(() => read({path: 'broken.pdf', bytes: broken}, {readers}))
    expect(damaged.message).toMatch(/^broken\.pdf: this PDF (?:is damaged and cannot be read \(.+\)|has no text layer .+)$/)
  })

  test('a read that takes too long is given up with one line, and the next read starts again', () => {
    const impatient = createReaders([markdownReader, createPdfReader({timeout: 1})])
    const error = refusal(() => read(pdf('letter.pdf'), {readers: impatient}))
    expect(error.message).toBe('letter.pdf: reading this PDF took longer than 1 ms; it may be damaged')
    expect(read(pdf('pdf-halves.pdf'), {readers})[0]?.blocks.length).toBeGreaterThan(10)
  })
})

describe('the reader in the registry', () => {
  test('takes .pdf files and files that start with %PDF-, whatever their name', () => {
    expect(readers.resolve({path: 'letter.pdf', head: ''}).id).toBe('pdf')
    expect(readers.resolve({path: 'download', head: '%PDF-1.7\n'}).id).toBe('pdf')
    expect(read({path: 'letter.bin', bytes: bytesOf('letter.pdf')}, {readers})[0]?.source.format).toBe('pdf')
  })

  test('starts no worker for other formats', () => {
    stopBridge()
    check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')}, {readers})
    expect(pdfWorkerRunning()).toBe(false)
  })
})
