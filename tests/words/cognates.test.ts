import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {cognateSimilarity, similarity} from '../../src/words/cognates.js'

describe('cognateSimilarity', () => {
  it.each([
    ['nationality', 'nationalite'],
    ['organization', 'organisation'],
    ['legislation', 'legislation'],
    ['platforms', 'plateformes'],
    ['dangerous', 'dangereux'],
    ['economic', 'economique'],
    ['criminal', 'criminel'],
    ['modernize', 'moderniser'],
    ['exclusive', 'exclusif'],
    ['canada', 'canadien'],
    ['unsolicited', 'sollicitee'],
  ])('matches %s with %s through the suffix correspondences', (english, french) => {
    expect(cognateSimilarity(english, french)).toBeGreaterThanOrEqual(0.78)
  })

  it.each([
    ['advertising', 'publicite'],
    ['improve', 'ameliorer'],
    ['law', 'loi'],
    ['constitution', 'construction'],
  ])('does not take %s and %s for cognates', (english, french) => {
    expect(cognateSimilarity(english, french)).toBeLessThan(0.78)
  })

  it('is a similarity: 1 for equal words, in [0, 1], symmetric in its edit distance', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 12}), fc.string({maxLength: 12}), (a, b) => {
        const value = similarity(a, b)
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
        expect(similarity(b, a)).toBeCloseTo(value)
        expect(similarity(a, a)).toBe(1)
      }),
    )
  })
})
