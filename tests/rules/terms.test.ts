import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding} from '../../src/types.js'
import {readFixture, withRelated} from '../helpers.js'

const letter = {path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}

// These tests are about the term rules; the word rules may see the same paraphrase from their side.
const termFindings = (findings: readonly Finding[]) =>
  withRelated(findings).filter((finding) => finding.rule === 'term-consistency' || finding.rule === 'acronym-mismatch')

const notice = (english: string, french: string) => ({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`})

describe('term-consistency and acronym-mismatch on the seed letter', () => {
  const findings = check(letter).findings

  it('flags the MRA sentence against its French, which names no Act, with the exact words on both sides', () => {
    const mra = findings.filter((finding) => finding.rule === 'term-consistency')
    expect(mra).toHaveLength(1)
    expect(mra[0]?.severity).toBe('warning')
    expect(mra[0]?.en).toMatchObject({text: 'MRA', position: {start: {line: 38, column: 251}, end: {line: 38, column: 254}}})
    expect(mra[0]?.fr?.text).toContain(
      'ainsi qu’à améliorer les lois fédérales exigeant que les plateformes dénoncent la pornographie juvénile'.replace('’', "'"),
    )
    expect(mra[0]?.message).toContain(
      'the English refers to the MRA (“An Act respecting the mandatory reporting of Internet child pornography by persons who provide Internet service”)',
    )
  })

  it('does not flag the acronym MRA: the French gives the Act its full title, a drafting choice', () => {
    expect(findings.filter((finding) => finding.rule === 'acronym-mismatch')).toEqual([])
  })

  it('keeps Criminal Code / Code criminel consistent: no finding for it', () => {
    expect(findings.some((finding) => finding.message.includes('Criminal Code'))).toBe(false)
  })
})

describe('term rules on small documents', () => {
  const defined = 'Under the *Access to Information Act* (ATIA), anyone may request records.\n\nRequests under the ATIA are answered within 30 days.'

  it('stays quiet when the French uses its own acronym or the title', () => {
    const french =
      "En vertu de la *Loi sur l'accès à l'information* (LAI), toute personne peut demander des documents.\n\nLes demandes présentées en vertu de la LAI reçoivent une réponse dans un délai de 30 jours."
    expect(check(notice(defined, french)).findings).toEqual([])
  })

  it('flags a sentence whose French drops the Act for a paraphrase', () => {
    const french =
      "En vertu de la *Loi sur l'accès à l'information* (LAI), toute personne peut demander des documents.\n\nLes demandes présentées en vertu de la loi fédérale reçoivent une réponse dans un délai de 30 jours."
    const findings = termFindings(check(notice(defined, french)).findings)
    expect(findings.map((finding) => [finding.rule, finding.en?.text])).toEqual([['term-consistency', 'ATIA']])
  })

  it('flags an acronym whose term the French leaves out, and neither one given in full nor one defined differently', () => {
    const english = 'Under the *Access to Information Act* (ATIA), anyone may request records.'
    const full = "En vertu de la *Loi sur l'accès à l'information*, toute personne peut demander des documents."
    expect(check(notice(english, full)).findings).toEqual([])
    const dropped = 'Toute personne peut demander des documents.'
    expect(check(notice(english, dropped)).findings.map((finding) => finding.rule)).toContain('acronym-mismatch')
    const rcmp = check(notice('The Royal Canadian Mounted Police (RCMP) leads the work.', 'La Gendarmerie royale du Canada (GRC) dirige les travaux.'))
    expect(rcmp.findings).toEqual([])
  })

  it('holds the document to a user glossary', () => {
    const glossary = [{en: 'Treasury Board', fr: 'Conseil du Trésor', origin: 'glossary' as const}]
    const document = notice('The Treasury Board approved the plan on March 3.', 'Le Secrétariat a approuvé le plan le 3 mars.')
    expect(check(document).findings).toEqual([])
    const findings = check(document, {glossary}).findings
    expect(findings.map((finding) => [finding.rule, finding.en?.text])).toEqual([['term-consistency', 'Treasury Board']])
    expect(glossary).toEqual([{en: 'Treasury Board', fr: 'Conseil du Trésor', origin: 'glossary'}])
  })

  it('leaves the caller’s glossary entries as given when the document binds them to acronyms', () => {
    const glossary = [{en: 'Access to Information Act', fr: "Loi sur l'accès à l'information", origin: 'glossary' as const}]
    check(
      notice('Under the *Access to Information Act* (ATIA), anyone may ask.', "En vertu de la *Loi sur l'accès à l'information* (LAI), on peut demander."),
      {glossary},
    )
    expect(glossary[0]).not.toHaveProperty('enAcronym')
  })
})
