import {describe, expect, it} from 'vitest'
import type {Rule} from '../../src/check/rule.js'
import {check} from '../../src/pipeline.js'
import {spanOf} from '../../src/read/locate.js'
import type {Report} from '../../src/types.js'
import {readFixture, schemaErrors} from '../helpers.js'

const letter = {path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}
const note = {path: 'fixtures/briefing-note-ocse.md', text: readFixture('briefing-note-ocse.md')}

/** True when the characters of `text` appear in `source`, in order (markup may sit between them). */
function isSubsequence(text: string, source: string): boolean {
  let j = 0
  for (const char of text.replace(/\s+/g, '')) {
    j = source.indexOf(char, j)
    if (j === -1) return false
    j += 1
  }
  return true
}

/** A rule that reports one finding with spans on both sides, so that every part of the contract is exercised. */
const probe: Rule = {
  meta: {id: 'probe', category: 'term', defaultSeverity: 'warning', description: 'Test probe.'},
  check(context) {
    const [english, french] = context.documents.map((document) => ({document, block: document.blocks[5]}))
    if (english?.block === undefined) return
    context.report({
      message: 'probe finding',
      confidence: 0.5,
      en: spanOf(english.document.source, english.block, 0, 4),
      fr: french?.block === undefined ? null : spanOf(french.document.source, french.block, 0, 4),
    })
  },
}

describe('the JSON report, schema version 2', () => {
  it.each([
    ['the seed letter', [letter]],
    ['the briefing note', [note]],
    ['two separate files', [letter, note]],
  ] as const)('validates for %s', (_name, inputs) => {
    const report = check(inputs.length === 1 ? inputs[0] : [inputs[0], inputs[1]], {ruleSet: [probe]})
    expect(schemaErrors(JSON.parse(JSON.stringify(report)))).toBe('')
    expect(report.schemaVersion).toBe(2)
    expect(report.sources.map((source) => source.path)).toEqual(inputs.map((input) => input.path))
    expect(report.summary).toEqual({errors: 0, warnings: 1, infos: 0})
  })

  it('lists every block with a position whose source holds its text', () => {
    const report = check(letter)
    expect(report.blocks).toHaveLength(44)
    for (const block of report.blocks) {
      const slice = letter.text.slice(block.position.start.offset, block.position.end.offset)
      expect(isSubsequence(block.text, slice), block.id).toBe(true)
      expect(block.position.start.line).toBeLessThanOrEqual(block.position.end.line)
    }
  })

  it('reports the layout, parts, block languages and aligned pairs with sentence spans', () => {
    const report = check(letter)
    expect(report.layout).toBe('en-fr-halves')
    expect(report.parts).toHaveLength(2)
    expect(report.pairs.length).toBeGreaterThan(20)
    expect(report.pairs.every((pair) => pair.sentences.length > 0)).toBe(true)
    expect(new Set(report.blocks.map((block) => block.lang))).toEqual(new Set(['en', 'fr', 'bilingual', 'neutral']))
    for (const block of report.blocks) expect(block.langConfidence).toBeGreaterThan(0)
  })

  it('validates pairs with sentence spans and rejects what breaks the contract', () => {
    const report = check(letter, {ruleSet: [probe]})
    const span = report.findings[0]?.en
    if (span === undefined || span === null) throw new Error('probe did not report')
    const withPair: Report = {...report, pairs: [{en: ['b7'], fr: ['b29'], score: 0.9, sentences: [{en: [span], fr: [], score: 0.2}]}]}
    expect(schemaErrors(withPair)).toBe('')
    expect(schemaErrors({...withPair, pairs: [{en: ['b7'], fr: [], score: 1.5, sentences: []}]})).toMatch(/score must be <= 1/)
    expect(schemaErrors({...report, layout: 'diagonal'})).toMatch(/allowed values/)
    expect(schemaErrors({...report, schemaVersion: 1})).not.toBe('')
    expect(schemaErrors({...report, findings: [{...report.findings[0], category: 'style'}]})).toMatch(/allowed values/)
    const {summary: _summary, ...withoutSummary} = report
    expect(schemaErrors(withoutSummary)).toMatch(/summary/)
  })
})

describe('docs/report.md', () => {
  it('shows an example report that validates and matches what pareil prints for that block', () => {
    const page = readFixture('../docs/report.md')
    const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1]
    if (example === undefined) throw new Error('no JSON example in docs/report.md')
    const parsed = JSON.parse(example) as Report
    expect(schemaErrors(parsed)).toBe('')
    const real = check(letter).blocks.find((block) => block.id === parsed.blocks[0]?.id)
    expect(parsed.blocks[0]).toEqual(real)
  })
})
