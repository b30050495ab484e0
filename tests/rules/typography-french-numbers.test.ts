import {describe, expect, it} from 'vitest'
import type {TypographyProfile} from '../../src/types.js'
import {notice, place, typographyFindings} from './typography-notice.js'

/** The french-numbers findings of `text`, in text order. */
const numbers = (text: string, profile?: TypographyProfile) => typographyFindings('french-numbers', text, profile)

describe('french-numbers', () => {
  it('flags the dollar sign before the amount, with the amount written the French way', () => {
    const text = notice('Le programme a reçu $22.24 millions sur trois ans.', 'Chaque trousse coûte $25 et la subvention atteint $1.5 milliard.')
    const findings = numbers(text, 'fr-CA')
    expect(findings.map((finding) => [finding.messageId, finding.data?.['text'], finding.data?.['fix']])).toEqual([
      ['dollarBefore', '$22.24 millions', '22,24 millions de dollars'],
      ['dollarBefore', '$25', '25 $'],
      ['dollarBefore', '$1.5 milliard', '1,5 milliard de dollars'],
    ])
    expect(findings[0]).toMatchObject({
      severity: 'info',
      category: 'typography',
      message: 'the French writes "$22.24 millions" with the dollar sign before the amount: French puts it after ("22,24 millions de dollars")',
      confidence: 0.9,
      en: null,
      fr: {text: '$22.24 millions', position: {start: place(text, '$22.24')}},
    })
  })

  it('flags decimal points, commas between thousands, runs of digits and percent signs of amounts', () => {
    const text = notice(
      'Le colis pèse 3.5 kg et le taux a augmenté de 25% cette année, puis de 2.5% le mois suivant.',
      'La subvention est plafonnée à 10,000 $ par organisme, pour 1,250,000 bénéficiaires et 25000 $ au total.',
    )
    const findings = numbers(text, 'fr-FR')
    expect(findings.map((finding) => [finding.messageId, finding.data?.['text'], finding.data?.['fix']])).toEqual([
      ['decimalPoint', '3.5', '3,5'],
      ['percentSpace', '25%', '25 %'],
      ['decimalPoint', '2.5%', '2,5 %'],
      ['thousandsComma', '10,000', '10 000'],
      ['thousandsComma', '1,250,000', '1 250 000'],
      ['thousandsRun', '25000', '25 000'],
    ])
    expect(findings[1]?.message).toBe('the French writes "25%": French puts a no-break space before the percent sign ("25 %")')
    expect(findings[1]?.fr?.position.start).toEqual(place(text, '25%'))
    expect(findings[5]?.confidence).toBe(0.6)
  })

  it('flags times written the English way: a.m. and p.m., or a colon after a preposition of time', () => {
    const text = notice('La séance commence à 2:30 p.m. et se termine à 17:00 (HNE); l’accueil ouvre dès 9 a.m.')
    const findings = numbers(text, 'fr-CA')
    expect(findings.map((finding) => finding.message)).toEqual([
      'the French writes the time "2:30 p.m." the English way: French writes "14 h 30"',
      'the French writes the time "17:00" the English way: French writes "17 h"',
      'the French writes the time "9 a.m." the English way: French writes "9 h"',
    ])
    expect(findings[0]?.fr?.position.start).toEqual(place(text, '2:30 p.m.'))
    expect(findings[1]?.confidence).toBe(0.7)
  })

  it('says nothing without a profile, nor under en-CA, nor of the English half', () => {
    const text = notice('Le programme a reçu $22.24 millions et 25% de plus.').replace(
      'six months.',
      'six months, for $22.24 million, 25% more, from 2:30 p.m.',
    )
    expect(numbers(text)).toEqual([])
    expect(numbers(text, 'en-CA')).toEqual([])
    expect(numbers(text, 'fr-CA').map((finding) => finding.data?.['text'])).toEqual(['$22.24 millions', '25%'])
  })

  it('leaves numbers that are not amounts, and amounts written the French way, alone', () => {
    const text = notice(
      'Le programme a reçu 22,24 millions de dollars, soit 10 000 $ par organisme, 1500 $ de plus et 25 % d’augmentation.',
      'Voir la section 4.2 de la version 2.1 du guide, le projet de loi C-75 et l’article 1.5 du règlement de 2019.',
      'Écrivez au 90, rue Elgin, Ottawa (Ontario) K1A 0H8, appelez le 613-555-1234 ou citez le dossier 16145.',
      'La séance commence à 14 h 30; la carte est à l’échelle 1:50 000 et la vidéo dure 2:45 minutes.',
      'Les termes $x$$1$ à $x$$n$ sont des variables, et 127.0.0.1 est l’adresse locale.',
    )
    expect(numbers(text, 'fr-CA')).toEqual([])
  })

  it('accepts the symbol first and the colon in tables, as the Translation Bureau does', () => {
    const table = '| Poste | Montant | Heure |\n|---|---|---|\n| Loyer | $ 47 432 | 14:30 |'
    expect(numbers(notice(table), 'fr-CA')).toEqual([])
  })
})
