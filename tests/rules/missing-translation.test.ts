import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'

const english = {path: 'en.md', text: '# Notice\n\nThe office will be closed on Monday for maintenance.\n'}
const french = {path: 'fr.md', text: '# Avis\n\nLe bureau sera fermé lundi pour des travaux d’entretien.\n'}

describe('missing-translation', () => {
  it('flags an English-only document, naming French as missing, at its first English block', () => {
    const [finding] = check(english).findings
    expect(finding).toMatchObject({
      rule: 'missing-translation',
      severity: 'error',
      category: 'omission',
      message: 'no French version found: the document is in English only (2 blocks)',
      fr: null,
      en: {text: 'Notice', position: {start: {line: 1, column: 3}}},
    })
  })

  it('flags a French-only document, naming English as missing', () => {
    const [finding] = check(french).findings
    expect(finding?.message).toBe('no English version found: the document is in French only (2 blocks)')
    expect(finding?.en).toBeNull()
    expect(finding?.fr?.text).toBe('Avis')
  })

  it('stays quiet for two files, one per language, and for a bilingual document', () => {
    expect(check([english, french]).findings).toEqual([])
    expect(check({path: 'both.md', text: `${english.text}\n${french.text}`}).findings).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(check(english, {rules: {'missing-translation': 'warning'}}).findings[0]?.severity).toBe('warning')
    expect(check(english, {rules: {'missing-translation': 'off'}}).findings).toEqual([])
  })
})
