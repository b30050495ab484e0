import {describe, expect, it} from 'vitest'
import type {TypographyProfile} from '../../src/types.js'
import {notice, place, typographyFindings} from './typography-notice.js'

/** The french-capitals findings of `text`, in text order. */
const capitals = (text: string, profile?: TypographyProfile) => typographyFindings('french-capitals', text, profile)

describe('french-capitals', () => {
  it('flags Ministère before its field, and months and weekdays capitalized in a date, in both French profiles', () => {
    const text = notice(
      'Le Ministère de la Justice a lancé une consultation l’automne dernier.',
      'Les commentaires ont été reçus jusqu’au 25 Novembre 2020, puis en Janvier 2021.',
      'Un résumé sera présenté le Lundi 3 mai, lors d’une réunion publique.',
    )
    for (const profile of ['fr-CA', 'fr-FR'] as const) {
      const findings = capitals(text, profile)
      expect(findings.map((finding) => finding.message)).toEqual([
        'the French writes "Ministère de la Justice": in French the word ministère takes a lowercase before the name of its field ("ministère de la Justice")',
        'the French writes "Novembre 2020": French writes the names of months in lowercase ("novembre 2020")',
        'the French writes "Janvier 2021": French writes the names of months in lowercase ("janvier 2021")',
        'the French writes "Lundi 3 mai": French writes the names of days in lowercase ("lundi 3 mai")',
      ])
      expect(findings[0]).toMatchObject({
        severity: 'info',
        category: 'typography',
        confidence: 0.85,
        en: null,
        fr: {text: 'Ministère', position: {start: place(text, 'Ministère')}},
      })
      expect(findings[1]?.fr?.position.start).toEqual(place(text, 'Novembre'))
      expect(findings[1]?.fr?.position.end.offset).toBe(place(text, 'Novembre').offset + 'Novembre'.length)
    }
  })

  it('says nothing without a profile, nor under en-CA', () => {
    const text = notice('Le Ministère de la Justice a reçu les commentaires jusqu’au 25 Novembre 2020.')
    expect(capitals(text)).toEqual([])
    expect(capitals(text, 'en-CA')).toEqual([])
  })

  it('leaves capitals French puts alone: sentence starts, headings, holidays, names, titles and quotations', () => {
    const text = notice(
      'Le ministère de la Justice a reçu les commentaires jusqu’au 25 novembre 2020.',
      'Le Ministère publiera le résumé avant la fête du 14 Juillet et le 1er Mai, quand la sonde atteindra Mars.',
      'Ministère de la Justice Canada',
      'Novembre 2020 a été un mois chargé. Lundi 3 mai, la réunion a eu lieu.',
      'Le Mardi gras et le Vendredi saint sont des fêtes.',
      'Lisez *Le 18 Novembre 1918 au Ministère des Finances* et « Lundi 3 mai » de l’auteur.',
    )
    expect(capitals(text, 'fr-CA')).toEqual([])
    expect(capitals(`${text}\n## Lundi 3 mai : séance publique\n\n- Novembre 2020 : rapport\n`, 'fr-CA')).toEqual([])
  })
})
