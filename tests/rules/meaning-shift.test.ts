import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding} from '../../src/types.js'
import {readFixture, withRelated} from '../helpers.js'

const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'meaning-shift')
const english =
  '# Service update\n\nOur offices will be closed on Monday for maintenance of the building.\n\nApplications must be submitted online before the end of the fiscal year.\n\nThank you for your patience.\n'
const french = (middle: string) =>
  `# Mise à jour des services\n\nNos bureaux seront fermés lundi pour l'entretien de l'immeuble.\n\n${middle}\n\nMerci de votre patience.\n`
const shifted = {path: 'shift.md', text: `${english}\n${french("Les résultats de l'évaluation seront publiés sur le site du ministère au printemps.")}`}
const faithful = {path: 'same.md', text: `${english}\n${french("Les demandes doivent être présentées en ligne avant la fin de l'exercice financier.")}`}

describe('meaning-shift', () => {
  it('flags aligned sentences that talk about different things, with both whole sentences', () => {
    const findings = rule(check(shifted).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.en?.text).toBe('Applications must be submitted online before the end of the fiscal year.')
    expect(findings[0]?.fr?.text).toBe("Les résultats de l'évaluation seront publiés sur le site du ministère au printemps.")
    expect(findings[0]?.message).toMatch(
      /^these sentences are aligned but say different things: \d+% of the English content words and \d+% of the French have a counterpart$/,
    )
    // One divergence, one finding: the word rule leaves the pair alone.
    expect(check(shifted).findings.filter((finding) => finding.rule === 'unmatched-content')).toEqual([])
  })

  it('stays quiet on a faithful translation and on the seed letter', () => {
    expect(rule(check(faithful).findings)).toEqual([])
    expect(rule(check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')}).findings)).toEqual([])
  })

  it('lets a user’s similarity model clear a pair or make the finding surer', () => {
    expect(rule(check(shifted, {similarity: () => 0.9}).findings)).toEqual([])
    const sure = rule(check(shifted, {similarity: () => 0.05}).findings)
    const plain = rule(check(shifted).findings)
    expect(sure[0]?.confidence).toBeGreaterThan(plain[0]?.confidence ?? 1)
  })

  it('asks the model once per sentence pair for the rules (and once for the aligner)', () => {
    const asked = new Map<string, number>()
    check(shifted, {
      similarity: (en, fr) => {
        asked.set(`${en}|${fr}`, (asked.get(`${en}|${fr}`) ?? 0) + 1)
        return 0.05
      },
    })
    expect(Math.max(...asked.values())).toBeLessThanOrEqual(2)
  })
})

describe('meaning-shift with a glossary', () => {
  it('counts the glossary’s term pairs as words that answer each other', () => {
    const text = '# Notice\n\nOur flurble grimbles the wozzle and the quazzle.\n\n# Avis\n\nNotre zorbe blarque le trinquet et le pataflon.\n'
    expect(rule(check({path: 'n.md', text}).findings)).toHaveLength(1)
    const glossary = [
      ['flurble', 'zorbe'],
      ['grimble', 'blarquer'],
      ['wozzle', 'trinquet'],
      ['quazzle', 'pataflon'],
    ].map(([en, fr]) => ({en: en as string, fr: fr as string, origin: 'glossary' as const}))
    expect(rule(check({path: 'n.md', text}, {glossary}).findings)).toEqual([])
  })
})
