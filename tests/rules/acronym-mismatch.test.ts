import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the English paragraph, line 7 the French one.
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'acronym-mismatch')

const agency = {
  en: 'The Public Health Agency of Canada (PHAC) published new guidance today.',
  // The French names no agency at all: neither PHAC, nor ASPC, nor the agency's name.
  fr: "Le gouvernement a publié aujourd'hui de nouvelles directives.",
}

describe('acronym-mismatch', () => {
  it('flags an acronym the English defines when the paired French has neither it, nor one of its own, nor its words', () => {
    const findings = rule(notice(agency.en, agency.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'acronym-mismatch',
      severity: 'warning',
      category: 'term',
      message:
        'the English defines the acronym PHAC (“Public Health Agency of Canada”); the paired French has neither it, nor an acronym of its own, nor the words it stands for',
      confidence: 0.65,
      en: {text: 'PHAC', position: {start: {line: 3, column: 37}, end: {line: 3, column: 41}}},
      fr: {text: agency.fr, position: {start: {line: 7, column: 1}}},
    })
  })

  it('flags an acronym the French defines and the English does not', () => {
    const findings = rule(
      notice('The government published new guidance today.', "L'Agence de la santé publique du Canada (ASPC) a publié aujourd'hui de nouvelles directives.")
        .findings,
    )
    expect(findings.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.column, finding.en?.text])).toEqual([
      [
        'the French defines the acronym ASPC (“Agence de la santé publique du Canada”); the paired English has neither it, nor an acronym of its own, nor the words it stands for',
        'ASPC',
        42,
        'The government published new guidance today.',
      ],
    ])
  })

  it('flags an acronym defined in one file of two, with positions in each file', () => {
    const english = {path: 'en.md', text: '# Student aid\n\nThe Canada Revenue Agency (CRA) will send you a notice of assessment.\n'}
    const french = {path: 'fr.md', text: '# Aide aux étudiants\n\nVous recevrez un avis de cotisation.\n'}
    const findings = rule(check([english, french]).findings)
    expect(findings).toMatchObject([
      {
        en: {source: 0, text: 'CRA', position: {start: {line: 3, column: 28}}},
        fr: {source: 1, text: 'Vous recevrez un avis de cotisation.', position: {start: {line: 3, column: 1}}},
      },
    ])
  })

  it('stays quiet when the other version gives the full name without an acronym: a drafting choice', () => {
    expect(rule(notice(agency.en, "L'Agence de la santé publique du Canada a publié aujourd'hui de nouvelles directives.").findings)).toEqual([])
    expect(
      rule(
        notice(
          'The *Canada Student Financial Assistance Program* (CSFAP) offers loans and grants to students.',
          "Le *Programme canadien d'aide financière aux étudiants* offre des prêts et des bourses aux étudiants.",
        ).findings,
      ),
    ).toEqual([])
  })

  it('stays quiet when the other version keeps the acronym, or defines one of its own however it words it', () => {
    expect(
      rule(notice('Open a Pull Request (PR) from your fork.', 'Ouvrez une demande de tirage (« pull request » ou PR) à partir de votre fourche.').findings),
    ).toEqual([])
    expect(
      rule(
        notice(
          'See the Security Policy Implementation Notice (SPIN) on open standards.',
          "Consultez l'Avis de mise en œuvre de la Politique sur la sécurité (AMOPS) sur les normes ouvertes.",
        ).findings,
      ),
    ).toEqual([])
    expect(
      rule(notice('We used latent Dirichlet allocation (LDA) to find topics.', "Nous avons utilisé l'allocation latente de Dirichlet (LDA).").findings),
    ).toEqual([])
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

  it('stays quiet when the other version uses an acronym of its own for the defined body, and flags it when the acronym there is one both share', () => {
    const english = 'Complete the prototype and test it with real clients (working with the CEB usability team).'
    const french =
      "Terminer le prototype et le mettre à l'essai avec de vrais clients (en collaboration avec l'équipe d'utilisabilité de la Direction générale de l'expérience client (DGEC))."
    expect(rule(notice(english, french).findings)).toEqual([])
    // IRCC stands in both versions: it is no counterpart of the French DGEC.
    const shared = rule(
      notice(
        'Complete the IRCC prototype and test it with real clients.',
        "Terminer le prototype d'IRCC et le mettre à l'essai avec de vrais clients et la Direction générale de l'expérience client (DGEC).",
      ).findings,
    )
    expect(shared.map((finding) => finding.fr?.text)).toEqual(['DGEC'])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(agency.en, agency.fr, {rules: {'acronym-mismatch': 'info'}}).findings).map((finding) => finding.severity)).toEqual(['info'])
    expect(rule(notice(agency.en, agency.fr, {rules: {'acronym-mismatch': 'off'}}).findings)).toEqual([])
  })
})
