import {describe, expect, it} from 'vitest'
import {check, detectLayout} from '../../src/pipeline.js'
import {readFixture, schemaErrors} from '../helpers.js'

const letter = {path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}
const note = {path: 'fixtures/briefing-note-ocse.md', text: readFixture('briefing-note-ocse.md')}

describe('the seed letter', () => {
  const report = detectLayout(letter)
  const blockOnLine = (line: number) => report.blocks.find((block) => block.position.start.line === line)

  it('is an English half then a French half', () => {
    expect(report.layout).toBe('en-fr-halves')
  })

  it('has its English part on lines 3–57 and its French part on lines 59–113, each from its own letterhead', () => {
    expect(report.parts.map((part) => [part.lang, part.position.start.line, part.position.end.line])).toEqual([
      ['en', 3, 57],
      ['fr', 59, 113],
    ])
    const line59 = letter.text.split('\n').slice(0, 58).join('\n').length + 1
    expect(report.parts[1]?.position.start).toEqual({line: 59, column: 1, offset: line59})
  })

  it('reads "JAN 21 2021" as neutral in both halves, bold or not', () => {
    expect(blockOnLine(14)).toMatchObject({text: 'JAN 21 2021', lang: 'neutral'})
    expect(blockOnLine(70)).toMatchObject({text: 'JAN 21 2021', lang: 'neutral'})
  })

  it('reads the letterhead line with both languages as bilingual', () => {
    for (const line of [11, 67]) {
      expect(blockOnLine(line)?.text).toMatch(/^The Honourable \/ L'honorable David Lametti/)
      expect(blockOnLine(line)?.lang).toBe('bilingual')
    }
  })

  it('reads the letterhead lines of the other language as strays that do not split the halves', () => {
    expect(blockOnLine(8)?.lang).toBe('fr')
    expect(blockOnLine(59)?.lang).toBe('en')
  })

  it('reads the page artefact "Canada" as neutral and every paragraph in its language', () => {
    expect(blockOnLine(86)).toMatchObject({text: 'Canada', lang: 'neutral'})
    for (const block of report.blocks) {
      if (block.text.length < 100 || block.lang === 'bilingual') continue
      expect(block.lang, block.text.slice(0, 40)).toBe(block.position.start.line < 59 ? 'en' : 'fr')
    }
  })
})

describe('the briefing note seed', () => {
  it('is monolingual English, with a missing-translation error naming French, and the draft rules’ findings', () => {
    const report = check(note)
    expect(report.layout).toBe('monolingual')
    expect(report.parts.map((part) => part.lang)).toEqual(['en'])
    // The empty labels and the list announced with none (tests/rules/empty-section.test.ts, missing-list.test.ts).
    expect(report.findings.map((finding) => finding.rule)).toEqual(['missing-translation', 'empty-section', 'empty-section', 'missing-list', 'empty-section'])
    expect(report.findings[0]).toMatchObject({
      rule: 'missing-translation',
      category: 'omission',
      severity: 'error',
      message: 'no French version found: the document is in English only (17 blocks)',
      fr: null,
      en: {source: 0, text: 'Online Child Sexual Exploitation', position: {start: {line: 1, column: 1, offset: 0}}},
    })
    expect(report.summary).toEqual({errors: 1, warnings: 4, infos: 0})
    expect(schemaErrors(report)).toBe('')
  })
})
