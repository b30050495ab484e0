import {createHash} from 'node:crypto'
import type {Element, ElementContent, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {formatHtml, htmlFormatter} from '../../src/report/html.js'
import {wrapRanges} from '../../src/report/html/nest.js'
import {reportScript, scriptHash} from '../../src/report/html/script.js'
import type {Report} from '../../src/types.js'
import {readFixture} from '../helpers.js'

const letter = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')})
const html = formatHtml(letter)
const tree = fromHtml(html)

function elements(root: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(root, 'element', (element: Element) => {
    if (test(element)) found.push(element)
  })
  return found
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  // Words for screen readers only are not the highlighted text.
  if (String(node.properties['className'] ?? '').includes('visually-hidden')) return ''
  return node.children.map(textOf).join('')
}

const byId = (id: string) => elements(tree, (element) => element.properties['id'] === id)
const classes = (element: Element) => (element.properties['className'] as string[] | undefined) ?? []

describe('the HTML report', () => {
  it('is the html formatter of check reports', () => {
    expect(htmlFormatter.id).toBe('html')
    expect(htmlFormatter.description).not.toContain('\n')
    expect(htmlFormatter.check?.(letter, {color: false})).toBe(html)
  })

  it('is self-contained: no external script, stylesheet, font, image or frame, and a CSP that forbids connections', () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/<(?:img|iframe|object|embed|video|audio|source)\b/i)
    expect(html).not.toMatch(/\bsrc=|url\(|@import/i)
    expect(html).not.toMatch(/https?:/)
    const policy = elements(tree, (element) => element.tagName === 'meta' && element.properties['httpEquiv'] !== undefined)[0]
    const content = String(policy?.properties['content'])
    expect(content).toContain("default-src 'none'")
    expect(content).toContain("connect-src 'none'")
    // The one inline script is allowed by its hash: a script injected by document text would not run.
    const hash = `sha256-${createHash('sha256').update(reportScript).digest('base64')}`
    expect(scriptHash, 'update scriptHash in src/report/html/script.ts').toBe(hash)
    expect(content).toContain(`script-src '${hash}'`)
    expect(elements(tree, (element) => element.tagName === 'script')).toHaveLength(1)
  })

  it('marks each finding’s place on both sides once, over exactly its text', () => {
    let marks = 0
    letter.findings.forEach((finding, index) => {
      for (const side of ['en', 'fr'] as const) {
        const span = finding[side]
        if (span === null) continue
        const [mark, ...others] = byId(`f${index + 1}-${side}`)
        expect(others, `f${index + 1}-${side}`).toHaveLength(0)
        expect(mark?.tagName).toBe('mark')
        if (mark === undefined) continue
        marks++
        if (span.text === '') expect(classes(mark)).toContain('caret')
        // A mark crossing another is split: its text is the id'd piece and its continuations.
        else expect(marksOf(index, side).map(textOf).join('')).toBe(span.text)
      }
    })
    expect(marks).toBe(letter.findings.flatMap((finding) => [finding.en, finding.fr]).filter((span) => span !== null).length)
  })

  it('shows the MRA sentence, “advertising” and “Canada” highlighted in their columns', () => {
    const mra = letter.findings.findIndex((finding) => finding.en?.text === 'MRA')
    expect(textOf(byId(`f${mra + 1}-en`)[0] as Element)).toBe('MRA')
    expect(textOf(byId(`f${mra + 1}-fr`)[0] as Element)).toMatch(/^Bien que je crois/)
    const list = letter.findings.findIndex((finding) => finding.rule === 'list-mismatch')
    expect(textOf(byId(`f${list + 1}-en`)[0] as Element)).toContain('advertising')
    const canada = letter.findings.findIndex((finding) => finding.fr?.text === 'Canada')
    expect(textOf(byId(`f${canada + 1}-fr`)[0] as Element)).toBe('Canada')
    expect(columnOf(`f${canada + 1}-fr`)).toBe('fr')
    expect(columnOf(`f${mra + 1}-en`)).toBe('en')
  })

  it('puts lang="en" and lang="fr" on the columns and an empty cell against an unpaired block', () => {
    const sides = elements(tree, (element) => classes(element).includes('side'))
    expect(
      sides.filter((side) => classes(side).includes('side-en') && !classes(side).includes('empty')).every((side) => side.properties['lang'] === 'en'),
    ).toBe(true)
    expect(
      sides.filter((side) => classes(side).includes('side-fr') && !classes(side).includes('empty')).every((side) => side.properties['lang'] === 'fr'),
    ).toBe(true)
    const unpaired = letter.pairs.findIndex((pair) => pair.en.length === 0)
    expect(textOf(byId(`pair-${unpaired + 1}`)[0] as Element)).toContain('no counterpart in the English')
  })

  it('gives each finding its severity, rule page, message, confidence and links to its two places with their lines', () => {
    const list = letter.findings.findIndex((finding) => finding.rule === 'list-mismatch')
    const card = byId(`f${list + 1}`)[0] as Element
    const text = textOf(card)
    expect(text).toContain('warning')
    expect(text).toContain('the French enumeration has 6 items')
    expect(text).toMatch(/confidence 0\.\d\d/)
    expect(text).toMatch(/English: fixtures\/ministerial-letter-2021\.md:\d+:\d+/)
    const links = elements(card, (element) => element.tagName === 'a').map((link) => link.properties['href'])
    expect(links).toEqual(expect.arrayContaining(['docs/rules/list-mismatch.md', `#f${list + 1}-en`, `#f${list + 1}-fr`]))
  })

  it('opens on a summary with layout, parts and counts by severity and rule, in landmarks', () => {
    const nav = elements(tree, (element) => element.tagName === 'nav')[0] as Element
    const summary = textOf(nav)
    expect(summary).toContain('en-fr-halves')
    expect(summary).toMatch(/English: fixtures\/ministerial-letter-2021\.md:3–57/)
    expect(summary).toContain('list-mismatch')
    expect(summary).toContain('Findings by rule')
    for (const tag of ['header', 'main', 'nav', 'h1']) expect(elements(tree, (element) => element.tagName === tag)).toHaveLength(1)
    expect(html).toMatch(/<a class="skip-link" href="#pairs-title">/)
  })

  it('escapes document text, messages and paths: markup in them never becomes markup', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"'
    const report = check({path: 'evil<b>.md', text: `The rule ${evil} applies to 12 people.\n\nLa règle ${evil} s’applique à 13 personnes.\n`})
    const page = formatHtml({...report, findings: report.findings.map((finding) => ({...finding, message: `${finding.message} ${evil}`}))})
    expect(report.findings.length).toBeGreaterThan(0)
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(elements(fromHtml(page), (element) => element.tagName === 'script')).toHaveLength(1)
    expect(elements(fromHtml(page), (element) => element.tagName === 'img')).toHaveLength(0)
  })

  it('links only web addresses and plain paths as rule pages', () => {
    const [first] = letter.findings
    if (first === undefined) throw new Error('the letter has findings')
    const report: Report = {...letter, findings: [{...first, docs: 'javascript:alert(1)'}], summary: {errors: 0, warnings: 0, infos: 1}}
    expect(formatHtml(report)).not.toContain('javascript:')
  })

  it('writes a report without findings or pairs', () => {
    const report = check({path: 'same.md', text: 'The Minister agrees.\n\nLa ministre est d’accord.\n'})
    const page = formatHtml({...report, findings: [], summary: {errors: 0, warnings: 0, infos: 0}})
    expect(page).toContain('No findings')
    expect(formatHtml({...report, pairs: [], findings: []})).toContain('Blocks in no pair')
  })
})

describe('the HTML report in French', () => {
  const lettre = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}, {locale: 'fr'})
  const page = formatHtml(lettre, 'fr')
  const frTree = fromHtml(page)
  /** The page's own words: its text outside the two columns and the messages, and its labels in attributes. */
  const ownText = (root: Root | Element): string =>
    root.type === 'root'
      ? root.children.map((child) => (child.type === 'element' || child.type === 'text' ? ownText(child as Element) : '')).join('')
      : root.type !== 'element'
        ? ((root as unknown as {value?: string}).value ?? '')
        : (classes(root).includes('side') && !classes(root).includes('empty')) ||
            classes(root).includes('message') ||
            ['script', 'style', 'q', 'code'].includes(root.tagName)
          ? ''
          : root.children.map((child) => ownText(child as Element)).join('')
  const labels = elements(frTree, () => true).flatMap((element) =>
    ['title', 'ariaLabel', 'dataShown', 'dataCurrent'].map((name) => element.properties[name]).filter((value) => typeof value === 'string'),
  ) as string[]
  const words = `${ownText(frTree)}\n${labels.filter((label) => !label.includes('[')).join('\n')}`

  it('is the html formatter with --locale fr', () => {
    expect(htmlFormatter.check?.(lettre, {color: false, locale: 'fr'})).toBe(page)
  })

  it('is in Canadian French, with the columns still in English and French', () => {
    expect(page).toContain('<html lang="fr-CA">')
    expect(elements(frTree, (element) => classes(element).includes('side-en') && !classes(element).includes('empty'))[0]?.properties['lang']).toBe('en')
    expect(elements(frTree, (element) => classes(element).includes('side-fr') && !classes(element).includes('empty'))[0]?.properties['lang']).toBe('fr')
  })

  it('says its headings, labels, severities and numbers in French', () => {
    for (const word of [
      'Sommaire',
      'Filtres',
      'Gravité',
      'Les deux versions, paire par paire',
      'Constats par gravité',
      'Constats par règle',
      'Disposition',
      'moitié anglaise, puis moitié française',
      'aucun équivalent dans la version anglaise',
      'Constat précédent',
      'Constat suivant',
      'Aller aux deux versions',
      'Paire 1',
      'avertissement',
      'erreur',
    ])
      expect(words, word).toContain(word)
    expect(words).toMatch(/confiance 0,\d\d/)
    expect(words).toMatch(/alignement \d,\d\d, équivalence \d,\d\d/)
    // Canadian typography: a no-break space before the colon.
    expect(words).toMatch(/Anglais\u00a0: fixtures\/ministerial-letter-2021\.md:\d+/)
    const status = byIdIn(frTree, 'finding-status')
    expect(status?.properties['dataCurrent']).toBe('Constat {n} sur {total}\u00a0: ')
  })

  it('leaves none of the report’s English words', () => {
    for (const english of [
      'Summary',
      'Filters',
      'Severity',
      'Skip to',
      'The two versions',
      'pair by pair',
      'Findings',
      'findings shown',
      'Finding ',
      'Previous finding',
      'Next finding',
      'no counterpart',
      'missing here',
      'confidence',
      'Layout',
      'Parts',
      'Blocks',
      'English',
      'French',
      'warning',
      'error',
      'only pairs',
      'aligned pairs',
      'report:',
      'compared by',
      "rule's documentation",
      'divergence as',
    ])
      expect(words, english).not.toContain(english)
  })

  it('keeps the one script, its hash still allowing it', () => {
    const policy = elements(frTree, (element) => element.tagName === 'meta' && element.properties['httpEquiv'] !== undefined)[0]
    expect(String(policy?.properties['content'])).toContain(`script-src '${scriptHash}'`)
    expect(page).toContain(`<script>${reportScript}</script>`)
    expect(reportScript).not.toMatch(/Finding|Constat|findings shown/)
  })
})

describe('wrapping ranges of text', () => {
  const wrap = (start: number, end: number, name: string) => ({start, end, open: (first: boolean) => `<${name}${first ? '' : "'"}>`, close: `</${name}>`})

  it('nests, reopens crossing ranges and inserts carets, escaping the text', () => {
    expect(wrapRanges('a<b>c', [wrap(0, 5, 'x'), wrap(1, 4, 'y')])).toBe('<x>a<y>&lt;b&gt;</y>c</x>')
    expect(wrapRanges('abcd', [wrap(0, 2, 'x'), wrap(1, 4, 'y')])).toBe("<x>a<y>b</y></x><y'>cd</y>")
    expect(wrapRanges('ab', [wrap(1, 1, 'c')])).toBe('a<c>b')
  })
})

/** The pieces of a finding's mark on one side: the one with the id and those reopened after a crossing mark. */
function marksOf(index: number, side: string): Element[] {
  return elements(
    tree,
    (element) => element.tagName === 'mark' && element.properties['dataFinding'] === `f${index + 1}` && element.properties['dataSide'] === side,
  )
}

const byIdIn = (root: Root, id: string) => elements(root, (element) => element.properties['id'] === id)[0]

/** The language of the column holding an element. */
function columnOf(id: string): string | undefined {
  const side = elements(tree, (element) => classes(element).includes('side')).find(
    (candidate) => elements(candidate, (inner) => inner.properties['id'] === id).length > 0,
  )
  return side?.properties['lang'] as string | undefined
}
