import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the first English paragraph; the French starts at line 7 (one English paragraph) or 9 (two).
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'term-consistency')

const program = {
  en: (second: string) => `The *Canada Student Financial Assistance Program* (CSFAP) offers loans and grants to students.\n\n${second}`,
  fr: (second: string) => `Le *Programme canadien d'aide financière aux étudiants* (PCAFE) offre des prêts et des bourses aux étudiants.\n\n${second}`,
}
const enAcronym = 'The CSFAP also helps borrowers who have trouble repaying their loans.'
const enParaphrase = 'The program also helps borrowers who have trouble repaying their loans.'
const frParaphrase = 'Le programme aide aussi les emprunteurs qui ont de la difficulté à rembourser leurs prêts.'
const frAcronym = 'Le PCAFE aide aussi les emprunteurs qui ont de la difficulté à rembourser leurs prêts.'

const treasuryBoard = [{en: 'Treasury Board', fr: 'Conseil du Trésor', origin: 'glossary' as const}]

describe('term-consistency', () => {
  it('flags an acronym the document defined when the paired French says “the program” instead, as a warning', () => {
    const findings = rule(notice(program.en(enAcronym), program.fr(frParaphrase)).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'term-consistency',
      severity: 'warning',
      category: 'term',
      message:
        "the English refers to the CSFAP (“Canada Student Financial Assistance Program”); the paired French has no counterpart of it (“Programme canadien d'aide financière aux étudiants” or PCAFE)",
      en: {text: 'CSFAP', position: {start: {line: 5, column: 5}, end: {line: 5, column: 10}}},
      fr: {text: frParaphrase, position: {start: {line: 11, column: 1}, end: {line: 11, column: 91}}},
    })
  })

  it('flags the French naming the term where the English paraphrases it', () => {
    const findings = rule(notice(program.en(enParaphrase), program.fr(frAcronym)).findings)
    expect(findings).toMatchObject([
      {
        message:
          "the French refers to the PCAFE (“Programme canadien d'aide financière aux étudiants”); the paired English has no counterpart of it (“Canada Student Financial Assistance Program” or CSFAP)",
        en: {text: enParaphrase, position: {start: {line: 5, column: 1}}},
        fr: {text: 'PCAFE', position: {start: {line: 11, column: 4}, end: {line: 11, column: 9}}},
      },
    ])
  })

  it('learns an Act from italic titles facing each other in two pairs of paragraphs, and flags a third pair that drops it', () => {
    const english = [
      'The *Official Languages Act* sets out the rights of the public.',
      'Every federal institution must respect the *Official Languages Act* when it serves the public.',
      'Complaints under the *Official Languages Act* go to the Commissioner.',
    ].join('\n\n')
    const french = [
      'La *Loi sur les langues officielles* énonce les droits du public.',
      "Toute institution fédérale doit respecter la *Loi sur les langues officielles* lorsqu'elle sert le public.",
      'Les plaintes sont adressées au commissaire.',
    ].join('\n\n')
    const findings = rule(notice(english, french).findings)
    expect(
      findings.map((finding) => [finding.message, finding.en?.text, finding.en?.position.start.line, finding.en?.position.start.column, finding.fr?.text]),
    ).toEqual([
      [
        'the English refers to “Official Languages Act”; the paired French has no counterpart of it (“Loi sur les langues officielles”)',
        'Official Languages Act',
        7,
        23,
        'Les plaintes sont adressées au commissaire.',
      ],
    ])
  })

  it('holds both versions to a user glossary, with a higher confidence than for terms it learns', () => {
    const english = rule(
      notice('The Treasury Board approved the plan on March 3.', 'Le Secrétariat a approuvé le plan le 3 mars.', {glossary: treasuryBoard}).findings,
    )
    expect(english).toMatchObject([
      {
        message: 'the English refers to “Treasury Board”; the paired French has no counterpart of it (“Conseil du Trésor”)',
        confidence: 0.85,
        en: {text: 'Treasury Board', position: {start: {line: 3, column: 5}, end: {line: 3, column: 19}}},
        fr: {text: 'Le Secrétariat a approuvé le plan le 3 mars.'},
      },
    ])
    const french = rule(
      notice('The board approved the plan on March 3.', 'Le Conseil du Trésor a approuvé le plan le 3 mars.', {glossary: treasuryBoard}).findings,
    )
    expect(french.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.column])).toEqual([
      ['the French refers to “Conseil du Trésor”; the paired English has no counterpart of it (“Treasury Board”)', 'Conseil du Trésor', 4],
    ])
    expect(rule(notice(program.en(enAcronym), program.fr(frParaphrase)).findings)[0]?.confidence).toBeLessThan(0.85)
  })

  it('stays quiet when each version uses its own acronym, or the French keeps the English one', () => {
    expect(rule(notice(program.en(enAcronym), program.fr(frAcronym)).findings)).toEqual([])
    const kept = 'Le CSFAP aide aussi les emprunteurs qui ont de la difficulté à rembourser leurs prêts.'
    expect(rule(notice(program.en(enAcronym), program.fr(kept)).findings)).toEqual([])
  })

  it('stays quiet when the French spells out the title where the English uses the acronym', () => {
    const spelled = "Le *Programme canadien d'aide financière aux étudiants* aide aussi les emprunteurs qui ont de la difficulté à rembourser leurs prêts."
    expect(rule(notice(program.en(enAcronym), program.fr(spelled)).findings)).toEqual([])
  })

  it('stays quiet when a glossary term is in both versions, also inside a longer French phrase', () => {
    expect(
      rule(
        notice('The Treasury Board approved the plan on March 3.', 'Le Conseil du Trésor a approuvé le plan le 3 mars.', {glossary: treasuryBoard}).findings,
      ),
    ).toEqual([])
    expect(
      rule(notice('All Treasury Board policies apply.', 'Toutes les politiques du Conseil du Trésor s’appliquent.', {glossary: treasuryBoard}).findings),
    ).toEqual([])
  })

  it('knows no terms without a glossary or a definition: a paraphrase alone is not flagged', () => {
    expect(rule(notice('The Treasury Board approved the plan on March 3.', 'Le Secrétariat a approuvé le plan le 3 mars.').findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    const input = [program.en(enAcronym), program.fr(frParaphrase)] as const
    expect(rule(notice(...input, {rules: {'term-consistency': 'error'}}).findings).map((finding) => finding.severity)).toEqual(['error'])
    expect(rule(notice(...input, {rules: {'term-consistency': 'off'}}).findings)).toEqual([])
  })
})
