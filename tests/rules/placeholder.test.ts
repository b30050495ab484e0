import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findPlaceholders} from '../../src/check/draft/placeholders.js'
import {check} from '../../src/pipeline.js'
import {readFixture, withRelated} from '../helpers.js'

const placeholders = (text: string) => findPlaceholders(text).map((found) => found.text)

describe('findPlaceholders', () => {
  it('finds what drafts leave for text to come', () => {
    expect(placeholders('Costs are TBD and the date is TBC.')).toEqual(['TBD', 'TBC'])
    expect(placeholders('An investment of $XX million, or XX % of the budget, in 20XX.')).toEqual(['$XX', 'XX', '20XX'])
    expect(placeholders('Mr. XXX will attend ??? on [insert date] [À confirmer].')).toEqual(['XXX', '???', '[insert date]', '[À confirmer]'])
    expect(placeholders('Lorem ipsum dolor sit amet. Montant : [insérer le montant]')).toEqual(['Lorem ipsum', '[insérer le montant]'])
  })

  it('leaves Roman numerals, variables and ordinary brackets alone', () => {
    expect(placeholders('Part XXX of the Act, chapitre XXX, the XX century, $x$ and x% are fine [see annex 2].')).toEqual([])
    expect(placeholders('Is this right? Yes. [2019] (sic)')).toEqual([])
  })

  it('gives ranges that hold exactly the text it reports, for any text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('X', 'x', '$', ' ', '?', '[', ']', 'T', 'B', 'D', 'a', '1', '%', '\n')}), (text) => {
        for (const found of findPlaceholders(text)) expect(text.slice(found.start, found.end)).toBe(found.text)
      }),
    )
  })
})

describe('placeholder', () => {
  const bilingual = (en: string, fr: string) =>
    [
      '# Funding announcement',
      en,
      'Applicants will be notified of the decision by the regional office.',
      '# Annonce de financement',
      fr,
      'Les demandeurs seront avisés de la décision par le bureau régional.',
    ].join('\n\n')
  const found = (text: string) =>
    check({path: 'draft.md', text})
      .findings.flatMap((finding) => [finding, ...(finding.related ?? [])])
      .filter((finding) => finding.rule === 'placeholder')

  it('points at both versions in one finding when both still have a placeholder', () => {
    const text = bilingual(
      'The program will invest $XX million over five years in the regions.',
      'Le programme investira XX millions de dollars sur cinq ans dans les régions.',
    )
    const [finding, ...rest] = found(text)
    expect(rest).toEqual([])
    expect(finding?.message).toBe('both versions still have a placeholder here: “$XX” in English, “XX” in French')
    expect(finding?.en?.position.start.offset).toBe(text.indexOf('$XX'))
    expect(finding?.fr?.position.start.offset).toBe(text.indexOf('XX millions'))
    expect(finding?.fr?.position.start).toMatchObject({line: 9, column: 24})
  })

  it('says when the other version has none, and in French', () => {
    const text = bilingual(
      'The program will invest money over five years in the regions, TBD.',
      'Le programme investira deux millions de dollars sur cinq ans dans les régions.',
    )
    const [finding] = found(text)
    expect(finding?.message).toBe('the English version still has the placeholder “TBD”; the French version has none here')
    const [french] = check({path: 'draft.md', text}, {locale: 'fr'}).findings.filter((each) => each.rule === 'placeholder')
    expect(french?.message).toBe('la version anglaise a encore l’espace réservé «\u00a0TBD\u00a0»; la version française n’en a pas ici')
  })

  it('leaves code alone and gives the seed letter nothing', () => {
    expect(
      found(
        bilingual(
          'Run `make XXX` to build the program over five years in the regions.',
          'Lancez `make XXX` pour construire le programme sur cinq ans dans les régions.',
        ),
      ),
    ).toEqual([])
    expect(found(readFixture('ministerial-letter-2021.md'))).toEqual([])
  })
})

describe('placeholder, where one paragraph answers two', () => {
  it('matches the placeholders of a pair in order across its paragraphs, and reports the one left over', () => {
    const text = [
      '# Funding announcement',
      'The program will invest $XX million over five years in the regions, and its first call for proposals will open on March 3 in the spring.',
      'Applicants will be notified of the decision by the regional office.',
      '# Annonce de financement',
      'Le programme investira XX millions de dollars sur cinq ans dans les régions.',
      'Son premier appel de propositions sera lancé le [insérer la date] au printemps.',
      'Les demandeurs seront avisés de la décision par le bureau régional.',
    ].join('\n\n')
    const report = check({path: 'draft.md', text})
    // The English paragraph answers the two French ones.
    expect(report.pairs.some((pair) => pair.en.length === 1 && pair.fr.length === 2)).toBe(true)
    const messages = withRelated(report.findings)
      .filter((finding) => finding.rule === 'placeholder')
      .map((finding) => finding.message)
    expect(messages.sort()).toEqual([
      'both versions still have a placeholder here: “$XX” in English, “XX” in French',
      'the French version still has the placeholder “[insérer la date]”; the English version has none here',
    ])
  })
})
