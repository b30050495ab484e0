import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {check, detectLayout} from '../../src/pipeline.js'
import {read} from '../../src/read/index.js'
import type {Report} from '../../src/types.js'
import {mappingProblems, readFixture, schemaErrors} from '../helpers.js'

// Fixtures made by the `xliff` and `tmexchange` packages: scripts/fixtures/units.mjs.
const raised = (report: Report) => report.findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.rule}: ${finding.message}`)
const decodeXml = (text: string) =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")

describe.each(['letter.xlf', 'letter-12.xlf', 'letter.tmx'])('the seed letter’s sentence pairs as %s', (name) => {
  const text = readFixture(`formats/${name}`)
  const report = check({path: name, text})

  it('pairs each unit’s English with its French, without alignment, and still finds the dropped “advertising”', () => {
    expect(report.layout).toBe('interleaved')
    expect(report.pairs).toHaveLength(44)
    expect(report.pairs.every((pair) => pair.en.length === 1 && pair.fr.length === 1)).toBe(true)
    expect(raised(report)).toContain('list-mismatch: the French enumeration has 6 items where the English has 7; no counterpart for “advertising”')
    expect(schemaErrors(report)).toBe('')
  })

  it('points into the XML, naming the unit', () => {
    const [document] = read({path: name, text})
    for (const block of document?.blocks ?? []) expect(mappingProblems(document as never, block)).toBe('')
    const advertising = report.findings.find((finding) => finding.rule === 'list-mismatch')
    const span = advertising?.en
    expect(decodeXml(text.slice(span?.position.start.offset, span?.position.end.offset))).toBe(span?.text)
    expect(span?.place).toMatch(/^unit s\d+, line \d+:\d+$/)
    expect(report.blocks.every((block) => block.unit !== undefined)).toBe(true)
  })
})

describe.each(['defects.xlf', 'defects-12.xlf', 'defects.tmx'])('a file of units with a translator’s defects: %s', (name) => {
  const report = check({path: name, text: readFixture(`formats/${name}`)})
  const rules = raised(report)

  it('reports an empty target, a target left in English and a changed number, each once', () => {
    expect(rules).toEqual(
      expect.arrayContaining([
        'omitted-content: the French has no counterpart for this English paragraph: “Applications received after the deadline will be reviewed case by case.”',
        'untranslated: this paragraph of the French version is in English, word for word as in the English version',
        'number-mismatch: the English “45” became “54” in the French',
      ]),
    )
    expect(report.findings.filter((finding) => finding.severity !== 'info' && finding.en?.text.includes('Monday'))).toEqual([])
  })

  it.runIf(name.endsWith('.xlf'))('reports each inline tag the target drops', () => {
    expect(rules.filter((rule) => rule.startsWith('format-mismatch'))).toEqual([
      'format-mismatch: the tag 1 of the English has no counterpart in the French: the translation must keep the tags of its source',
      'format-mismatch: the tag 2 of the English has no counterpart in the French: the translation must keep the tags of its source',
    ])
  })
})

describe('XLIFF in either direction and its flavours', () => {
  it('reads a file whose source is French', () => {
    const report = check({path: 'fr-en.xlf', text: readFixture('formats/fr-en.xlf')})
    expect(report.blocks.map((block) => [block.lang, block.text])).toEqual([
      ['fr', 'Le bureau sera fermé lundi.'],
      ['en', 'The office will be closed on Monday.'],
    ])
    expect(report.findings).toEqual([])
  })

  it('pairs SDLXLIFF segments (mrk mtype="seg") by their mid, and keeps tags that match', () => {
    const sdl = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
<file original="notice.docx" source-language="en-US" target-language="fr-CA" datatype="x-sdlfilterframework2"><body>
<trans-unit id="a1"><source>The office is closed. Call us on Monday.</source>
<seg-source><mrk mtype="seg" mid="1">The office is <g id="5">closed</g>.</mrk> <mrk mtype="seg" mid="2">Call us on Monday.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Le bureau est <g id="5">fermé</g>.</mrk> <mrk mtype="seg" mid="2">Appelez-nous lundi.</mrk></target></trans-unit>
</body></file></xliff>`
    const report = check({path: 'notice.sdlxliff', text: sdl})
    expect(report.blocks.map((block) => [block.unit, block.text])).toEqual([
      ['a1/1', 'The office is closed.'],
      ['a1/1', 'Le bureau est fermé.'],
      ['a1/2', 'Call us on Monday.'],
      ['a1/2', 'Appelez-nous lundi.'],
    ])
    expect(raised(report)).toEqual([])
  })

  it('reads a file that names no target language, its targets taking the other language of the pair', () => {
    const xliff = `<xliff version="1.2"><file source-language="en" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>The office will be closed for 3 days for maintenance of the building.</source><target>Le bureau sera fermé pendant 4 jours pour l’entretien de l’immeuble.</target></trans-unit>
<trans-unit id="2"><source>Applications are accepted all year.</source></trans-unit>
</body></file></xliff>`
    const report = check({path: 'no-target.xlf', text: xliff})
    expect(report.pairs.map((pair) => [pair.en.length, pair.fr.length])).toEqual([
      [1, 1],
      [1, 0],
    ])
    expect(raised(report)).toEqual(
      expect.arrayContaining([
        'number-mismatch: the English “3” became “4” in the French',
        'omitted-content: the French has no counterpart for this English paragraph: “Applications are accepted all year.”',
      ]),
    )
  })

  it('refuses a file that pairs other languages, and one that is not XLIFF, with one line', () => {
    const german =
      '<xliff version="2.0" srcLang="de" trgLang="es"><file id="f"><unit id="1"><segment><source>Hallo</source><target>Hola</target></segment></unit></file></xliff>'
    expect(() => check({path: 'de-es.xlf', text: german})).toThrow(
      new PareilError('bad-input', 'de-es.xlf: this XLIFF file pairs de and es; pareil checks English and French'),
    )
    expect(() => detectLayout({path: 'broken.xlf', text: '<?xml version="1.0"?><xlf></xlf>'})).toThrow(PareilError)
  })
})
