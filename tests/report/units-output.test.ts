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
const flat = (segment: unknown): string => (typeof segment === 'string' ? segment : Array.isArray(segment) ? segment.map(flat).join('') : '')

describe('--format xliff and --format tmx: the aligned sentence pairs for a CAT tool', () => {
  it('writes XLIFF 2.0 that the xliff package reads back, every pair with its characters', async () => {
    const read = await xliff.xliff2js(formatXliff(letter))
    expect(read.sourceLanguage).toBe('en')
    expect(read.targetLanguage).toBe('fr')
    const back = Object.entries(read.resources.f1 as Record<string, {source: unknown; target?: unknown}>)
    expect(back.map(([id, unit]) => [id, flat(unit.source), flat(unit.target ?? '')])).toEqual(units.map((unit) => [unit.id, unit.en, unit.fr]))
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
    const back = Object.entries(read.resources as Record<string, {en: string; fr: string}>)
    expect(back.map(([id, unit]) => [id, unit.en, unit.fr])).toEqual(complete.map((unit) => [unit.id, unit.en, unit.fr]))
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
