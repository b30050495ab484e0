import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/segment/sentences.js'
import type {Lang} from '../../src/types.js'

const split = (text: string, lang: Lang = 'en') => splitSentences(text, lang).map(({start, end}) => text.slice(start, end))

describe('sentence segmentation', () => {
  it('splits on end punctuation followed by a capital', () => {
    expect(split('The Act applies. It was passed in 2005! Was it amended? Yes.')).toEqual([
      'The Act applies.',
      'It was passed in 2005!',
      'Was it amended?',
      'Yes.',
    ])
  })

  it.each([
    ['Mr. Smith and Dr. Jones met Mrs. Brown.', 'en'],
    ['M. Tremblay et Mme Roy ont rencontré Me Gagnon.', 'fr'],
    ['See No. 5 and art. 12 of the Act.', 'en'],
    ['Voir le par. 3 et l’art. 12 de la Loi.', 'fr'],
    ['Under s. 163.1 of the Code, it is an offence.', 'en'],
    ['It costs $22.24 million, i.e. more than last year.', 'en'],
    ['Some measures, e.g. Project Arachnid, help.', 'en'],
    ['Certaines mesures, p. ex. Arachnid, aident.', 'fr'],
    ['Les ministères, c.-à-d. Justice et Sécurité publique, collaborent.', 'fr'],
    ['The Honourable David Lametti, P.C., Q.C., M.P. Minister of Justice spoke.', 'en'],
    ["L'honorable David Lametti, c.p., c.r., député. Il a parlé.", 'fr'],
    ['J. Smith signed the letter.', 'en'],
    ['It is in R.S.C. 1985, c. C-46 and S.C. 2011.', 'en'],
    ['Il coûte 22,24 millions de dollars.', 'fr'],
    ['He paused... and went on.', 'en'],
  ] as const)('keeps %j whole', (text, lang) => {
    expect(split(text, lang)).toHaveLength(text.includes('Il a parlé') ? 2 : 1)
  })

  it('handles quotes, guillemets and ellipses before a capital', () => {
    expect(split('He said "No." Then he left.')).toEqual(['He said "No."', 'Then he left.'])
    expect(split('Elle a dit : « Non. » Puis elle est partie.', 'fr')).toEqual(['Elle a dit : « Non. »', 'Puis elle est partie.'])
    expect(split('Wait... Now go.')).toEqual(['Wait...', 'Now go.'])
  })

  it('ends a sentence after etc. or Inc. when a capitalised word follows', () => {
    expect(split('Files, folders, etc. The rest is archived.')).toEqual(['Files, folders, etc.', 'The rest is archived.'])
    expect(split('Acme Inc. and its partners agree.')).toHaveLength(1)
  })

  it('keeps the number of a list run into a paragraph with its item', () => {
    expect(split('Two types: 1. fix: a bug fix. 2. feat: a feature. 3. Other types are allowed.')).toEqual([
      'Two types: 1. fix: a bug fix.',
      '2. feat: a feature.',
      '3. Other types are allowed.',
    ])
    // A number ending a sentence still ends it.
    expect(split('The fee rose to 12. It was 10.')).toEqual(['The fee rose to 12.', 'It was 10.'])
  })

  it('makes each line of a hard-broken block a segment of its own', () => {
    expect(split('The Honourable Julie Miville-Dechêne, Senator\nThe Senate\nOttawa ON K1A 0A4')).toEqual([
      'The Honourable Julie Miville-Dechêne, Senator',
      'The Senate',
      'Ottawa ON K1A 0A4',
    ])
  })

  it('covers the text: ranges are ordered, trimmed, disjoint, and hold every non-space character', () => {
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom('a', 'B', ' ', '.', '!', '?', '\n', '«', '»', '1', ',', 'M', 'r')}),
        fc.constantFrom<Lang>('en', 'fr'),
        (text, lang) => {
          const ranges = splitSentences(text, lang)
          let previous = 0
          let covered = ''
          for (const {start, end} of ranges) {
            expect(start).toBeGreaterThanOrEqual(previous)
            expect(end).toBeGreaterThan(start)
            expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
            covered += text.slice(start, end)
            previous = end
          }
          expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
        },
      ),
    )
  })
})
