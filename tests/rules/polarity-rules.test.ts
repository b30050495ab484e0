// negation-mismatch, modality-mismatch and opposite-meaning: the meaning turns while every word keeps a counterpart.
import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding} from '../../src/types.js'
import {readFixture, withRelated} from '../helpers.js'

const document = (en: string, fr: string) => ({
  path: 'notice.md',
  text: `# Notice\n\n${en}\n\nThank you for your patience.\n\n# Avis\n\n${fr}\n\nMerci de votre patience.\n`,
})
const findingsOf = (rule: string, en: string, fr: string): Finding[] => withRelated(check(document(en, fr)).findings).filter((finding) => finding.rule === rule)

describe('negation-mismatch', () => {
  it('flags a French negation the English does not have, at the negation and the negated verb’s counterpart', () => {
    const [finding, ...rest] = findingsOf(
      'negation-mismatch',
      'The department is responsible for the program.',
      "Le ministère n'est pas responsable du programme.",
    )
    expect(rest).toEqual([])
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toBe("the French is negative (“n'est pas”) where the English is not")
    expect(finding?.fr?.text).toBe("n'est pas")
    expect(finding?.fr?.position.start).toMatchObject({line: 9, column: 14})
    expect(finding?.en?.text).toBe('responsible')
  })

  it('flags a prefix negation dropped in the other version', () => {
    const [finding] = findingsOf(
      'negation-mismatch',
      'The law covers the non-consensual distribution of images.',
      "La loi vise la diffusion consensuelle d'images.",
    )
    expect(finding?.message).toBe('the English is negative (“non-consensual”) where the French is not')
  })

  it('flags an English "un-" word answered by the word without it, known to the lexicon or not', () => {
    expect(findingsOf('negation-mismatch', 'The plan allows an unlimited number of users.', "Le plan permet un nombre limité d'utilisateurs.")).toHaveLength(1)
    expect(findingsOf('negation-mismatch', 'We received unsolicited comments.', 'Nous avons reçu des commentaires sollicités.')).toHaveLength(1)
  })

  it('flags an English negation the French does not have', () => {
    const [finding] = findingsOf('negation-mismatch', 'Applicants are not eligible for the grant.', 'Les demandeurs sont admissibles à la subvention.')
    expect(finding?.message).toBe('the English is negative (“not”) where the French is not')
    expect(finding?.en?.text).toBe('not')
  })

  it.each([
    ['It is impossible to apply by fax.', "Il n'est pas possible de présenter une demande par télécopieur."],
    ['Call the toll-free line.', 'Composez le numéro sans frais.'],
    ['Do not hesitate to contact us.', "N'hésitez pas à communiquer avec nous."],
    ['Feel free to contact us.', "N'hésitez pas à communiquer avec nous."],
    ['Smoking is prohibited in the building.', "Il n'est pas permis de fumer dans l'immeuble."],
    ['Unless the Minister decides otherwise, the fee applies.', "À moins que le ministre n'en décide autrement, les frais s'appliquent."],
    ['Applications must be received no later than March 31.', 'Les demandes doivent être reçues au plus tard le 31 mars.'],
    ['The fee shall not exceed $50.', 'Les frais ne peuvent dépasser 50 $.'],
    ['Only two forms are needed.', 'Il ne faut que deux formulaires.'],
    ['It counts records that pass or fail each edit.', 'Il compte les enregistrements qui satisfont ou ne satisfont pas chaque règle.'],
    ['A widget shouldn’t be complex.', 'Un widget devrait être simple.'],
    ['The variable says whether or not the content is translated.', 'La variable indique si le contenu est traduit ou non.'],
    ['The failure to comply with these terms may lead to a ban.', 'Le non-respect de ces conditions peut entraîner un bannissement.'],
  ])('leaves a legitimate rendering alone: “%s”', (en, fr) => {
    expect(findingsOf('negation-mismatch', en, fr)).toEqual([])
  })
})

describe('modality-mismatch', () => {
  it('flags an obligation rendered as a permission, at both modals', () => {
    const [finding, ...rest] = findingsOf(
      'modality-mismatch',
      'Applicants must submit the form before March.',
      'Les demandeurs peuvent présenter le formulaire avant mars.',
    )
    expect(rest).toEqual([])
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toBe('the English makes it an obligation (“must”) where the French makes it a permission (“peuvent”)')
    expect([finding?.en?.text, finding?.fr?.text]).toEqual(['must', 'peuvent'])
  })

  it('flags a permission rendered as an obligation', () => {
    const [finding] = findingsOf('modality-mismatch', 'You may apply online.', 'Vous devez présenter une demande en ligne.')
    expect(finding?.message).toBe('the English makes it a permission (“may”) where the French makes it an obligation (“devez”)')
  })

  it('flags a prohibition rendered as an exemption', () => {
    const [finding] = findingsOf('modality-mismatch', 'Employees must not disclose the results.', 'Les employés ne sont pas tenus de divulguer les résultats.')
    expect(finding?.message).toBe('the English forbids it (“must”) where the French only lifts an obligation (“sont pas tenus de”)')
  })

  it('reports a recommendation against an obligation one level lower', () => {
    const [finding] = findingsOf('modality-mismatch', 'You should keep a copy of the form.', 'Vous devez conserver une copie du formulaire.')
    expect(finding?.severity).toBe('info')
  })

  it.each([
    ['The Minister shall table the report in Parliament.', 'Le ministre dépose le rapport au Parlement.'],
    ['Applicants must apply and may appeal.', 'Les demandeurs doivent présenter une demande et peuvent faire appel.'],
    ['You may not use the logo.', 'Vous ne pouvez pas utiliser le logo.'],
    ['The fee may change in May 2021.', 'Les frais peuvent changer en mai 2021.'],
  ])('leaves a faithful rendering alone: “%s”', (en, fr) => {
    expect(findingsOf('modality-mismatch', en, fr)).toEqual([])
  })
})

describe('opposite-meaning', () => {
  it('flags a word answered by its opposite, at both words', () => {
    const findings = findingsOf('opposite-meaning', 'The fee will increase next year.', "Les frais vont diminuer l'an prochain.")
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toBe('the English says “increase” where the French says the opposite, “diminuer”')
    expect([findings[0]?.en?.text, findings[0]?.fr?.text]).toEqual(['increase', 'diminuer'])
  })

  it('flags children rendered as adults', () => {
    expect(findingsOf('opposite-meaning', 'The program serves children in rural areas.', 'Le programme sert les adultes des régions rurales.')).toHaveLength(1)
  })

  it.each([
    ['Smoking is not permitted in the building.', "Il est interdit de fumer dans l'immeuble."],
    ['Prices rose before the change and fell after it.', 'Les prix ont augmenté avant le changement et ont baissé après.'],
    ['The fee will increase next year.', "Les frais vont augmenter l'an prochain."],
  ])('leaves a faithful rendering alone: “%s”', (en, fr) => {
    expect(findingsOf('opposite-meaning', en, fr)).toEqual([])
  })
})

describe('the polarity rules on the seed letter', () => {
  it('raise nothing', () => {
    const findings = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')}).findings
    expect(findings.filter((finding) => ['negation-mismatch', 'modality-mismatch', 'opposite-meaning'].includes(finding.rule))).toEqual([])
  })
})
