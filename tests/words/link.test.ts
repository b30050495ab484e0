import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {bundledLexicon} from '../../src/words/bundled.js'
import {parseLexicon} from '../../src/words/lexicon.js'
import {coverage, linkWords} from '../../src/words/link.js'
import {tokenize} from '../../src/words/tokens.js'

const link = (english: string, french: string) => linkWords(tokenize(english, 'en'), tokenize(french, 'fr'), {lexicon: bundledLexicon()})
const unmatched = (alignment: ReturnType<typeof link>, lang: 'en' | 'fr') => {
  const counterpart = lang === 'en' ? alignment.enCounterpart : alignment.frCounterpart
  return alignment[lang].filter((token, k) => token.content && counterpart[k] === -1).map((token) => token.text)
}

describe('linkWords', () => {
  it('finds the one dropped item of an enumeration', () => {
    const alignment = link(
      'from simple possession of such material to making, distributing, accessing, selling, advertising, importing or exporting it',
      "de la possession simple de ce type de matériel jusqu'au fait d'y accéder, à sa production, sa distribution, sa vente, son importation ou exportation",
    )
    expect(unmatched(alignment, 'en')).toEqual(['advertising'])
  })

  it('covers every content word of a faithful translation', () => {
    const alignment = link('The Library will be closed on Monday.', 'La Bibliothèque sera fermée lundi.')
    expect(coverage(alignment)).toEqual({en: 1, fr: 1})
  })

  it('links one to one by the best score first, then lets a left-over word answer a linked one', () => {
    const lexicon = parseLexicon('en\tfr\nbill\tprojet de loi\n')
    const alignment = linkWords(tokenize('the bill', 'en'), tokenize('le projet de loi', 'fr'), {lexicon})
    expect(alignment.links).toHaveLength(1)
    expect(unmatched(alignment, 'fr')).toEqual([])
  })

  it('keeps links one to one, in range, and coverage in [0, 1] whatever the words', () => {
    const words = fc.constantFrom(
      'law',
      'loi',
      'Canada',
      'canadien',
      'the',
      'le',
      'selling',
      'vente',
      'improve',
      'améliorer',
      '2021',
      'MRA',
      'plateformes',
      'platforms',
    )
    fc.assert(
      fc.property(fc.array(words, {maxLength: 12}), fc.array(words, {maxLength: 12}), (en, fr) => {
        const alignment = link(en.join(' '), fr.join(' '))
        const enLinked = new Set(alignment.links.map((l) => l.en))
        const frLinked = new Set(alignment.links.map((l) => l.fr))
        expect(enLinked.size).toBe(alignment.links.length)
        expect(frLinked.size).toBe(alignment.links.length)
        for (const l of alignment.links) {
          expect(alignment.enCounterpart[l.en]).toBe(l.fr)
          expect(alignment.frCounterpart[l.fr]).toBe(l.en)
        }
        const covered = coverage(alignment)
        for (const share of [covered.en, covered.fr]) expect(share >= 0 && share <= 1).toBe(true)
      }),
      {numRuns: 200},
    )
  })
})
