import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding, Report} from '../../src/types.js'
import {readFixture, withRelated} from '../helpers.js'

// Perturbed copies of the seed letter for the word rules: what each perturbation adds to the letter's own findings.
const original = readFixture('ministerial-letter-2021.md')
const key = (finding: Finding) => `${finding.rule} ${finding.message}`
const baseline = new Set(check({path: 'letter.md', text: original}).findings.map(key))

function added(from: string, to: string): Finding[] {
  expect(original.split(from)).toHaveLength(2)
  const report: Report = check({path: 'letter.md', text: original.replace(from, to)})
  return report.findings.filter((finding) => finding.severity !== 'info' && !baseline.has(key(finding)))
}

describe('the word rules on perturbed copies of the seed letter', () => {
  it('flags a clause the French drops, at the English words', () => {
    const findings = added(", en plus d'une série d'autres infractions visant à protéger les enfants contre toutes les formes d'abus sexuels", '')
    expect(findings.map((finding) => [finding.rule, finding.en?.text])).toEqual([
      ['unmatched-content', 'designed to protect children from all forms of sexual abuse'],
    ])
    expect(findings[0]?.en?.position.start.line).toBe(28)
    expect(findings[0]?.fr?.position.start.line).toBe(84)
  })

  it('flags a clause the French adds, at the French words', () => {
    const findings = added(
      'que ce soit par Internet ou autrement.',
      'que ce soit par Internet ou autrement, sauf lorsque la loi provinciale prévoit une procédure distincte pour les entreprises.',
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({rule: 'unmatched-content', severity: 'warning'})
    expect(findings[0]?.fr?.text).toMatch(/loi provinciale prévoit une procédure distincte pour les entreprises$/)
    expect(findings[0]?.message).toMatch(/^the English has no counterpart for/)
  })

  it('flags a French sentence replaced by one about something else', () => {
    const sentence = original.split('\n')[91] as string
    const findings = added(
      sentence,
      "Les bureaux régionaux du ministère seront rénovés au cours de l'été afin d'améliorer l'accueil des visiteurs, la sécurité des employés et l'efficacité énergétique des immeubles fédéraux.",
    )
    const shift = withRelated(findings).find((finding) => finding.rule === 'meaning-shift')
    expect(shift?.en?.position.start.line).toBe(34)
    expect(shift?.fr?.position.start.line).toBe(92)
  })

  it('stays quiet when a French sentence is reworded with the same meaning', () => {
    const findings = added('Je vous remercie de votre correspondance du 25 novembre 2020', 'Je vous remercie de votre lettre du 25 novembre 2020')
    expect(findings).toEqual([])
  })
})
