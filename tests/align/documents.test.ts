import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Pair, Report} from '../../src/types.js'
import {fixturePath, readFixture, schemaErrors} from '../helpers.js'

const letter = {path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}

/** Each pair as "english lines : french lines", by the first line of each block. */
function pairLines(report: Report): string[] {
  const line = new Map(report.blocks.map((block) => [block.id, block.position.start.line]))
  return report.pairs.map((pair) => `${pair.en.map((id) => line.get(id)).join(',')}:${pair.fr.map((id) => line.get(id)).join(',')}`)
}

describe('aligning the seed letter', () => {
  const report = check(letter)
  const lines = pairLines(report)

  it('pairs every paragraph of the English half with its French counterpart', () => {
    // Line 86 is the French-only "Canada"; lines 46 and 48 close the English letter, 104 the French one.
    expect(lines).toEqual([
      '3:59',
      '8:64',
      '11:67',
      '14:70',
      '16:72',
      '20:76',
      '22:78',
      '24:80',
      '26:82',
      '28:84',
      ':86',
      '30:88',
      '32:90',
      '34:92',
      '36:94',
      '38:96',
      '40:98',
      '42:100',
      '44:102',
      '46,48:104',
      '52:108',
      '56:112',
    ])
  })

  it('pairs "Thank you again for writing." and "Respectfully," together with the single French closing', () => {
    const closing = report.pairs.find((pair) => pair.fr.length === 1 && pair.en.length === 2) as Pair
    expect(closing.sentences).toHaveLength(1)
    expect(closing.sentences[0]?.en.map((span) => span.text)).toEqual(['Thank you again for writing.', 'Respectfully,'])
    expect(closing.score).toBeGreaterThan(0.9)
  })

  it('leaves the French-only "Canada" page artefact unpaired, with score 0', () => {
    const canada = report.pairs.find((pair) => pair.en.length === 0) as Pair
    expect(report.blocks.find((block) => block.id === canada.fr[0])?.text).toBe('Canada')
    expect(canada.score).toBe(0)
    expect(report.pairs.filter((pair) => pair.en.length === 0 || pair.fr.length === 0)).toHaveLength(1)
  })

  it('aligns sentences inside pairs, with spans that point at the exact words', () => {
    const mra = report.pairs.flatMap((pair) => pair.sentences).find((bead) => bead.en.some((span) => span.text.includes('improve the MRA')))
    expect(mra?.en.map((span) => span.text)).toEqual([
      'While I believe that the existing framework provides most of the criminal law tools we need to address child and adult sexual exploitation, I always welcome suggestions for Criminal Code reforms.',
      'I am also open to suggestions on how to improve the MRA.',
    ])
    expect(mra?.fr).toHaveLength(1)
    const span = mra?.en[1]
    expect(span?.position.start.line).toBe(38)
    expect(letter.text.slice(span?.position.start.offset, span?.position.end.offset)).toBe('I am also open to suggestions on how to improve the MRA.')
  })

  it('gives every pair and sentence bead a score in [0, 1], and validates', () => {
    for (const pair of report.pairs) {
      expect(pair.score).toBeGreaterThanOrEqual(0)
      expect(pair.score).toBeLessThanOrEqual(1)
      for (const bead of pair.sentences) expect(bead.score).toBeLessThanOrEqual(1)
    }
    expect(schemaErrors(report)).toBe('')
  })
})

describe('aligning other layouts', () => {
  const layout = (file: string) => ({path: file, text: readFileSync(fixturePath(`layouts/${file}`), 'utf8')})

  it('pairs each English run of an interleaved document with the French run after it', () => {
    const report = check(layout('interleaved-paragraphs.md'))
    expect(pairLines(report)).toEqual(['1:3', '5:7', '9:11', '13:15', '17:19'])
  })

  it('pairs the rows of side-by-side tables', () => {
    const report = check(layout('side-by-side-table.md'))
    const rows = report.pairs.map((pair) => [pair.en.length, pair.fr.length])
    expect(rows.length).toBeGreaterThanOrEqual(8)
    expect(rows.every(([en, fr]) => en === 1 && fr === 1)).toBe(true)
  })

  it('pairs separate files, English first or French first', () => {
    for (const files of [
      ['separate-en.md', 'separate-fr.md'],
      ['separate-fr.md', 'separate-en.md'],
    ]) {
      const report = check([layout(files[0] as string), layout(files[1] as string)])
      expect(report.layout).toBe('separate')
      expect(report.pairs.length).toBeGreaterThan(5)
      expect(report.pairs.every((pair) => pair.en.length > 0 && pair.fr.length > 0)).toBe(true)
      const english = files[0] === 'separate-en.md' ? 0 : 1
      const source = new Map(report.blocks.map((block) => [block.id, block.source]))
      expect(report.pairs.every((pair) => pair.en.every((id) => source.get(id) === english))).toBe(true)
    }
  })

  it('has no pairs for a monolingual document', () => {
    expect(check(layout('monolingual-en.md')).pairs).toEqual([])
  })
})
