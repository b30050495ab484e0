import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {check, detectLayout} from '../../src/pipeline.js'
import {read} from '../../src/read/index.js'
import type {Block, Document, Finding, Report} from '../../src/types.js'
import {mappingProblems, readFixture, schemaErrors} from '../helpers.js'

const readHtml = (text: string, path = 'page.html'): Document => {
  const [document] = read({path, text})
  if (document === undefined) throw new Error('no document')
  for (const block of document.blocks) expect(mappingProblems(document, block)).toBe('')
  return document
}
const summary = (block: Block) => ({kind: block.kind, text: block.text, ...(block.declaredLang === undefined ? {} : {lang: block.declaredLang})})

const page = `<!DOCTYPE html>
<html lang="en">
<head><title>Notice</title><style>p { color: red }</style></head>
<body>
<header><p>Canada.ca banner</p></header>
<nav><ul><li><a href="/fr/avis.html">Français</a></li></ul></nav>
<main>
  <h1>Service notice</h1>
  <p>The office will be <strong>closed</strong> on
     <em>Monday</em> for <a href="/en/maintenance.html">maintenance</a>; run <code>npm test</code>.</p>
  <p hidden>Draft only.</p>
  <div style="display: none"><p>Not shown.</p></div>
  <ul>
    <li>Counter service
      <ul><li>Passports</li><li>Visas</li></ul>
    </li>
    <li>Phone line</li>
  </ul>
  <table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody><tr><td>Monday</td><td>Closed</td></tr></tbody></table>
  <blockquote><p>Safety first.</p></blockquote>
  <p lang="fr">Le bureau sera fermé lundi.</p>
  <pre>
npm install
npm test</pre>
  <p>Line one<br>line two<br></p>
  <section class="pagedetails"><dl><dt>Date modified:</dt><dd>2024-01-01</dd></dl></section>
</main>
<footer><p>Terms and conditions</p></footer>
<script>console.log('x')</script>
</body>
</html>
`

describe('HTML reader', () => {
  it('reads the main content, block by block, and leaves the page chrome, scripts and hidden parts out', () => {
    const document = readHtml(page)
    expect(document.blocks.map(summary)).toEqual([
      {kind: 'heading', text: 'Service notice'},
      {kind: 'paragraph', text: 'The office will be closed on Monday for maintenance; run npm test.'},
      {kind: 'list-item', text: 'Counter service'},
      {kind: 'list-item', text: 'Passports'},
      {kind: 'list-item', text: 'Visas'},
      {kind: 'list-item', text: 'Phone line'},
      {kind: 'table-cell', text: 'Day'},
      {kind: 'table-cell', text: 'Hours'},
      {kind: 'table-cell', text: 'Monday'},
      {kind: 'table-cell', text: 'Closed'},
      {kind: 'blockquote', text: 'Safety first.'},
      {kind: 'paragraph', text: 'Le bureau sera fermé lundi.', lang: 'fr'},
      {kind: 'code', text: 'npm install\nnpm test'},
      {kind: 'paragraph', text: 'Line one\nline two'},
    ])
  })

  it('keeps headings, lists, tables, quotes, code and inline marks with their places', () => {
    const [heading, paragraph, counter, passports, , phone, day, , monday, , quote, , code] = readHtml(page).blocks as Block[]
    expect(heading?.depth).toBe(1)
    expect(paragraph?.marks.map((mark) => [mark.kind, paragraph.text.slice(mark.start, mark.end), mark.url])).toEqual([
      ['strong', 'closed', undefined],
      ['emphasis', 'Monday', undefined],
      ['link', 'maintenance', '/en/maintenance.html'],
      ['inline-code', 'npm test', undefined],
    ])
    expect(counter?.list).toMatchObject({ordinal: 1, ordered: false, depth: 1})
    expect(passports?.list).toMatchObject({ordinal: 1, depth: 2})
    expect(phone?.list).toMatchObject({ordinal: 2, depth: 1, id: counter?.list?.id})
    expect(day?.table).toEqual({id: 1, row: 0, column: 0})
    expect(monday?.table).toEqual({id: 1, row: 1, column: 0})
    expect(quote?.quoted).toBe(true)
    expect(code?.prose).toBe(false)
    // Lines and columns are those of the HTML source.
    expect(paragraph?.position.start).toMatchObject({line: 9, column: 6})
  })

  it('reads the paragraphs of a loose list’s items and of table cells as items and cells', () => {
    const document = readHtml(
      '<main><ul><li><p>Clone the repository.</p></li><li><p>Install Hugo.</p><p>Use version 0.55.</p></li></ul><table><tr><td><p>Fee</p></td></tr></table></main>',
    )
    expect(document.blocks.map((block) => [block.kind, block.text, block.list?.ordinal ?? block.table?.row])).toEqual([
      ['list-item', 'Clone the repository.', 1],
      ['list-item', 'Install Hugo.', 2],
      ['list-item', 'Use version 0.55.', 2],
      ['table-cell', 'Fee', 0],
    ])
  })

  it('decodes character references and collapses white space, mapping every character back to the source', () => {
    const document = readHtml('<main><p>Caf&eacute;&nbsp;au   lait,\n   &laquo;&#160;s.v.p.&#xA0;&raquo;</p></main>')
    expect(document.blocks[0]?.text).toBe('Café\u00a0au lait, «\u00a0s.v.p.\u00a0»')
  })

  it('skips a static site’s front matter, keeping the lines of the file', () => {
    const document = readHtml('---\ntitle: "Notice"\nlayout: page\n---\n<h2>Your privacy</h2>\n<p>It is protected.</p>\n')
    expect(document.blocks.map((block) => [block.text, block.position.start.line])).toEqual([
      ['Your privacy', 5],
      ['It is protected.', 6],
    ])
  })

  it('refuses a page with no main text with one line', () => {
    expect(() => check({path: 'empty.html', text: '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>'})).toThrow(
      new PareilError('no-text', 'empty.html: no prose to check (no text blocks)'),
    )
  })

  it('takes a language set inside the page as the block’s, but not the page’s own lang over a bilingual page', () => {
    const bilingual = check({
      path: 'avis.html',
      text: '<html lang="en"><body><main><h1>Notice</h1><p>The office will be closed on Monday for maintenance of the building.</p><h1>Avis</h1><p>Le bureau sera fermé lundi pour l’entretien de l’immeuble.</p></main></body></html>',
    })
    expect(bilingual.layout).toBe('en-fr-halves')
    expect(bilingual.findings.filter((finding) => finding.severity !== 'info')).toEqual([])
  })
})

describe('the seed letter as HTML (made by pandoc: scripts/fixtures/html.sh)', () => {
  const markdown = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
  const html = check({path: 'letter.html', text: readFixture('formats/letter.html')})
  const raised = (report: Report) => report.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.rule}: ${finding.message}`)

  it('gives the layout, the pairs and the findings of the Markdown letter', () => {
    expect(html.layout).toBe(markdown.layout)
    expect(html.pairs.length).toBe(markdown.pairs.length)
    expect(raised(html)).toEqual(raised(markdown))
    expect(schemaErrors(html)).toBe('')
  })

  it('points every finding at its text in the HTML source', () => {
    const source = readFixture('formats/letter.html')
    const plain = (markup: string) =>
      markup
        .replace(/<[^>]*>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&rsquo;/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
    const spans = html.findings.flatMap((finding: Finding) => [finding.en, finding.fr]).filter((span) => span !== null && span.text !== '')
    expect(spans.length).toBeGreaterThan(5)
    for (const span of spans) expect(plain(source.slice(span?.position.start.offset, span?.position.end.offset))).toBe(span?.text.replace(/\s+/g, ' '))
  })
})

describe('an English page and its French page (cds-snc/digital-canada-ca, MIT)', () => {
  const inputs = [
    {path: 'privacy-en.html', text: readFixture('formats/privacy-en.html')},
    {path: 'privacy-fr.html', text: readFixture('formats/privacy-fr.html')},
  ] as const

  it('reads as separate files, aligned heading with heading and paragraph with paragraph', () => {
    const detected = detectLayout(inputs)
    expect(detected.layout).toBe('separate')
    const report = check(inputs)
    const headings = report.pairs.filter(
      (pair) => pair.en.length === 1 && pair.fr.length === 1 && report.blocks.find((block) => block.id === pair.en[0])?.kind === 'heading',
    )
    expect(headings.length).toBeGreaterThan(10)
    expect(schemaErrors(report)).toBe('')
  })

  it('finds the heading set a level lower in the French, at its lines in both files', () => {
    const report = check(inputs)
    const level = report.findings.find((finding) => finding.message === 'the English heading is level 2, the French one level 3')
    expect([level?.en?.text, level?.fr?.text]).toEqual(['What the app collects and stores on your phone', 'Données collectées et stockées sur votre téléphone'])
    expect(level?.en?.position.start.line).toBe(21)
    expect(level?.fr?.position.start.line).toBe(16)
  })
})

describe('an English HTML page against a French file of another format', () => {
  it('reads each with its own reader and checks them as separate files', () => {
    const report = check([
      {path: 'privacy-en.html', text: readFixture('formats/privacy-en.html')},
      {path: 'privacy-fr.md', text: readFixture('formats/privacy-fr.md')},
    ])
    expect(report.sources.map((source) => source.format)).toEqual(['html', 'markdown'])
    expect(report.layout).toBe('separate')
    const level = report.findings.find((finding) => finding.message === 'the English heading is level 2, the French one level 3')
    expect(level?.en?.position.start.line).toBe(21)
    expect(level?.fr?.text).toBe('Données collectées et stockées sur votre téléphone')
  })
})
