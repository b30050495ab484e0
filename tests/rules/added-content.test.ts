import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the first English paragraph, line 7 the first French one (with one paragraph a side).
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'added-content')

const parking = {
  en: 'Staff will work from home during the closure.',
  fr: 'Le personnel travaillera à domicile pendant la fermeture. Le stationnement restera ouvert aux visiteurs.',
}
const call = {
  en: 'The call for proposals opens on April 3.\n\nFor more information, contact the program office.',
  fr: (middle: string) => `L'appel de propositions s'ouvre le 3 avril.\n\n${middle}\n\nPour en savoir plus, communiquez avec le bureau du programme.`,
}

describe('added-content', () => {
  it('flags a sentence the French adds to a paired paragraph, as a warning, with an empty English span after the paired sentence', () => {
    const findings = rule(notice(parking.en, parking.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'added-content',
      severity: 'warning',
      confidence: 0.55,
      category: 'addition',
      message: 'the English has no counterpart for this French sentence: “Le stationnement restera ouvert aux visiteurs.”',
      en: {text: '', position: {start: {line: 3, column: 46}, end: {line: 3, column: 46}}},
      fr: {text: 'Le stationnement restera ouvert aux visiteurs.', position: {start: {line: 7, column: 59}, end: {line: 7, column: 105}}},
    })
  })

  it('flags a whole paragraph the French adds, placing the English span after the previous paired paragraph', () => {
    const findings = rule(notice(call.en, call.fr('Les organismes autochtones sont particulièrement encouragés à présenter une demande.')).findings)
    expect(findings.map((finding) => finding.message)).toEqual([
      'the English has no counterpart for this French paragraph: “Les organismes autochtones sont particulièrement encouragés à présenter une demande.”',
    ])
    expect(findings[0]?.fr).toMatchObject({
      text: 'Les organismes autochtones sont particulièrement encouragés à présenter une demande.',
      position: {start: {line: 11, column: 1}, end: {line: 11, column: 85}},
    })
    // After "The call for proposals opens on April 3." on line 3.
    expect(findings[0]?.en).toMatchObject({text: '', position: {start: {line: 3, column: 41}}})
    expect(findings[0]).toMatchObject({severity: 'warning', confidence: 0.55})
  })

  it('leaves at info a French sentence whose words the English says nearby: moved, split off or repeated, most often', () => {
    const findings = rule(
      notice(
        'Staff will work from home during the closure.\n\nCall the office for details.',
        'Le personnel travaillera à domicile pendant la fermeture.\n\nAppelez le bureau pour plus de détails. Le personnel travaillera à domicile.',
      ).findings,
    )
    expect(findings.map((finding) => [finding.fr?.text, finding.severity, finding.confidence])).toEqual([['Le personnel travaillera à domicile.', 'info', 0.4]])
  })

  it('leaves at info a lead-in the French adds, and warns of a statement of the same length', () => {
    const level = (middle: string) => rule(notice(call.en, call.fr(middle)).findings).map((finding) => [finding.severity, finding.confidence])
    expect(level('Les sections suivantes présentent chacune des options offertes aux demandeurs.')).toEqual([['info', 0.3]])
    expect(level("L'exemple ci-dessus représente le modèle de base de chaque demande.")).toEqual([['info', 0.3]])
    expect(level('Les demandeurs autochtones reçoivent une aide financière supplémentaire du ministère.')).toEqual([['warning', 0.55]])
  })

  it('calls a lone word in the French only a likely page artefact, with a lower confidence', () => {
    const findings = rule(notice(call.en, call.fr('Canada')).findings)
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        message: '“Canada” appears in the French only; likely a page artefact (a wordmark, header or footer) rather than text to translate',
        confidence: 0.55,
        fr: {text: 'Canada', position: {start: {line: 11, column: 1}, end: {line: 11, column: 7}}},
        en: {text: '', position: {start: {line: 3, column: 41}}},
      },
    ])
  })

  it('flags a list item the French adds, naming it a list item', () => {
    const findings = rule(
      notice(
        'Eligible expenses include:\n\n- travel\n- equipment',
        "Les dépenses admissibles comprennent :\n\n- les déplacements\n- l'équipement\n- les frais de traduction",
      ).findings,
    )
    expect(findings.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.line, finding.fr?.position.start.column])).toEqual([
      ['the English has no counterpart for this French list item: “les frais de traduction”', 'les frais de traduction', 14, 3],
    ])
  })

  it('flags a paragraph only a separate French file has, with positions in each file', () => {
    const english = {path: 'en.md', text: '# Grants for youth employers\n\nEmployers can receive up to half of the wages of a student they hire this summer.\n'}
    const french = {
      path: 'fr.md',
      text: '# Subventions aux employeurs de jeunes\n\nLes employeurs peuvent recevoir jusqu’à la moitié du salaire d’un étudiant embauché cet été.\n\nLes organismes sans but lucratif peuvent recevoir jusqu’à la totalité du salaire.\n',
    }
    const findings = rule(check([english, french]).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.fr).toMatchObject({
      source: 1,
      text: 'Les organismes sans but lucratif peuvent recevoir jusqu’à la totalité du salaire.',
      position: {start: {line: 5, column: 1}},
    })
    expect(findings[0]?.en).toMatchObject({source: 0, text: '', position: {start: {line: 3, column: 82}}})
  })

  it('stays quiet when the French says one English sentence in two', () => {
    const findings = notice(
      'Employers can receive up to half of the wages of a student they hire this summer.',
      "Les employeurs peuvent recevoir jusqu'à la moitié du salaire. Cela vaut pour chaque étudiant embauché cet été.",
    ).findings
    expect(rule(findings)).toEqual([])
  })

  it('stays quiet for a longer French closing formula and French honorifics', () => {
    const letter = [
      'Dear Minister:',
      'Thank you for your letter of March 3 about the new funding program for rural libraries.',
      'Sincerely,',
      'The Honourable Jane Smith, P.C., M.P.',
      'Monsieur le Ministre,',
      'Je vous remercie de votre lettre du 3 mars au sujet du nouveau programme de financement des bibliothèques rurales.',
      "Je vous prie d'agréer, Monsieur le Ministre, l'expression de mes sentiments les meilleurs.",
      "L'honorable Jane Smith, C.P., députée",
    ].join('\n\n')
    expect(rule(check({path: 'letter.md', text: `${letter}\n`}).findings)).toEqual([])
  })

  it('does not count a language notice such as “(Le français suit)” as added French', () => {
    const text =
      "(Le français suit)\n\n# Notice\n\nThe office will be closed on Monday for maintenance of the building.\n\n# Avis\n\nLe bureau sera fermé lundi pour l'entretien de l'immeuble.\n"
    expect(rule(check({path: 'notice.md', text}).findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(parking.en, parking.fr, {rules: {'added-content': 'info'}}).findings).map((finding) => finding.severity)).toEqual(['info'])
    expect(rule(notice(parking.en, parking.fr, {rules: {'added-content': 'off'}}).findings)).toEqual([])
  })
})
