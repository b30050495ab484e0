import {describe, expect, it} from 'vitest'
import tmexchange from 'tmexchange'
import xliff from 'xliff'
import {check} from '../../src/pipeline.js'
import {formatJsonLines} from '../../src/report/jsonl.js'
import {formatTmx} from '../../src/report/tmx.js'
import {reportUnits} from '../../src/report/units.js'
import {formatXliff} from '../../src/report/xliff.js'
import {readFixture} from '../helpers.js'

const letter = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
const units = reportUnits(letter)
const complete = units.filter((unit) => unit.en !== '' && unit.fr !== '')
// What a CAT tool's reader gives back: {resources: {file: {unit: {source, target, note?}}}}, text flattened.
const flat = (segment: unknown): string => {
  if (typeof segment === 'string') return segment
  if (Array.isArray(segment)) return segment.map(flat).join('')
  // An inline element: {Span: {id, subType, contents}}, {GenericSpan: {…}}, {Standalone: {id}} (no text).
  const element = segment !== null && typeof segment === 'object' ? (Object.values(segment)[0] as {contents?: unknown}) : undefined
  return element?.contents === undefined ? '' : flat(element.contents)
}
/** The inline elements of a segment as [kind, id, type, text]. */
const inlineOf = (segment: unknown): unknown[][] =>
  Array.isArray(segment)
    ? segment.flatMap((part) => {
        if (part === null || typeof part !== 'object') return []
        const [kind, element] = Object.entries(part)[0] as [string, {id: string; subType?: string; ctype?: string; contents?: unknown}]
        return [[kind, element.id, element.subType ?? element.ctype, flat(element.contents ?? '')], ...inlineOf(element.contents)]
      })
    : []

describe('--format xliff and --format tmx: the aligned sentence pairs for a CAT tool', () => {
  it('writes XLIFF 2.0 that the xliff package reads back, every pair with its characters', async () => {
    const read = await xliff.xliff2js(formatXliff(letter))
    expect(read.sourceLanguage).toBe('en')
    expect(read.targetLanguage).toBe('fr')
    const back = Object.entries(read.resources.f1 as Record<string, {source: unknown; target?: unknown}>)
    expect(back.map(([id, unit]) => [id, flat(unit.source), flat(unit.target ?? '')])).toEqual(units.map((unit) => [unit.id, unit.en, unit.fr]))
  })

  it('keeps inline formatting: the italic Criminal Code and its French as <pc> with the same id on both sides', async () => {
    const read = await xliff.xliff2js(formatXliff(letter))
    const unit = Object.values(read.resources.f1 as Record<string, {source: unknown; target?: unknown}>).find((candidate) =>
      flat(candidate.source).startsWith('The Criminal Code also prohibits'),
    )
    expect(inlineOf(unit?.source)).toContainEqual(['Span', 'i1', 'xlf:i', 'Criminal Code'])
    expect(inlineOf(unit?.target)).toContainEqual(['Span', 'i1', 'xlf:i', 'Code criminel'])
    const read12 = await xliff.xliff12ToJs(formatXliff(letter, '1.2'))
    const unit12 = Object.values(Object.values(read12.resources)[0] as Record<string, {source: unknown}>).find((candidate) =>
      flat(candidate.source).startsWith('The Criminal Code also prohibits'),
    )
    expect(inlineOf(unit12?.source)).toContainEqual(['GenericSpan', 'i1', 'italic', 'Criminal Code'])
  })

  it('writes XLIFF 1.2 that the xliff package reads back, with the findings as notes', async () => {
    const read = await xliff.xliff12ToJs(formatXliff(letter, '1.2'))
    const file = Object.values(read.resources)[0] as Record<string, {source: unknown; target?: unknown; note?: unknown}>
    expect(Object.keys(file)).toEqual(units.map((unit) => unit.id))
    const advertising = units.find((unit) => unit.findings.some((finding) => finding.rule === 'list-mismatch'))
    expect(String(file[advertising?.id ?? '']?.note)).toContain('[list-mismatch] the French enumeration has 6 items where the English has 7')
  })

  it('writes a TMX memory of the pairs with both sides, which tmexchange reads back', async () => {
    const read = await tmexchange.tmx2js(formatTmx(letter))
    // Units without a group are keyed by their tuid.
    // tmexchange gives a segment with inline codes as {_: text, bpt: [...], ept: [...]}.
    const text = (segment: string | {_: string}) => (typeof segment === 'string' ? segment : segment._)
    const back = Object.entries(read.resources as Record<string, {en: string | {_: string}; fr: string | {_: string}}>)
    expect(back.map(([id, unit]) => [id, text(unit.en), text(unit.fr)])).toEqual(complete.map((unit) => [unit.id, unit.en, unit.fr]))
    // The italic title keeps its inline codes on both sides.
    const titled = back.find(([, unit]) => text(unit.en).includes('Criminal Code'))?.[1] as unknown as {
      en: {bpt: Array<{$: {type: string}}>}
      fr: {bpt: Array<{$: {type: string}}>}
    }
    expect(titled.en.bpt.map((code) => code.$.type)).toContain('italic')
    expect(titled.fr.bpt.map((code) => code.$.type)).toContain('italic')
  })

  it('keeps markup characters and emoji, escaped for XML', async () => {
    const report = check({
      path: 'notice.md',
      text: '# Notice\n\nWhere 5 < 6 & "quotes" stand for R&D 🍁.\n\n# Avis\n\nOù 5 < 6 et « guillemets » désignent la R-D 🍁.\n',
    })
    const read = await xliff.xliff2js(formatXliff(report))
    const sources = Object.values(read.resources.f1 as Record<string, {source: unknown}>).map((unit) => flat(unit.source))
    expect(sources).toContain('Where 5 < 6 & "quotes" stand for R&D 🍁.')
  })

  it('meets pareil check: the XLIFF written from the letter is read back, pair for pair, and its dropped item found again', () => {
    const again = check({path: 'pairs.xlf', text: formatXliff(letter)})
    expect(again.layout).toBe('interleaved')
    expect(again.pairs.filter((pair) => pair.en.length > 0 && pair.fr.length > 0)).toHaveLength(complete.length)
    expect(again.findings.some((finding) => finding.message.endsWith('no counterpart for “advertising”'))).toBe(true)
    // Italics and bold come back as marks: the letter's three warnings, the MRA's title included, come back too.
    const warnings = (report: typeof letter) => report.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.message)
    expect(warnings(again)).toEqual(warnings(letter))
    const memory = check({path: 'pairs.tmx', text: formatTmx(letter)})
    expect(memory.pairs).toHaveLength(complete.length)
  })
})

describe('--format jsonl: one finding per line', () => {
  it('writes each finding as a JSON object of its own, with the paths of its sources', () => {
    const lines = formatJsonLines(letter).trimEnd().split('\n')
    expect(lines).toHaveLength(letter.findings.length)
    const first = JSON.parse(lines[0] ?? '{}')
    expect(first.sources).toEqual(['letter.md'])
    expect(first.rule).toBe(letter.findings[0]?.rule)
  })

  it('writes nothing for a check without findings', () => {
    expect(formatJsonLines({...letter, findings: []})).toBe('')
  })
})
