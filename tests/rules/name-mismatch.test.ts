import {describe, expect, it} from 'vitest'
import {findNames} from '../../src/check/values/names.js'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'

const notice = (english: string, french: string) => check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`})
const names = (text: string, lang: 'en' | 'fr') => findNames(text, lang).map((name) => name.key)

describe('names in both languages', () => {
  it('reads countries by region code, and references and sections by number', () => {
    expect(names('the United Kingdom, New Zealand and India', 'en')).toEqual(names('le Royaume-Uni, la Nouvelle-Zélande et l’Inde', 'fr'))
    expect(names('Under s. 163.1, file 2021-0457-TBS, RDIMS #4123567, SOR/2021-123', 'en')).toEqual(
      names("En vertu de l'article 163.1, dossier 2021-0457-TBS, SGDDI #4123567, DORS/2021-123", 'fr'),
    )
    expect(names('The RCMP and the Department of Justice', 'en')).toEqual(names('La GRC et le ministère de la Justice', 'fr'))
  })

  it('does not take years, fiscal years or phone numbers for references', () => {
    expect(names('In 2023-2024 and 2019–20, call 613-555-0142.', 'en')).toEqual(['phone 6135550142'])
  })
})

describe('name-mismatch', () => {
  it('flags a section reference changed and an e-mail address missing', () => {
    const findings = withRelated(
      notice('Section 163.1 applies. Write to info@example.gc.ca for details.', "L'article 163.2 s'applique. Écrivez-nous pour en savoir plus.").findings,
    ).filter((finding) => finding.rule === 'name-mismatch')
    expect(findings.map((finding) => finding.message)).toEqual([
      'the English section reference “Section 163.1” became “article 163.2” in the French',
      'the French has no counterpart for the English e-mail address “info@example.gc.ca”',
    ])
  })

  it('flags an institution swapped, not one rephrased', () => {
    expect(notice('The RCMP will investigate.', 'La GRC fera enquête.').findings).toEqual([])
    const findings = notice('The RCMP will investigate.', 'Santé Canada fera enquête.').findings
    expect(findings.map((finding) => finding.message)).toEqual(['the English institution “RCMP” became “Santé Canada” in the French'])
  })

  it('stays quiet when a country becomes an adjective', () => {
    expect(notice("Canada's criminal law prohibits it in all cases.", 'Le droit pénal canadien l’interdit dans tous les cas.').findings).toEqual([])
  })
})

describe('name-mismatch: proper names', () => {
  const rule = (report: ReturnType<typeof notice>) => withRelated(report.findings).filter((finding) => finding.rule === 'name-mismatch')

  it('flags a person’s name the French leaves out, one level below the rule’s severity (info)', () => {
    const findings = rule(notice('A copy goes to Steven Guilbeault, who leads the file.', 'Une copie est transmise au ministre, qui dirige le dossier.'))
    expect(findings.map((finding) => [finding.severity, finding.message])).toEqual([
      ['info', 'the French has no counterpart for the English name “Steven Guilbeault”'],
    ])
  })

  it('stays quiet when names are kept, inflected, or are translated titles and terms', () => {
    expect(rule(notice('A copy goes to Steven Guilbeault.', 'Une copie est transmise à M. Guilbeault.'))).toEqual([])
    expect(rule(notice('Each Ionogram is scanned.', 'Les Ionogrammes sont numérisés.'))).toEqual([])
    expect(rule(notice('The Regional Connectivity Program funds it.', 'Le Programme de connectivité régionale le finance.'))).toEqual([])
  })

  it('leaves the salutation’s name alone: French salutations leave it out by convention', () => {
    expect(rule(notice('Dear Senator Miville-Dechêne:', 'Madame la Sénatrice,'))).toEqual([])
  })
})

describe('name-mismatch: names present in another form', () => {
  const rule = (report: ReturnType<typeof notice>) => withRelated(report.findings).filter((finding) => finding.rule === 'name-mismatch')

  it('finds a name that leads the English heading or sentence, where capitals say nothing', () => {
    expect(rule(notice('## Google Cloud Function', '## Fonction Google Cloud'))).toEqual([])
    expect(rule(notice('CodeQL scanning runs on every pull request.', "L'analyse CodeQL s'exécute à chaque demande de tirage."))).toEqual([])
  })

  it('finds an address the other version gives as a link’s target (its link syntax broken or not)', () => {
    const report = notice(
      'Read [the install guide](https://docs.microsoft.com/en-us/powershell/azure/install-az-ps).',
      "Lisez [le guide d'installation] (https://docs.microsoft.com/en-us/powershell/azure/install-az-ps).",
    )
    expect(rule(report)).toEqual([])
  })

  it('still flags a name the other version leaves out', () => {
    expect(
      rule(notice('Contact Marie-Ève Tremblay at the regional office.', 'Communiquez avec le bureau régional.')).map((finding) => finding.message),
    ).toEqual(['the French has no counterpart for the English name “Tremblay”'])
  })
})
