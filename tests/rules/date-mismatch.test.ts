import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the English paragraph, line 7 the French one.
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'date-mismatch')

const letter = {
  en: 'Thank you for your letter of January 21, 2021, about the new regulations.',
  fr: 'Je vous remercie de votre lettre du 12 janvier 2021 au sujet du nouveau règlement.',
}

describe('date-mismatch', () => {
  it('flags a day changed in the French, as an error, with both dates read as values and where each is', () => {
    const findings = rule(notice(letter.en, letter.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'date-mismatch',
      severity: 'error',
      category: 'date',
      message: 'the English date “January 21, 2021” (2021-01-21) became “12 janvier 2021” (2021-01-12) in the French',
      en: {text: 'January 21, 2021', position: {start: {line: 3, column: 30}, end: {line: 3, column: 46}}},
      fr: {text: '12 janvier 2021', position: {start: {line: 7, column: 37}, end: {line: 7, column: 52}}},
    })
  })

  it('flags a month changed in a date without a year, and a year changed in a month', () => {
    const day = rule(notice('Applications are accepted until April 30 at noon.', "Les demandes sont acceptées jusqu'au 30 mai à midi.").findings)
    expect(day).toMatchObject([
      {
        message: 'the English date “April 30” (--04-30) became “30 mai” (--05-30) in the French',
        en: {text: 'April 30', position: {start: {line: 3, column: 33}}},
        fr: {text: '30 mai', position: {start: {line: 7, column: 38}, end: {line: 7, column: 44}}},
      },
    ])
    const month = rule(notice('The strategy was launched in April 2004.', 'La stratégie a été lancée en avril 2005.').findings)
    expect(month.map((finding) => [finding.message, finding.en?.text, finding.fr?.text])).toEqual([
      ['the English date “April 2004” (2004-04) became “avril 2005” (2005-04) in the French', 'April 2004', 'avril 2005'],
    ])
  })

  it('flags a time changed between the 12-hour and the 24-hour clock', () => {
    const findings = rule(notice('The webinar starts at 2:30 p.m. Eastern Time.', "Le webinaire commence à 12 h 30, heure de l'Est.").findings)
    expect(findings.map((finding) => [finding.message, finding.en?.text, finding.fr?.text, finding.fr?.position.start.column])).toEqual([
      ['the English date “2:30 p.m.” (T14:30) became “12 h 30” (T12:30) in the French', '2:30 p.m.', '12 h 30', 25],
    ])
  })

  it('flags a date only one version gives, pointing at the whole sentence of the other', () => {
    const missing = rule(notice('The consultation closes on March 15, 2024, at noon.', 'La consultation prend fin à midi.').findings)
    expect(missing).toMatchObject([
      {
        message: 'the French has no counterpart for the English date “March 15, 2024” (2024-03-15)',
        en: {text: 'March 15, 2024', position: {start: {line: 3, column: 28}, end: {line: 3, column: 42}}},
        fr: {text: 'La consultation prend fin à midi.', position: {start: {line: 7, column: 1}}},
      },
    ])
    const added = rule(notice('The consultation closes at noon.', 'La consultation prend fin le 15 mars 2024 à midi.').findings)
    expect(added.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.column, finding.en?.text])).toEqual([
      ['the English has no counterpart for the French date “15 mars 2024” (2024-03-15)', '15 mars 2024', 30, 'The consultation closes at noon.'],
    ])
  })

  it('reads French dates and times as the same values: “21 janvier 2021”, “le 1er décembre”, “21 janv.”, “14 h 30”, “9 h”', () => {
    const same: Array<[string, string]> = [
      ['Thank you for your letter of January 21, 2021.', 'Je vous remercie de votre lettre du 21 janvier 2021.'],
      ['The offices reopen on December 1, 2020.', 'Les bureaux rouvrent le 1er décembre 2020.'],
      ['The meeting is on Jan. 21, 2021, at 9:00 a.m.', 'La réunion aura lieu le 21 janv. 2021 à 9 h.'],
      ['The meeting takes place on Tuesday, May 7, 2024.', 'La réunion a lieu le mardi 7 mai 2024.'],
      ['The session begins at 14:30.', 'La séance commence à 14 h 30.'],
      ['Service is available from 9 a.m. to 5 p.m.', 'Le service est offert de 9 h à 17 h.'],
      ['The hearing was held on 12 March 2024.', "L'audience a eu lieu le 12 mars 2024."],
      ['The deadline is JAN 21 2021.', 'La date limite est le 21 janvier 2021.'],
      ['Data as of 2024-03-31.', 'Données au 2024-03-31.'],
      ['The program ran from April 2004 to March 2010.', "Le programme s'est déroulé d'avril 2004 à mars 2010."],
    ]
    for (const [english, french] of same) expect(rule(notice(english, french).findings), english).toEqual([])
  })

  it('matches a day without a year to the same day with one', () => {
    expect(rule(notice('Submit your form by March 31, 2024.', 'Soumettez votre formulaire au plus tard le 31 mars.').findings)).toEqual([])
  })

  it('does not take the verbs “may” and “march” for months when no number follows them', () => {
    expect(rule(notice('You may apply until May 15.', "Vous pouvez présenter une demande jusqu'au 15 mai.").findings)).toEqual([])
    expect(
      rule(
        notice(
          'Veterans will march on November 11 to mark Remembrance Day.',
          'Les anciens combattants défileront le 11 novembre pour souligner le jour du Souvenir.',
        ).findings,
      ),
    ).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(letter.en, letter.fr, {rules: {'date-mismatch': 'warning'}}).findings).map((finding) => finding.severity)).toEqual(['warning'])
    expect(rule(notice(letter.en, letter.fr, {rules: {'date-mismatch': 'off'}}).findings)).toEqual([])
  })
})
