import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {check} from '../../src/pipeline.js'
import {docxReader} from '../../src/read/docx.js'
import {createReaders, markdownReader, plainTextReader, read} from '../../src/read/index.js'
import type {Block, Document} from '../../src/types.js'
import {fixturePath, mappingProblems} from '../helpers.js'

const readers = createReaders([markdownReader, plainTextReader, docxReader])

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(`formats/${name}`)))
}

function readDocx(name: string, revisions?: 'accepted' | 'original'): Document {
  const [document] = read({path: name, bytes: bytesOf(name)}, {readers, ...(revisions === undefined ? {} : {reading: {revisions}})})
  if (document === undefined) throw new Error('no document')
  for (const block of document.blocks) {
    expect(mappingProblems(document, block)).toBe('')
    // The rendering holds each block's text as it is.
    expect(document.source.text.slice(block.position.start.offset, block.position.end.offset)).toBe(block.text)
  }
  return document
}

function placeOf(document: Document, block: Block, offset = 0): string {
  return document.source.place(block.position.start.offset + offset, block.position.end.offset)
}

function texts(document: Document): string[] {
  return document.blocks.map((block) => block.text)
}

function failure(name: string): PareilError {
  try {
    read({path: name, bytes: bytesOf(name)}, {readers})
  } catch (error) {
    if (error instanceof PareilError) return error
    throw error
  }
  throw new Error(`${name} was read`)
}

describe('Word reader: the document model', () => {
  it('is chosen for .docx files, and for a Word file by its contents whatever its name', () => {
    expect(readDocx('docx-hyperlink.docx').source.format).toBe('docx')
    const [misnamed] = read({path: 'notes.txt', bytes: bytesOf('docx-text-box.docx')}, {readers})
    expect(misnamed?.source.format).toBe('docx')
  })

  it('renders one Word paragraph per line, blocks parted by a blank line, positions pointing into the rendering', () => {
    const document = readDocx('docx-notes.docx')
    expect(document.source.text.split('\n\n')).toEqual(texts(document))
    expect(document.blocks.map((block) => block.position.start.line)).toEqual([1, 3, 5, 7, 9])
  })

  it('reads headings from paragraph styles: built-in, French names, based on a heading, outline levels, the title', () => {
    const document = readDocx('docx-styles.docx')
    expect(document.blocks.slice(0, 6).map((block) => [block.kind, block.depth, block.text])).toEqual([
      ['heading', 1, 'Annual Report'],
      ['heading', 1, 'Introduction'],
      ['heading', 2, 'Background'],
      ['heading', 1, 'Contexte'],
      ['heading', 2, 'Scope'],
      ['heading', 3, 'Details'],
    ])
  })

  it('reads a code style as code (not prose) and a quote style as a quoted paragraph', () => {
    const document = readDocx('docx-styles.docx')
    expect(document.blocks.slice(7).map((block) => [block.kind, block.prose, block.quoted, block.text])).toEqual([
      ['code', false, undefined, 'pareil check letter.docx'],
      ['blockquote', true, true, 'Nothing about us without us.'],
    ])
  })

  it('keeps bold, italic and inline code (a code character style, a monospace font) as marks', () => {
    const block = readDocx('docx-styles.docx').blocks[6] as Block
    expect(block.text).toBe('Bold and italic and npm test and pareil check.')
    expect(block.marks.map((mark) => [mark.kind, block.text.slice(mark.start, mark.end)])).toEqual([
      ['strong', 'Bold'],
      ['emphasis', 'italic'],
      ['inline-code', 'npm test'],
      ['inline-code', 'pareil check'],
    ])
  })

  it('keeps links with their targets, from the document relationships', () => {
    const block = readDocx('docx-hyperlink.docx').blocks[0] as Block
    expect(block.marks).toEqual([{kind: 'link', start: 18, end: 27, url: 'https://www.canada.ca/en/services.html'}])
    expect(block.text.slice(18, 27)).toBe('Canada.ca')
  })

  it('reads numbered and bulleted lists from the numbering, nested levels as lists of their own', () => {
    const document = readDocx('docx-lists.docx')
    expect(document.blocks.map((block) => [block.kind, block.text, block.list])).toEqual([
      ['paragraph', 'To apply:', undefined],
      ['list-item', 'Fill in the form.', {id: 1, ordinal: 1, ordered: true, depth: 1}],
      ['list-item', 'Attach two pieces of identification:', {id: 1, ordinal: 2, ordered: true, depth: 1}],
      ['list-item', 'a passport;', {id: 2, ordinal: 1, ordered: false, depth: 2}],
      ['list-item', 'a birth certificate.', {id: 2, ordinal: 2, ordered: false, depth: 2}],
      ['list-item', 'Mail the form.', {id: 1, ordinal: 3, ordered: true, depth: 1}],
      ['paragraph', 'You will need:', undefined],
      ['list-item', 'a pen', {id: 3, ordinal: 1, ordered: false, depth: 1}],
      ['list-item', 'a stamp', {id: 3, ordinal: 2, ordered: false, depth: 1}],
    ])
  })

  it('reads table cells with their row and column, each paragraph of a cell a block, with the language the runs declare', () => {
    const document = readDocx('docx-side-by-side.docx')
    expect(document.blocks.map((block) => [block.kind, block.text.slice(0, 24), block.table, block.declaredLang])).toEqual([
      ['paragraph', 'Notice / Avis', undefined, undefined],
      ['table-cell', 'English', {id: 1, row: 0, column: 0}, 'en'],
      ['table-cell', 'Français', {id: 1, row: 0, column: 1}, 'fr'],
      ['table-cell', 'The office will be close', {id: 1, row: 1, column: 0}, 'en'],
      ['table-cell', 'Le bureau sera fermé le ', {id: 1, row: 1, column: 1}, 'fr'],
      ['table-cell', 'Services resume on Tuesd', {id: 1, row: 2, column: 0}, 'en'],
      ['table-cell', 'Call 1-800-622-6232 for ', {id: 1, row: 2, column: 0}, 'en'],
      ['table-cell', 'Les services reprendront', {id: 1, row: 2, column: 1}, 'fr'],
      ['table-cell', 'Composez le 1-800-622-62', {id: 1, row: 2, column: 1}, 'fr'],
    ])
  })

  it('finds a two-column English | French table side by side, and pairs its rows', () => {
    const report = check({path: 'notice.docx', bytes: bytesOf('docx-side-by-side.docx')}, {readers})
    expect(report.layout).toBe('side-by-side')
    const text = new Map(report.blocks.map((block) => [block.id, block.text]))
    expect(report.pairs.map((pair) => [pair.en.map((id) => text.get(id)?.slice(0, 12)), pair.fr.map((id) => text.get(id)?.slice(0, 12))])).toEqual([
      [['The office w'], ['Le bureau se']],
      [['Services res'], ['Les services']],
      [['Call 1-800-6'], ['Composez le ']],
    ])
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([])
  })

  it('reads footnotes and endnotes after the paragraph that refers to them, so that each stays in its language', () => {
    const document = readDocx('docx-notes.docx')
    expect(document.blocks.map((block) => [placeOf(document, block), block.text])).toEqual([
      ['paragraph 1, character 1', 'The minister may issue a permit. Permits are valid for two years.'],
      ['footnote 1, character 1', 'See section 12 of the Act.'],
      ['endnote 1, character 1', 'Data as of March 2024.'],
      ['paragraph 2, character 1', 'Le ministre peut délivrer un permis. Les permis sont valides pendant deux ans.'],
      ['footnote 2, character 1', "Voir l'article 12 de la Loi."],
    ])
    const report = check({path: 'notes.docx', bytes: bytesOf('docx-notes.docx')}, {readers})
    expect(report.layout).toBe('en-fr-halves')
    const text = new Map(report.blocks.map((block) => [block.id, block.text]))
    expect(report.pairs.map((pair) => [pair.en.map((id) => text.get(id)), pair.fr.map((id) => text.get(id))])).toContainEqual([
      ['See section 12 of the Act.'],
      ["Voir l'article 12 de la Loi."],
    ])
    // The English endnote has no French counterpart, and the report says where it is in Word's terms.
    const omitted = report.findings.find((finding) => finding.rule === 'omitted-content')
    expect(omitted?.en?.place).toBe('endnote 1, character 1')
  })

  it('reads a text box once, after the paragraph it is anchored in (DrawingML with its VML fallback, and VML alone)', () => {
    for (const name of ['docx-text-box.docx', 'docx-text-box-vml.docx']) {
      const document = readDocx(name)
      expect(texts(document)).toEqual([
        'The report is published every year.',
        'Key finding: 72% of respondents were satisfied.',
        'Le rapport est publié chaque année.',
      ])
      expect(placeOf(document, document.blocks[1] as Block, 13)).toBe('text box 1, character 14')
    }
  })

  it('does not read headers, footers (page furniture) or comments', () => {
    const document = readDocx('docx-header-footer.docx')
    expect(texts(document)).toEqual(['The consultation closes on June 30, 2024.', 'La consultation prend fin le 30 juin 2024.'])
  })

  it('reads tabs, line breaks, symbols, soft and no-break hyphens, field results, check boxes and formulas', () => {
    expect(texts(readDocx('docx-inline.docx'))).toEqual([
      'Name:\tJane Doe',
      'Ottawa ON\nK1A 0H8',
      'Temperature ≥ 5 °C',
      'international and e\u2011mail',
      // A page number depends on the pagination, not on the text.
      'Page  of the report',
      '☒ I agree',
      'Area: x=2',
    ])
  })
})

describe('Word reader: places a Word user understands', () => {
  it('names the paragraph, the character and the heading above', () => {
    const document = readDocx('docx-tracked-changes.docx')
    const fee = document.blocks[1] as Block
    expect(placeOf(document, fee, fee.text.indexOf('$40'))).toBe('paragraph 2, character 24 (under “Application fees”)')
    expect(placeOf(document, document.blocks[3] as Block)).toBe('paragraph 4, character 1')
  })

  it('names the table, row and cell (from 1), and the paragraph in a cell that has several', () => {
    const document = readDocx('docx-side-by-side.docx')
    expect(placeOf(document, document.blocks[4] as Block, 3)).toBe('table 1, row 2, cell 2, character 4')
    expect(placeOf(document, document.blocks[6] as Block)).toBe('table 1, row 3, cell 1, paragraph 2, character 1')
  })

  it('gives the places to the report, for people, while positions stay points into the rendering', () => {
    const report = check({path: 'fees.docx', bytes: bytesOf('docx-tracked-changes.docx')}, {readers, revisions: 'original'})
    const [finding] = report.findings.filter((candidate) => candidate.rule === 'number-mismatch')
    expect(finding?.en?.place).toBe('paragraph 2, character 25 (under “Application fees”)')
    expect(finding?.fr?.place).toBe('paragraph 5, character 30 (under “Frais de demande”)')
    expect(finding?.fr?.position.start.line).toBe(9)
    const block = report.blocks.find((candidate) => candidate.text.startsWith('Les frais'))
    expect(block?.place).toBe('paragraph 5, character 1 (under “Frais de demande”)')
  })
})

describe('Word reader: tracked changes', () => {
  it('reads the text with the changes accepted by default, and says so', () => {
    const document = readDocx('docx-tracked-changes.docx')
    expect(document.blocks[4]?.text).toBe('Les frais de demande sont de 40 $ et doivent être payés au plus tard le 31 mars 2024.')
    expect(document.notices).toEqual(['the document has tracked changes (1 insertion, 1 deletion): checked as it reads with them accepted'])
  })

  it('reads the text before the changes with revisions: original, and says so', () => {
    const document = readDocx('docx-tracked-changes.docx', 'original')
    expect(document.blocks[4]?.text).toBe('Les frais de demande sont de 30 $ et doivent être payés au plus tard le 31 mars 2024.')
    expect(document.notices).toEqual(['the document has tracked changes (1 insertion, 1 deletion): checked as it read before them'])
  })

  it('checks what the reader asked for: the original French number no longer matches the English', () => {
    const input = {path: 'fees.docx', bytes: bytesOf('docx-tracked-changes.docx')}
    const accepted = check(input, {readers})
    const original = check(input, {readers, revisions: 'original'})
    expect(accepted.findings.filter((finding) => finding.rule === 'number-mismatch')).toEqual([])
    expect(original.findings.filter((finding) => finding.rule === 'number-mismatch').map((finding) => [finding.en?.text, finding.fr?.text])).toEqual([
      ['40', '30'],
    ])
    expect(accepted.sources[0]?.notices).toEqual(['the document has tracked changes (1 insertion, 1 deletion): checked as it reads with them accepted'])
  })

  it('has no notice for a document without tracked changes', () => {
    expect(readDocx('docx-notes.docx').notices).toBeUndefined()
  })
})

describe('Word reader: what it refuses, in one line', () => {
  it.each([
    ['docx-truncated.docx', 'bad-input', 'docx-truncated.docx: this Word document is damaged (its zip archive cannot be read: invalid zip data)'],
    [
      'docx-encrypted.docx',
      'bad-input',
      'docx-encrypted.docx: this Word document is password-protected; remove the password in Word (File › Info › Protect Document) and save it again',
    ],
    ['docx-legacy.doc', 'not-markdown', 'docx-legacy.doc: this is a Word 97–2003 document (.doc); open it in Word and save it as .docx (Word Document)'],
    ['docx-opendocument.docx', 'not-markdown', 'docx-opendocument.docx: this is an OpenDocument text (.odt), not a Word document; save it as .docx'],
    ['docx-empty.docx', 'no-text', 'docx-empty.docx: this Word document has no text'],
  ])('%s', (name, code, message) => {
    const error = failure(name)
    expect(error.code).toBe(code)
    expect(error.message).toBe(message)
    expect(error.message).not.toContain('\n')
  })

  it('refuses a file named .docx that is not one', () => {
    expect(() => read({path: 'letter.docx', text: '# Letter\n\nText.\n'}, {readers})).toThrow(
      'letter.docx: this is not a Word document (a .docx file is a zip archive; this one is not)',
    )
  })
})
