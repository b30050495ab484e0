// The regular-expression audit (docs/regex-audit.md): no regex of src/ may take super-linear time, and each regex
// that once did runs its old hostile input through the function that uses it.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {auditRegexes, defaultCachePath, formatTable} from '../scripts/regex-audit-lib.mjs'
import {brokenImagesIn, onlyBrokenImages} from '../src/check/broken-image.js'
import {isLanguageNotice} from '../src/check/language-notice.js'
import {findDates} from '../src/check/values/dates.js'
import {relateLinks} from '../src/check/values/links.js'
import {findNames} from '../src/check/values/names.js'
import {textLanguage} from '../src/detect/language.js'
import {requote} from '../src/i18n/typography.js'
import {check, detectLayout, isNavigation, parseTmx, read, tmxReader, xliffReader} from '../src/index.js'
import {replaceDelimited} from '../src/read/delimited.js'
import {localizeSources} from '../src/i18n/notices.js'
import {openWordPackage} from '../src/read/docx/archive.js'
import type {Fragment} from '../src/read/pdf/fragments.js'
import {findFurniture} from '../src/read/pdf/furniture.js'
import {hyphenationOf} from '../src/read/pdf/hyphenation.js'
import {lineText} from '../src/read/pdf/line-text.js'
import {attributesOf, xmlText} from '../src/read/xml.js'
import {formatDetection} from '../src/report/text.js'
import {parseDictd} from '../src/words/freedict.js'
import {Lexicon} from '../src/words/lexicon.js'

describe('the regex audit', () => {
  it('finds no vulnerable regex in src/, and every allow-list marker has a reason and a regex', () => {
    // Verdicts come from scripts/regex-audit-cache.json (`node scripts/audit-regex.mjs` keeps it); a regex new or
    // changed since is checked by recheck here. REGEX_AUDIT_FRESH=1 checks them all again (about two minutes).
    const result = auditRegexes({cache: defaultCachePath(), writeCache: false, fresh: process.env['REGEX_AUDIT_FRESH'] === '1'})
    expect(result.rows.length).toBeGreaterThan(400)
    const vulnerable = result.rows.filter((row) => row.status === 'vulnerable')
    expect(formatTable(vulnerable)).toBe(formatTable([]))
    expect(result.problems).toEqual([])
  }, 180_000)

  it('reads real regexes, works out constant patterns, and holds the allow-list to its convention', () => {
    const root = mkdtempSync(join(tmpdir(), 'regex-audit-'))
    try {
      mkdirSync(join(root, 'src'))
      writeFileSync(
        join(root, 'src', 'a.ts'),
        [
          'const word = String.raw`\\w+`',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is TypeScript source, templates included
          "export const twice = new RegExp(`^(?:${word})+$`, 'u')",
          "const text = '/not a regex/ in a string'",
          '// regex-safe: the input is one character long, checked just above',
          'export const bounded = /(a|a)*$/',
          '// regex-safe:',
          'export const unexplained = /^(a+)+$/',
          '// regex-safe: nothing follows this marker',
          '',
          'export const linear = /^ab+c$/',
          'export function built(name: string) { return new RegExp(name) }',
          'void text',
        ].join('\n'),
      )
      const {rows, problems, warnings} = auditRegexes({cwd: root, cache: null})
      expect(rows.map((row) => [row.line, row.status, row.source])).toEqual([
        [2, 'vulnerable', String.raw`^(?:\w+)+$`],
        [5, 'allowed', '(a|a)*$'],
        [7, 'allowed', '^(a+)+$'],
        [10, 'safe', '^ab+c$'],
        [11, 'dynamic', null],
      ])
      expect(problems.join('\n')).toMatch(/src\/a\.ts:2: vulnerable/)
      expect(problems.join('\n')).toMatch(/src\/a\.ts:7: 'regex-safe:' needs a reason/)
      expect(problems.join('\n')).toMatch(/src\/a\.ts:8: 'regex-safe:' covers no regex/)
      expect(warnings.join('\n')).toMatch(/src\/a\.ts:11: pattern built at run time/)
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  }, 60_000)
})

// Each of these took time quadratic (or worse) in the length of its input before the audit; each now finishes.
const n = 50_000
describe('the regexes the audit fixed finish on their old hostile input', () => {
  it('check/broken-image.ts: `![` without `]`', () => {
    const text = '\t(![)'.repeat(n / 5) + '\n(")'
    expect(brokenImagesIn(text)).toEqual([])
    expect(onlyBrokenImages(text)).toBe(false)
  })

  it('check/language-notice.ts: white space between "only" and "in"', () => {
    expect(typeof isLanguageNotice(`only\t${'\t'.repeat(n)}\tfrenchonly\tin\tfrench`)).toBe('boolean')
  })

  it('check/values/links.ts: an address whose path meets a line break', () => {
    expect(relateLinks(`A://${'A'.repeat(n)}A://\n`, 'https://example.ca', new Lexicon())).toBe('different')
  })

  it('check/values/names.ts: e-mail addresses and reference numbers', () => {
    expect(findNames(`0${'-0'.repeat(n / 2)}0.0`, 'en')).toEqual([])
    expect(findNames(`${'000-'.repeat(n / 4)}000\x00A-00`, 'en').map((name) => name.kind)).toEqual(['reference number'])
  })

  it('check/values/dates.ts: the white space after a date, and month names over and over', () => {
    expect(findDates(`May 5${'\t'.repeat(n)}`).map((date) => date.value)).toEqual(['--05-05'])
    expect(findDates('mai janvier '.repeat(n / 12))).toEqual([])
  })

  it('detect/language.ts: white space, template tags, addresses and code-like tokens', () => {
    for (const text of [
      '\t'.repeat(n),
      `${'\n\t'.repeat(n / 2)}a`,
      '{%'.repeat(n / 2),
      `${'\x00'.repeat(n / 3)}${'@\x00'.repeat(n / 3)}.\t.@..@`,
      `${'\x00'.repeat(n)}\t#`,
    ]) {
      expect(textLanguage(text).lang).toBeDefined()
    }
  })

  it('read/delimited.ts: openings that never close', () => {
    expect(replaceDelimited('{%'.repeat(n), [['{%', '%}']], ' ')).toBe('{%'.repeat(n))
  })

  it('i18n/typography.ts: curly quotes that never close', () => {
    expect(requote('“'.repeat(n))).toBe('“'.repeat(n))
  })

  it('read/xml.ts: comments, sections, inline codes and tags that never close, and attribute names', () => {
    for (const text of ['<!--'.repeat(n / 4), '><![CDATA['.repeat(n / 10), `e${'<it>i'.repeat(n / 5)}`, '<\x00'.repeat(n / 2)]) {
      expect(xmlText(text).length).toBeGreaterThan(0)
    }
    expect(attributesOf(`${'-'.repeat(n)}=-=""`)).toEqual({'-': ''})
  })

  it('read/xml.ts: elements that never close, and units without the element looked for', () => {
    expect(parseTmx(`<tmx version="1.4"><body>${'<tu>'.repeat(n / 4)}</body></tmx>`)).toEqual([])
    const units = '<trans-unit id="u"><source>Hello there</source><target>Bonjour à tous</target></trans-unit>'.repeat(n / 25)
    const xliff = `<xliff version="1.2"><file source-language="en" target-language="fr"><body>${units}</body></file></xliff>`
    expect(read({path: 'units.xlf', text: xliff})[0]?.blocks.length).toBe((2 * n) / 25)
  })

  it('read/tmx.ts and read/xliff.ts: comments before the root element', () => {
    expect(tmxReader.sniff?.(`<!---->${'\t<!--x><tmx>-->\t<!--x><tmx>-->'.repeat(26)}\t><tmx\t`, undefined)).toBe(false)
    expect(xliffReader.sniff?.(`<!-${'---><!--><!----><!-'.repeat(27)}`, undefined)).toBe(false)
  })

  it('read/xliff.ts: a unit id of slashes', () => {
    const id = `${'/'.repeat(n)}&#10;/`
    const xliff = `<xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="${id}"><source>Hello there</source><target>Bonjour à tous</target></trans-unit></body></file></xliff>`
    expect(read({path: 'units.xlf', text: xliff}).length).toBeGreaterThan(0)
  })

  it('read/plain-text.ts: a line of white space', () => {
    expect(read({path: 'notes.txt', text: `Hello.\n${'\t'.repeat(n)}\nBonjour.`})[0]?.blocks.length).toBe(2)
  })

  it('read/markdown.ts: stray fences, inline lists, suppression comments, template and code lines', () => {
    const texts = [
      `\`\`\`\`${'\t'.repeat(n)}\\`,
      `A${'\ti.\tA'.repeat(n / 5)}`,
      `<!--pareil-disable-next-block\t${'\t'.repeat(n)}`,
      `..\ta:\t${'\t'.repeat(n)}\u2028A:%}`,
      `import  ${' '.repeat(n)}\x00\nimport  ${' '.repeat(n)}\x00`,
      `import a${'\t'.repeat(n)}\u2028x`,
    ]
    for (const text of texts) expect(read({path: 'page.md', text: `# Title\n\n${text}\n`}).length).toBe(1)
  })

  it('read/pdf/hyphenation.ts: a word of punctuation', () => {
    expect(hyphenationOf([`0${'\x00'.repeat(n)}\x000`, 'in-', 'formation']).join('in-', 'formation')).toBeDefined()
  })

  it('read/pdf/line-text.ts and read/pdf/furniture.ts: trailing white space, page numbers and running lines', () => {
    const fragment = (page: number, y: number, text: string): Fragment => ({
      page,
      row: 0,
      runs: [{text, x0: 0, x1: 100, y, size: 10, bold: false, italic: false}],
      x0: 0,
      x1: 100,
      y,
      size: 10,
      text,
    })
    expect(lineText([fragment(1, 400, `a${'\t'.repeat(n)}\x00\t`)]).text).toBe(`a${'\t'.repeat(n)}\x00`)
    const pageNumber = `P.${'\t'.repeat(n / 2)}0\t${'\t'.repeat(n / 2)}\t-0`
    const running = `${'\x00'.repeat(n)}\t0`
    const pages = [1, 2, 3].map((number) => ({number, height: 800}))
    const atFoot = fragment(1, 795, pageNumber)
    const furniture = findFurniture(pages, [atFoot, ...pages.map((page) => fragment(page.number, 5, running))])
    expect(furniture.get(atFoot)).not.toBe('page-number')
  })

  it('read/docx/archive.ts: a content-type override that never closes', () => {
    const bytes = zipSync({'[Content_Types].xml': strToU8('<Override\x00'.repeat(n / 10))})
    expect(() => openWordPackage(bytes, 'letter.docx')).toThrow(/not a Word document/)
  })

  it('report/text.ts: a place that names a heading of column numbers', () => {
    const report = detectLayout({path: 'letter.md', text: '# Letter\n\nThe minister wrote to us.\n'})
    const block = report.blocks[0] as {place?: string}
    block.place = `paragraph 1, column 0${'0'.repeat(n)}\n, column 0`
    expect(formatDetection(report)).toContain('paragraph 1, column 0')
  })

  it('i18n/notices.ts: a long count in a notice of tracked changes', () => {
    const notice = `the document has tracked changes (${'0'.repeat(n)}t0 move): checked as it reads with them accepted`
    expect(localizeSources([{path: 'letter.docx', format: 'docx', notices: [notice]}], 'fr')[0]?.notices?.[0]).toMatch(/^le document contient/)
  })

  it('detect/navigation.ts: white space without a separator, and runs of punctuation', () => {
    for (const text of [`${'\t'.repeat(100)}\n`, `!${'!'.repeat(100)}\x00`]) {
      expect(isNavigation({...detectLayout({path: 'nav.md', text: 'Home\n'}).blocks[0], text, prose: true} as never)).toBe(false)
    }
  })

  it('words/freedict.ts: brackets that never close', () => {
    const data = new TextEncoder().encode(`word\n${'['.repeat(n)}//\n`)
    const number = (value: number) => {
      const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
      let out = ''
      for (let rest = value; rest > 0 || out === ''; rest = Math.floor(rest / 64)) out = (digits[rest % 64] as string) + out
      return out
    }
    expect(parseDictd(`word\t${number(0)}\t${number(data.length)}\n`, data)).toEqual([])
  })

  it('check (terms, format-mismatch, unpaired, detect/layout): a document of hostile paragraphs and headings', () => {
    const hostile = [`${'\t'.repeat(n)}(ABC)`, '[\x00]\t(]'.repeat(n / 8), `# ${'A'.repeat(n)}A`].join('\n\n')
    const report = check({path: 'letter.md', text: `# Letter\n\nThe minister wrote to us.\n\n# Lettre\n\nLa ministre nous a écrit.\n\n${hostile}\n`})
    expect(report.findings).toBeDefined()
    // The whole check of a document (reading, detection, alignment, rules) takes a few seconds here.
  }, 60_000)
})
