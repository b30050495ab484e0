import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the English paragraph, line 7 the French one.
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'number-mismatch')

const applications = {
  en: 'The department received 1,250 applications and funded 42 projects.',
  fr: 'Le ministère a reçu 1 520 demandes et a financé 42 projets.',
}

describe('number-mismatch', () => {
  it('flags a number changed in the French, as an error, showing both values and where each is', () => {
    const findings = rule(notice(applications.en, applications.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'number-mismatch',
      severity: 'error',
      category: 'number',
      message: 'the English “1,250” (1250) became “1 520” (1520) in the French',
      en: {text: '1,250', position: {start: {line: 3, column: 25}, end: {line: 3, column: 30}}},
      fr: {text: '1 520', position: {start: {line: 7, column: 21}, end: {line: 7, column: 26}}},
    })
  })

  it('flags swapped digits, in a percentage and in an amount', () => {
    const percent = rule(notice('About 15% of clients waited more than 10 days.', 'Environ 51 % des clients ont attendu plus de 10 jours.').findings)
    expect(percent.map((finding) => [finding.message, finding.en?.text, finding.fr?.text])).toEqual([
      ['the English “15” became “51” in the French', '15', '51'],
    ])
    expect(percent[0]?.fr?.position.start).toMatchObject({line: 7, column: 9})
    const amount = rule(notice('The program received $3.5 million in new funding.', 'Le programme a reçu 35 millions de dollars en nouveaux fonds.').findings)
    expect(amount.map((finding) => finding.message)).toEqual(['the English “3.5” became “35” in the French'])
  })

  it('flags an English number the French leaves out, pointing at the whole French sentence', () => {
    const findings = rule(
      notice(
        'Employers can receive up to 50% of the wages of each student they hire for up to 16 weeks.',
        "Les employeurs peuvent recevoir jusqu'à 50 % du salaire de chaque étudiant embauché.",
      ).findings,
    )
    expect(findings).toMatchObject([
      {
        message: 'the French has no counterpart for the English number “16”',
        en: {text: '16', position: {start: {line: 3, column: 82}, end: {line: 3, column: 84}}},
        fr: {text: "Les employeurs peuvent recevoir jusqu'à 50 % du salaire de chaque étudiant embauché.", position: {start: {line: 7, column: 1}}},
      },
    ])
    // A swap is surer than a number missing.
    expect(findings[0]?.confidence).toBeLessThan(rule(notice(applications.en, applications.fr).findings)[0]?.confidence ?? 0)
  })

  it('flags a number only the French has', () => {
    const findings = rule(
      notice('The grant covers travel costs for participants.', 'La subvention couvre les frais de déplacement des 120 participants.').findings,
    )
    expect(findings).toMatchObject([
      {
        message: 'the English has no counterpart for the French number “120”',
        en: {text: 'The grant covers travel costs for participants.', position: {start: {line: 3, column: 1}}},
        fr: {text: '120', position: {start: {line: 7, column: 51}, end: {line: 7, column: 54}}},
      },
    ])
  })

  it('reads each language’s conventions: decimal commas, space separators, “$” and “millions de dollars”, “%” and “ %”, fiscal years', () => {
    expect(
      rule(
        notice(
          'The fund will provide $1,234,567.50 to 2,500 households, or 12.5% of eligible households, in 2023–24.',
          'Le fonds versera 1 234 567,50 $ à 2 500 ménages, soit 12,5 % des ménages admissibles, en 2023-2024.',
        ).findings,
      ),
    ).toEqual([])
    expect(rule(notice('Canada will invest $2.1 billion over five years.', 'Le Canada investira 2,1 milliards de dollars sur cinq ans.').findings)).toEqual([])
    expect(rule(notice('The agency processed 1,234.5 tonnes of waste.', 'L’agence a traité 1\u202f234,5 tonnes de déchets.').findings)).toEqual([])
    expect(rule(notice('The fee is $5,000 per year.', 'Les droits sont de 5000 $ par année.').findings)).toEqual([])
  })

  it('matches numbers written as words and ordinals in each language', () => {
    expect(
      rule(
        notice(
          'This is the first of three annual reports. The 2nd report is due in the fall.',
          "Il s'agit du premier de trois rapports annuels. Le 2e rapport est attendu à l'automne.",
        ).findings,
      ),
    ).toEqual([])
    expect(rule(notice('The 1st phase ends in three weeks.', 'La 1re phase se termine dans trois semaines.').findings)).toEqual([])
    expect(rule(notice('Both levels of government signed the agreement.', 'Les deux ordres de gouvernement ont signé l’accord.').findings)).toEqual([])
  })

  it('leaves bill numbers, phone numbers, postal codes and dates alone', () => {
    expect(
      rule(
        notice(
          'Bill C-46 was tabled. Call 1-800-622-6232 or write to Ottawa ON K1A 0H8.',
          'Le projet de loi C-46 a été déposé. Composez le 1-800-622-6232 ou écrivez à Ottawa (Ontario) K1A 0H8.',
        ).findings,
      ),
    ).toEqual([])
    // The day differs, but dates are the date rule's to compare.
    expect(
      rule(
        notice('The report was tabled on March 12, 2024, with 42 recommendations.', 'Le rapport a été déposé le 21 mars 2024 et contient 42 recommandations.')
          .findings,
      ),
    ).toEqual([])
    expect(rule(notice('The office is open from 8:30 a.m. to 4:30 p.m.', 'Le bureau est ouvert de 8 h 30 à 16 h 30.').findings)).toEqual([])
  })

  it('finds each number in the French however its sentences are cut', () => {
    expect(
      rule(notice('The office has 12 employees and serves 3,000 clients a year.', 'Le bureau compte 12 employés. Il sert 3 000 clients par année.').findings),
    ).toEqual([])
    expect(
      rule(
        notice(
          'The office opened in 1998 with 12 employees. Today it serves 3,000 clients a year.',
          "Le bureau a ouvert ses portes en 1998. Aujourd'hui, ses 12 employés servent 3 000 clients par année.",
        ).findings,
      ),
    ).toEqual([])
  })

  it('does not compare the numbers of code blocks', () => {
    const findings = notice(
      'Set the timeout in the configuration file:\n\n```\ntimeout = 30\n```',
      'Réglez le délai dans le fichier de configuration :\n\n```\ntimeout = 60\n```',
    ).findings
    expect(rule(findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(applications.en, applications.fr, {rules: {'number-mismatch': 'warning'}}).findings).map((finding) => finding.severity)).toEqual([
      'warning',
    ])
    expect(rule(notice(applications.en, applications.fr, {rules: {'number-mismatch': 'off'}}).findings)).toEqual([])
  })
})

describe('number-mismatch: things that are not numbers of the text', () => {
  it('flags the number of a heading changed, though list numbers run into a paragraph are left alone', () => {
    const headings = (en: string, fr: string) =>
      rule(check({path: 'doc.md', text: `## ${en}\n\nUse open standards.\n\n## ${fr}\n\nUtilisez des normes ouvertes.\n`}).findings).map((finding) => [
        finding.message,
        finding.en?.text,
        finding.fr?.text,
      ])
    expect(headings('4. Make use of open standards', '7. Utilisez des normes ouvertes')).toEqual([['the English “4” became “7” in the French', '4', '7']])
    expect(headings('4. Make use of open standards', '4. Utilisez des normes ouvertes')).toEqual([])
  })

  it('does not read footnote calls as numbers, even run together', () => {
    const report = notice(
      'The model was trained on public data[1](https://example.org/a),[2](https://example.org/b).',
      'Le modèle a été entraîné sur des données publiques [1](https://example.org/a), [2](https://example.org/b).',
    )
    expect(rule(report.findings)).toEqual([])
  })

  it('leaves numbers in inline code to meet their counterpart, without reporting them missing', () => {
    expect(rule(notice('The server listens on port `8080` by default.', 'Le serveur écoute par défaut.').findings)).toEqual([])
    // A number in prose is still compared with one in code on the other side.
    expect(rule(notice('The server listens on port 8080.', 'Le serveur écoute sur le port `8080`.').findings)).toEqual([])
  })

  it('takes « un » for 1, and still flags a number that really differs', () => {
    expect(rule(notice('Each change needs at least 1 reviewer.', 'Chaque modification exige au moins un évaluateur.').findings)).toEqual([])
    expect(
      rule(notice('Each change needs at least 2 reviewers.', 'Chaque modification exige au moins 3 évaluateurs.').findings).map((finding) => finding.message),
    ).toEqual(['the English “2” became “3” in the French'])
  })
})
