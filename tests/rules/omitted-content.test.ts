import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the first English paragraph, line 7 the first French one (with one paragraph a side).
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'omitted-content')

const benefit = {
  en: 'The benefit is paid every month. To receive it, you must file your income tax and benefit return every year, even if you had no income.',
  fr: 'La prestation est versée chaque mois.',
}

describe('omitted-content', () => {
  it('flags a sentence the French drops from a paired paragraph, as an error, with an empty French span after the paired sentence', () => {
    const findings = rule(notice(benefit.en, benefit.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'omitted-content',
      severity: 'error',
      category: 'omission',
      // Long sentences are cut at 89 characters in the message.
      message:
        'the French has no counterpart for this English sentence: “To receive it, you must file your income tax and benefit return every year, even if you h…”',
      en: {
        text: 'To receive it, you must file your income tax and benefit return every year, even if you had no income.',
        position: {start: {line: 3, column: 34}, end: {line: 3, column: 136}},
      },
      fr: {text: '', position: {start: {line: 7, column: 38}, end: {line: 7, column: 38}}},
    })
  })

  it('flags a whole paragraph the French leaves out, placing the French span after the previous paired paragraph', () => {
    const findings = rule(
      notice(
        'The call for proposals opens on April 3.\n\nApplicants must be registered not-for-profit organizations operating in Canada for at least two years.\n\nFor more information, contact the program office.',
        "L'appel de propositions s'ouvre le 3 avril.\n\nPour en savoir plus, communiquez avec le bureau du programme.",
      ).findings,
    )
    expect(findings.map((finding) => finding.message)).toEqual([
      'the French has no counterpart for this English paragraph: “Applicants must be registered not-for-profit organizations operating in Canada for at lea…”',
    ])
    expect(findings[0]?.en).toMatchObject({
      text: 'Applicants must be registered not-for-profit organizations operating in Canada for at least two years.',
      position: {start: {line: 5, column: 1}, end: {line: 5, column: 103}},
    })
    // After "L'appel de propositions s'ouvre le 3 avril." on line 11.
    expect(findings[0]?.fr).toMatchObject({text: '', position: {start: {line: 11, column: 44}, end: {line: 11, column: 44}}})
  })

  it('names the kind of block left out: a list item, a heading', () => {
    const list = rule(
      notice(
        'To apply, you need:\n\n- a valid passport\n- two recent photos\n- proof of address',
        'Pour présenter une demande, il vous faut :\n\n- un passeport valide\n- deux photos récentes',
      ).findings,
    )
    expect(list.map((finding) => [finding.message, finding.en?.text, finding.en?.position.start.line, finding.en?.position.start.column])).toEqual([
      ['the French has no counterpart for this English list item: “proof of address”', 'proof of address', 7, 3],
    ])
    expect(list[0]?.fr?.position.start).toMatchObject({line: 14, column: 23})
    const heading = rule(
      notice('## Eligibility\n\nApplicants must be registered charities.', 'Les demandeurs doivent être des organismes de bienfaisance enregistrés.').findings,
    )
    expect(heading.map((finding) => [finding.message, finding.en?.text])).toEqual([
      ['the French has no counterpart for this English heading: “Eligibility”', 'Eligibility'],
    ])
  })

  it('is as sure as measured on real documents: a sentence or list item is an error, a heading a warning, addresses alone an info', () => {
    const level = (english: string, french: string) => rule(notice(english, french).findings).map((finding) => [finding.severity, finding.confidence])
    const list = level('To apply, you need:\n\n- a valid passport\n- proof of address', 'Pour présenter une demande, il vous faut :\n\n- un passeport valide')
    expect(list).toEqual([['error', 0.8]])
    const heading = level(
      '## Eligibility\n\nApplicants must be registered charities.',
      'Les demandeurs doivent être des organismes de bienfaisance enregistrés.',
    )
    expect(heading).toEqual([['warning', 0.55]])
    // Addresses have nothing to translate: a list of repositories the French leaves out is worth a look, not an alarm.
    const addresses = level('Repositories:\n\n- https://github.com/cds-snc/a\n- https://github.com/cds-snc/b', 'Dépôts :\n\n- https://github.com/cds-snc/a')
    expect(addresses).toEqual([['info', 0.3]])
    // Nor is the name of a script as a title, or a bot's command: a translation keeps them as they are.
    expect(level('# AddAGWDomainSettings\n\nAdds the domain settings.', 'Ajoute les paramètres du domaine.')).toEqual([['info', 0.3]])
    expect(level('@netlify /en/pages-to-review/\n\nReview the pages.', 'Révisez les pages.')).toEqual([['info', 0.3]])
  })

  it('is surer of a long paragraph left out than of a one-word heading', () => {
    const paragraph = rule(
      notice(
        'The call for proposals opens on April 3.\n\nApplicants must be registered not-for-profit organizations operating in Canada for at least two years.',
        "L'appel de propositions s'ouvre le 3 avril.",
      ).findings,
    )
    const heading = rule(
      notice('## Eligibility\n\nApplicants must be registered charities.', 'Les demandeurs doivent être des organismes de bienfaisance enregistrés.').findings,
    )
    expect(paragraph[0]?.confidence).toBeGreaterThan(heading[0]?.confidence ?? 1)
  })

  it('flags a paragraph missing from a separate French file, with positions in each file', () => {
    const english = {
      path: 'en.md',
      text: '# Grants for youth employers\n\nEmployers can receive up to half of the wages of a student they hire this summer.\n\nNot-for-profit organizations can receive up to the full wage.\n',
    }
    const french = {
      path: 'fr.md',
      text: '# Subventions aux employeurs de jeunes\n\nLes employeurs peuvent recevoir jusqu’à la moitié du salaire d’un étudiant embauché cet été.\n',
    }
    const [finding, ...others] = rule(check([english, french]).findings)
    expect(others).toEqual([])
    expect(finding?.message).toBe('the French has no counterpart for this English paragraph: “Not-for-profit organizations can receive up to the full wage.”')
    expect(finding?.en).toMatchObject({
      source: 0,
      text: 'Not-for-profit organizations can receive up to the full wage.',
      position: {start: {line: 5, column: 1}},
    })
    expect(finding?.fr).toMatchObject({source: 1, text: '', position: {start: {line: 3, column: 93}}})
  })

  it('stays quiet when the French says two English sentences in one', () => {
    expect(
      rule(
        notice('The program is open to all students. It runs from May to August.', 'Le programme, offert de mai à août, est ouvert à tous les étudiants.')
          .findings,
      ),
    ).toEqual([])
  })

  it('stays quiet for a letter whose salutation, closing and honorifics follow French conventions', () => {
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

  it('does not count a language switch link as content', () => {
    const english = {path: 'en.md', text: '[Français](fr.html)\n\n# Notice\n\nThe office will be closed on Monday for maintenance of the building.\n'}
    const french = {path: 'fr.md', text: "# Avis\n\nLe bureau sera fermé lundi pour l'entretien de l'immeuble.\n"}
    expect(rule(check([english, french]).findings)).toEqual([])
  })

  it('stays quiet once the French has the sentence', () => {
    const french = `${benefit.fr} Pour la recevoir, vous devez produire votre déclaration de revenus et de prestations chaque année, même si vous n'avez eu aucun revenu.`
    expect(rule(notice(benefit.en, french).findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(benefit.en, benefit.fr, {rules: {'omitted-content': 'warning'}}).findings).map((finding) => finding.severity)).toEqual(['warning'])
    expect(rule(notice(benefit.en, benefit.fr, {rules: {'omitted-content': 'off'}}).findings)).toEqual([])
  })
})

describe('omitted-content: blocks that carry both languages', () => {
  it('does not report a bilingual heading of an interleaved template as English without French', () => {
    const text = [
      '## Summary | Résumé',
      '',
      '> One paragraph explanation of the bug, including why it is a problem for the people who use the application.',
      '',
      '> Description du bogue en un paragraphe, incluant la raison pour laquelle il pose problème aux personnes qui utilisent l’application.',
      '',
      '## Environment | Environnement logiciel',
      '',
      '> What kind of device was the bug experienced with, including the model and the version of its operating system.',
      '',
      '> Type d’appareil sur lequel le bogue est survenu, y compris le modèle et la version de son système d’exploitation.',
      '',
    ].join('\n')
    const findings = check({path: 'bug.md', text}).findings.filter((finding) => finding.rule === 'omitted-content' || finding.rule === 'added-content')
    expect(findings).toEqual([])
  })
})
