import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the English paragraph, line 7 the French one.
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => findings.filter((finding) => finding.rule === 'acronym-mismatch')

const agency = {
  en: 'The Public Health Agency of Canada (PHAC) published new guidance today.',
  fr: "L'Agence de la santé publique du Canada a publié aujourd'hui de nouvelles directives.",
}

describe('acronym-mismatch', () => {
  it('flags an acronym the English defines after an italic title when the French gives the title without one, pointing at that title', () => {
    const findings = rule(
      notice(
        'The *Canada Student Financial Assistance Program* (CSFAP) offers loans and grants to students.',
        "Le *Programme canadien d'aide financière aux étudiants* offre des prêts et des bourses aux étudiants.",
      ).findings,
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'acronym-mismatch',
      severity: 'warning',
      category: 'term',
      message:
        "the acronym CSFAP (“Canada Student Financial Assistance Program”) is defined in the English only; the paired French names “Programme canadien d'aide financière aux étudiants” without one",
      confidence: 0.8,
      en: {text: 'CSFAP', position: {start: {line: 3, column: 52}, end: {line: 3, column: 57}}},
      fr: {text: "Programme canadien d'aide financière aux étudiants", position: {start: {line: 7, column: 5}, end: {line: 7, column: 55}}},
    })
  })

  it('flags an acronym spelled by the initials of capitalised words, pointing at the whole French paragraph', () => {
    const findings = rule(notice(agency.en, agency.fr).findings)
    expect(findings).toMatchObject([
      {
        message: 'the acronym PHAC (“Public Health Agency of Canada”) is defined in the English only; the paired French defines no acronym',
        confidence: 0.6,
        en: {text: 'PHAC', position: {start: {line: 3, column: 37}, end: {line: 3, column: 41}}},
        fr: {text: agency.fr, position: {start: {line: 7, column: 1}, end: {line: 7, column: 86}}},
      },
    ])
  })

  it('flags an acronym the French defines and the English does not', () => {
    const findings = rule(
      notice(
        'The Public Health Agency of Canada published new guidance today.',
        "L'Agence de la santé publique du Canada (ASPC) a publié aujourd'hui de nouvelles directives.",
      ).findings,
    )
    expect(findings.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.column, finding.en?.text])).toEqual([
      [
        'the acronym ASPC (“Agence de la santé publique du Canada”) is defined in the French only; the paired English defines no acronym',
        'ASPC',
        42,
        'The Public Health Agency of Canada published new guidance today.',
      ],
    ])
  })

  it('flags an acronym defined in one file of two, with positions in each file', () => {
    const english = {path: 'en.md', text: '# Student aid\n\nThe Canada Revenue Agency (CRA) will send you a notice of assessment.\n'}
    const french = {path: 'fr.md', text: "# Aide aux étudiants\n\nL'Agence du revenu du Canada vous enverra un avis de cotisation.\n"}
    const findings = rule(check([english, french]).findings)
    expect(findings).toMatchObject([
      {
        message: 'the acronym CRA (“Canada Revenue Agency”) is defined in the English only; the paired French defines no acronym',
        en: {source: 0, text: 'CRA', position: {start: {line: 3, column: 28}}},
        fr: {source: 1, text: "L'Agence du revenu du Canada vous enverra un avis de cotisation.", position: {start: {line: 3, column: 1}}},
      },
    ])
  })

  it('stays quiet when each version defines an acronym of its own: PHAC and ASPC, CRA and ARC, NATO and OTAN', () => {
    expect(rule(notice(agency.en, "L'Agence de la santé publique du Canada (ASPC) a publié aujourd'hui de nouvelles directives.").findings)).toEqual([])
    expect(
      rule(notice('The Canada Revenue Agency (CRA) will send you a notice.', "L'Agence du revenu du Canada (ARC) vous enverra un avis.").findings),
    ).toEqual([])
    expect(
      rule(
        notice(
          'The North Atlantic Treaty Organization (NATO) met in Brussels.',
          "L'Organisation du Traité de l'Atlantique Nord (OTAN) s'est réunie à Bruxelles.",
        ).findings,
      ),
    ).toEqual([])
  })

  it('stays quiet for acronyms used without being defined, RCMP in one version and GRC in the other', () => {
    expect(rule(notice('Contact the RCMP for more information.', 'Communiquez avec la GRC pour en savoir plus.').findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(agency.en, agency.fr, {rules: {'acronym-mismatch': 'info'}}).findings).map((finding) => finding.severity)).toEqual(['info'])
    expect(rule(notice(agency.en, agency.fr, {rules: {'acronym-mismatch': 'off'}}).findings)).toEqual([])
  })
})
