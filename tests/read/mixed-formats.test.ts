import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {fixturePath, schemaErrors} from '../helpers.js'

// The seed letter's English half as a Word document and its French half as a PDF: scripts/fixtures/mixed.sh.
describe('an English Word document against a French PDF', () => {
  const report = check([
    {path: 'letter-en.docx', bytes: new Uint8Array(readFileSync(fixturePath('formats/letter-en.docx')))},
    {path: 'letter-fr.pdf', bytes: new Uint8Array(readFileSync(fixturePath('formats/letter-fr.pdf')))},
  ])

  it('reads each with its reader and checks them as separate files', () => {
    expect(report.sources.map((source) => source.format)).toEqual(['docx', 'pdf'])
    expect(report.layout).toBe('separate')
    expect(schemaErrors(report)).toBe('')
  })

  it('finds the letter’s divergences, each placed in its format’s terms', () => {
    const advertising = report.findings.find((finding) => finding.rule === 'list-mismatch')
    expect(advertising?.message).toBe('the French enumeration has 6 items where the English has 7; no counterpart for “advertising”')
    expect(advertising?.en?.place).toMatch(/^paragraph \d+, character \d+/)
    expect(advertising?.fr?.place).toMatch(/^page \d+, line \d+, column \d+$/)
    const mra = report.findings.find((finding) => finding.rule === 'term-consistency')
    expect(mra?.en?.text).toContain('MRA')
  })
})
