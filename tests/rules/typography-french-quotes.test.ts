import {describe, expect, it} from 'vitest'
import type {TypographyProfile} from '../../src/types.js'
import {notice, place, typographyFindings} from './typography-notice.js'

/** The french-quotes findings of `text`, in text order. */
const quotes = (text: string, profile?: TypographyProfile) => typographyFindings('french-quotes', text, profile)

describe('french-quotes', () => {
  it('flags French words in straight or English quotation marks, at the quotation, in both French profiles', () => {
    const text = notice(
      'Le formulaire porte la mention "Brouillon" jusqu’à son approbation.',
      'Les sections suivent les “Lignes directrices du programme” publiées l’an dernier.',
    )
    for (const profile of ['fr-CA', 'fr-FR'] as const) {
      const findings = quotes(text, profile)
      expect(findings.map((finding) => finding.message)).toEqual([
        'the French writes "Brouillon" in straight quotation marks: French quotes with guillemets (« Brouillon »)',
        'the French writes “Lignes directrices du programme” in English quotation marks: French quotes with guillemets (« Lignes directrices du programme »)',
      ])
      expect(findings[0]).toMatchObject({
        severity: 'info',
        category: 'typography',
        confidence: 0.65,
        en: null,
        fr: {text: '"Brouillon"', position: {start: place(text, '"Brouillon"')}},
      })
      expect(findings[1]?.confidence).toBe(0.75)
      expect(findings[1]?.fr?.position.end.offset).toBe(place(text, '”').offset + 1)
    }
  })

  it('says nothing without a profile, nor under en-CA', () => {
    const text = notice('Le formulaire porte la mention "Brouillon" jusqu’à son approbation.')
    expect(quotes(text)).toEqual([])
    expect(quotes(text, 'en-CA')).toEqual([])
  })

  it('leaves guillemets, code values, English terms and attributes alone', () => {
    const text = notice(
      'Le formulaire porte la mention « Brouillon » jusqu’à son approbation.',
      'Le champ status prend la valeur "default", puis "auto"; soumettez ensuite une "pull request".',
      'Chaque section a la classe class="dpgn-section" et le gabarit `"{{ widget.type }}"`.',
      'Remplacez "{YOUR GITHUB TOKEN}" par votre jeton et ouvrez la feuille ** "SUB" **.',
    )
    expect(quotes(text, 'fr-CA')).toEqual([])
  })

  it('leaves English quotation marks of the English alone', () => {
    const text = notice().replace('six months.', 'six months, a “fresh start” for the "Draft" forms.')
    expect(quotes(text, 'fr-CA')).toEqual([])
  })
})
