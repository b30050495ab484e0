import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {docxReader} from '../../src/read/docx.js'
import {hyperlinkTarget} from '../../src/read/docx/walker.js'
import {createReaders, markdownReader, plainTextReader, read} from '../../src/read/index.js'
import type {Document} from '../../src/types.js'
import {mappingProblems} from '../helpers.js'

// WordprocessingML constructs that the fixtures made by real tools do not all hold, written as Word writes them and
// zipped here into the smallest package Word opens: fields, content controls, moves, paragraph marks, row changes…

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const readers = createReaders([markdownReader, plainTextReader, docxReader])

interface Parts {
  styles?: string
  numbering?: string
  footnotes?: string
  /** Extra relationships of the main part (hyperlinks). */
  relationships?: string
  /** The prefix the file binds the main namespace to. */
  prefix?: string
  namespace?: string
}

/** A Word package whose body is `body` (written with the `w:` prefix, renamed when `prefix` is given). */
function wordFile(body: string, parts: Parts = {}): Uint8Array {
  const prefix = parts.prefix ?? 'w'
  const rename = (xml: string) => (prefix === 'w' ? xml : xml.replace(/(<\/?)w:/g, `$1${prefix}:`).replace(/ w:/g, ` ${prefix}:`))
  const root = (name: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:${name} xmlns:${prefix}="${parts.namespace ?? W}" xmlns:r="${R}">${rename(inner)}</${prefix}:${name}>`
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(root('document', `<w:body>${body}</w:body>`)),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${relationshipType}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="${relationshipType}/numbering" Target="numbering.xml"/><Relationship Id="rIdNotes" Type="${relationshipType}/footnotes" Target="footnotes.xml"/>${parts.relationships ?? ''}</Relationships>`,
    ),
  }
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(root('styles', parts.styles))
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(root('numbering', parts.numbering))
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = strToU8(root('footnotes', parts.footnotes))
  return zipSync(files)
}

function readWord(bytes: Uint8Array, revisions?: 'accepted' | 'original'): Document {
  const [document] = read({path: 'test.docx', bytes}, {readers, ...(revisions === undefined ? {} : {reading: {revisions}})})
  if (document === undefined) throw new Error('no document')
  for (const block of document.blocks) expect(mappingProblems(document, block)).toBe('')
  return document
}

const texts = (document: Document) => document.blocks.map((block) => block.text)
const p = (inner: string, properties = '') => `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${inner}</w:p>`
const r = (text: string, properties = '') => `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`

describe('Word markup: fields', () => {
  it('keeps the result of a complex field, not its instruction, and links a HYPERLINK field', () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.canada.ca/" \\o "Canada" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('Canada.ca')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const [block] = readWord(wordFile(p(`${r('See ')}${field}${r('.')}`))).blocks
    expect(block?.text).toBe('See Canada.ca.')
    expect(block?.marks).toEqual([{kind: 'link', start: 4, end: 13, url: 'https://www.canada.ca/'}])
  })

  it('keeps the result of a simple field, and of a field nested in another field’s instruction only the outer result', () => {
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('2024')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 2024 "yes" "no"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('yes')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const simple = `<w:fldSimple w:instr=" DOCPROPERTY Title "><w:r><w:t>Annual report</w:t></w:r></w:fldSimple>`
    expect(texts(readWord(wordFile(p(nested) + p(simple))))).toEqual(['yes', 'Annual report'])
  })

  it('leaves out page numbers: a table of contents entry reads as its heading', () => {
    const pageRef = `<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('12')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    expect(texts(readWord(wordFile(p(`${r('Background')}${pageRef}`))))).toEqual(['Background'])
  })

  it('reads the target of a HYPERLINK instruction, with its anchor', () => {
    expect(hyperlinkTarget(' HYPERLINK "https://example.org/a" ')).toBe('https://example.org/a')
    expect(hyperlinkTarget('HYPERLINK \\l "_Toc12" ')).toBe('#_Toc12')
    expect(hyperlinkTarget('HYPERLINK https://example.org \\l part')).toBe('https://example.org#part')
    expect(hyperlinkTarget(' PAGE ')).toBeUndefined()
  })
})

describe('Word markup: what is text and what is not', () => {
  it('keeps the text of content controls, smart tags, custom XML and bidirectional runs; not a placeholder’s', () => {
    const control = `<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>${r('Jane Doe')}</w:sdtContent></w:sdt>`
    const placeholder = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${r('Click or tap here to enter text.')}</w:sdtContent></w:sdt>`
    const smartTag = `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>${r('Ottawa')}</w:smartTag>`
    const custom = `<w:customXml w:element="city">${r(' and Gatineau')}</w:customXml>`
    const blockControl = `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('Inside a block control.'))}</w:sdtContent></w:sdt>`
    expect(
      texts(readWord(wordFile(p(`${r('Name: ')}${control}${placeholder}`) + p(`${smartTag}${custom}<w:dir w:val="ltr">${r('.')}</w:dir>`) + blockControl))),
    ).toEqual(['Name: Jane Doe', 'Ottawa and Gatineau.', 'Inside a block control.'])
  })

  it('leaves out hidden text, phonetic guides, comments and deleted text', () => {
    const ruby = `<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>`
    const comment = `<w:commentRangeStart w:id="0"/>${r('visible')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`
    expect(texts(readWord(wordFile(p(`${r('Shown ')}${r('hidden ', '<w:vanish/>')}${comment}${r(' ')}${ruby}`))))).toEqual(['Shown visible 東京'])
  })

  it('says in a notice that content embedded from another file (altChunk) is not read', () => {
    const document = readWord(wordFile(p(r('Before.')) + '<w:altChunk r:id="rIdChunk"/>'))
    expect(texts(document)).toEqual(['Before.'])
    expect(document.notices).toEqual(['the document embeds a file (altChunk) whose text is not read: save it again in Word to bring the text in'])
  })

  it('reads a tab of a run as a tab, not the tab stops of a paragraph', () => {
    expect(texts(readWord(wordFile(p(`${r('a')}<w:r><w:tab/></w:r>${r('b')}`, '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'))))).toEqual(['a\tb'])
  })

  it('reads the Symbol font’s signs and keeps other symbol fonts’ code points', () => {
    const symbols = `<w:r><w:sym w:font="Symbol" w:char="F0A3"/></w:r><w:r><w:sym w:font="Symbol" w:char="F061"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>`
    expect(texts(readWord(wordFile(p(symbols))))).toEqual(['≤α\uF0E0'])
  })

  it('reads namespaces under other prefixes, and Strict OOXML’s namespace', () => {
    expect(texts(readWord(wordFile(p(r('Prefixed.')), {prefix: 'ns0'})))).toEqual(['Prefixed.'])
    expect(texts(readWord(wordFile(p(r('Strict.')), {namespace: 'http://purl.oclc.org/ooxml/wordprocessingml/main'})))).toEqual(['Strict.'])
  })

  it('joins a mark across the plain spaces Word splits it around, and leaves spaces out of marks', () => {
    const italic = '<w:i/>'
    const [block] = readWord(
      wordFile(
        p(
          `${r('the ')}${r('Privacy', italic)}${r(' ')}${r('Act', italic)}${r(' is ')}${r(' not', '<w:b/>')}${r(' ')}<w:hyperlink r:id="rIdLink">${r(' ')}</w:hyperlink>${r('here')}`,
        ),
        {relationships: `<Relationship Id="rIdLink" Type="${relationshipType}/hyperlink" Target="https://example.org/" TargetMode="External"/>`},
      ),
    ).blocks
    expect(block?.text).toBe('the Privacy Act is  not  here')
    expect(block?.marks.map((mark) => [mark.kind, block.text.slice(mark.start, mark.end)])).toEqual([
      ['emphasis', 'Privacy Act'],
      ['strong', 'not'],
    ])
  })

  it('counts only paragraphs with text: an empty paragraph has no number', () => {
    const document = readWord(wordFile(p('') + p(r('First.')) + p(r('   ')) + p(r('Second.'))))
    expect(document.blocks.map((block) => document.source.place(block.position.start.offset, block.position.end.offset))).toEqual([
      'paragraph 1, character 1',
      'paragraph 2, character 1',
    ])
  })

  it('counts characters from the paragraph’s own start, spaces Word keeps before the text included', () => {
    const document = readWord(wordFile(p(r('  Indented text.'))))
    const block = document.blocks[0]
    expect(block?.text).toBe('Indented text.')
    expect(document.source.place((block?.position.start.offset ?? 0) + 9, block?.position.end.offset ?? 0)).toBe('paragraph 1, character 12')
  })
})

describe('Word markup: tracked changes', () => {
  const moved = p(`${r('Call us ')}<w:moveFrom w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">${r('today ')}</w:moveFrom>${r('at noon')}`)
  const movedTo = p(`${r('or write ')}<w:moveTo w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">${r('today')}</w:moveTo>${r('.')}`)

  it('reads moved text where it went, with the changes accepted, and where it was in the original', () => {
    const accepted = readWord(wordFile(moved + movedTo))
    expect(texts(accepted)).toEqual(['Call us at noon', 'or write today.'])
    expect(accepted.notices).toEqual(['the document has tracked changes (1 move): checked as it reads with them accepted'])
    expect(texts(readWord(wordFile(moved + movedTo), 'original'))).toEqual(['Call us today at noon', 'or write .'])
  })

  it('joins two paragraphs whose paragraph mark was deleted; keeps them apart in the original', () => {
    const deletedMark = '<w:rPr><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>'
    const body = p(r('The fee is '), deletedMark) + p(r('$40.'))
    expect(texts(readWord(wordFile(body)))).toEqual(['The fee is $40.'])
    expect(texts(readWord(wordFile(body), 'original'))).toEqual(['The fee is', '$40.'])
  })

  it('leaves out a paragraph deleted whole, and one inserted whole when reading the original', () => {
    const deleted = p(
      `<w:del w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Old paragraph.</w:delText></w:r></w:del>`,
      '<w:rPr><w:del w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>',
    )
    const inserted = p(
      `<w:ins w:id="6" w:author="A" w:date="2024-01-01T00:00:00Z">${r('New paragraph.')}</w:ins>`,
      '<w:rPr><w:ins w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>',
    )
    const body = p(r('Before.')) + deleted + inserted + p(r('After.'))
    expect(texts(readWord(wordFile(body)))).toEqual(['Before.', 'New paragraph.', 'After.'])
    expect(texts(readWord(wordFile(body), 'original'))).toEqual(['Before.', 'Old paragraph.', 'After.'])
  })

  it('leaves out a row inserted in a table when reading the original, and numbers the rows that remain', () => {
    const cell = (text: string) => `<w:tc>${p(r(text))}</w:tc>`
    const table = `<w:tbl><w:tr>${cell('A')}${cell('B')}</w:tr><w:tr><w:trPr><w:ins w:id="8" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:trPr><w:tc>${p(`<w:ins w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z">${r('new')}</w:ins>`)}</w:tc></w:tr><w:tr>${cell('C')}${cell('D')}</w:tr></w:tbl>`
    const rows = (document: Document) => document.blocks.map((block) => [block.text, block.table?.row])
    expect(rows(readWord(wordFile(table)))).toEqual([
      ['A', 0],
      ['B', 0],
      ['new', 1],
      ['C', 2],
      ['D', 2],
    ])
    expect(rows(readWord(wordFile(table), 'original'))).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 1],
      ['D', 1],
    ])
  })

  it('does not count formatting changes, nor the properties a change replaced', () => {
    const body = p(r('Heading text', '<w:b/><w:rPrChange w:id="10" w:author="A" w:date="2024-01-01T00:00:00Z"><w:rPr><w:i/></w:rPr></w:rPrChange>'))
    const document = readWord(wordFile(body))
    expect(document.notices).toBeUndefined()
    expect(document.blocks[0]?.marks.map((mark) => mark.kind)).toEqual(['strong'])
  })
})

describe('Word markup: tables, styles and numbering', () => {
  it('places cells on the grid: merged cells and cells skipped before a row', () => {
    const cell = (text: string, properties = '') => `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}${p(r(text))}</w:tc>`
    const table = `<w:tbl><w:tr>${cell('Title', '<w:gridSpan w:val="2"/>')}${cell('Note')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('B')}${cell('C')}</w:tr></w:tbl>`
    const document = readWord(wordFile(table))
    expect(
      document.blocks.map((block) => [block.text, block.table?.column, document.source.place(block.position.start.offset, block.position.end.offset)]),
    ).toEqual([
      ['Title', 0, 'table 1, row 1, cell 1, character 1'],
      ['Note', 2, 'table 1, row 1, cell 2, character 1'],
      ['B', 1, 'table 1, row 2, cell 1, character 1'],
      ['C', 2, 'table 1, row 2, cell 2, character 1'],
    ])
  })

  it('numbers tables in document order, a nested table with its own rows and columns', () => {
    const inner = `<w:tbl><w:tr><w:tc>${p(r('inner'))}</w:tc></w:tr></w:tbl>`
    const table = `<w:tbl><w:tr><w:tc>${p(r('outer'))}${inner}</w:tc><w:tc>${p(r('right'))}</w:tc></w:tr></w:tbl>`
    expect(readWord(wordFile(table + p(r('After.')))).blocks.map((block) => [block.text, block.table])).toEqual([
      ['outer', {id: 1, row: 0, column: 0}],
      ['inner', {id: 2, row: 0, column: 0}],
      ['right', {id: 1, row: 0, column: 1}],
      ['After.', undefined],
    ])
  })

  const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading8"><w:name w:val="heading 8"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="7"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>
    <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`

  it('clamps Word’s nine outline levels to six, and cuts a loop of basedOn', () => {
    expect(
      readWord(wordFile(p(r('Deep'), '<w:pStyle w:val="Heading8"/>') + p(r('Loop'), '<w:pStyle w:val="Loop"/>'), {styles})).blocks.map((block) => [
        block.kind,
        block.depth,
      ]),
    ).toEqual([
      ['heading', 6],
      ['paragraph', undefined],
    ])
  })

  it('takes numbering from a list style; numbering 0 on the paragraph takes it away; letters are ordered', () => {
    const body =
      p(r('styled item'), '<w:pStyle w:val="ListBullet"/>') +
      p(r('not an item'), '<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p(r('lettered'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
    expect(readWord(wordFile(body, {styles, numbering})).blocks.map((block) => [block.kind, block.list])).toEqual([
      ['list-item', {id: 1, ordinal: 1, ordered: false, depth: 1}],
      ['paragraph', undefined],
      ['list-item', {id: 2, ordinal: 1, ordered: true, depth: 1}],
    ])
  })

  it('takes bold from a character style', () => {
    const [block] = readWord(wordFile(p(r('Important', '<w:rStyle w:val="Strong"/>')), {styles})).blocks
    expect(block?.marks).toEqual([{kind: 'strong', start: 0, end: 9}])
  })

  it('declares no language when the document marks all its text in one (Word’s default), and each when it marks both', () => {
    const monolingual = readWord(wordFile(p(r('Hello.')) + p(r('Bonjour.')), {styles}))
    expect(monolingual.blocks.map((block) => block.declaredLang)).toEqual([undefined, undefined])
    const bilingual = readWord(wordFile(p(r('Hello.')) + p(r('Bonjour.', '<w:lang w:val="fr-CA"/>')) + p(r('Hola.', '<w:lang w:val="es-ES"/>')), {styles}))
    expect(bilingual.blocks.map((block) => block.declaredLang)).toEqual(['en', 'fr', undefined])
  })

  it('gives a note of a table cell its cell, so that it stays in its column (its place counting from the space after its mark)', () => {
    const footnotes = `<w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:id="1">${p(`<w:r><w:footnoteRef/></w:r>${r(' A note.')}`)}</w:footnote>`
    const table = `<w:tbl><w:tr><w:tc>${p(`${r('Text')}<w:r><w:footnoteReference w:id="1"/></w:r>`)}</w:tc></w:tr></w:tbl>`
    const document = readWord(wordFile(table, {footnotes}))
    expect(document.blocks.map((block) => [block.text, block.table, document.source.place(block.position.start.offset, block.position.end.offset)])).toEqual([
      ['Text', {id: 1, row: 0, column: 0}, 'table 1, row 1, cell 1, character 1'],
      ['A note.', {id: 1, row: 0, column: 0}, 'footnote 1, character 2'],
    ])
  })
})

describe('Word markup: refusals', () => {
  const failure = (bytes: Uint8Array, path = 'test.docx'): string => {
    try {
      read({path, bytes}, {readers})
    } catch (error) {
      if (error instanceof PareilError) return error.message
      throw error
    }
    return 'read'
  }

  it('refuses a Word document whose XML is not well-formed, in one line that names the part', () => {
    const message = failure(wordFile('<w:p><w:r><w:t>unclosed</w:r></w:p>'))
    expect(message).toMatch(/^test\.docx: this Word document is damaged \(word\/document\.xml is not well-formed XML: .+\)$/)
    expect(message).not.toContain('\n')
  })

  it('names an Excel workbook or a PowerPoint presentation given as a Word document', () => {
    const workbook = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect(failure(workbook)).toBe('test.docx: this is an Excel workbook, not a Word document')
  })

  it('refuses a zip that is no Office document, an RTF file and an empty file', () => {
    expect(failure(zipSync({'notes.txt': strToU8('Hello')}))).toBe('test.docx: this is a zip archive, not a Word document')
    expect(failure(strToU8('{\\rtf1\\ansi Hello}'))).toBe('test.docx: this is an RTF document, not a Word document; save it as .docx')
    // Known by its contents whatever its name: not read as Markdown.
    expect(failure(strToU8('{\\rtf1\\ansi Hello}'), 'letter.rtf')).toBe('letter.rtf: this is an RTF document, not a Word document; save it as .docx')
    expect(failure(new Uint8Array())).toBe('test.docx: the file is empty')
  })

  it('refuses another OLE compound file than a Word or encrypted one as a legacy Office file', () => {
    const ole = new Uint8Array(1024)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(failure(ole, 'sheet.xls')).toBe('sheet.xls: this is a legacy Office file (an OLE compound file), not a Word document')
  })
})
