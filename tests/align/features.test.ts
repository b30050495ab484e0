import {describe, expect, it} from 'vitest'
import {KeyTable, segmentFeatures, sharedWeight} from '../../src/align/features.js'
import {lengthCost} from '../../src/align/length-cost.js'

function shared(en: string, fr: string) {
  const keys = new KeyTable()
  const a = segmentFeatures(en, keys)
  const b = segmentFeatures(fr, keys)
  return {anchors: sharedWeight(a.anchors, b.anchors), words: sharedWeight(a.words, b.words)}
}

describe('segment features', () => {
  it.each([
    ['It costs 22.24 dollars.', 'Il coûte 22,24 dollars.'],
    ['1,234,567 people', '1 234 567 personnes'],
    ['1,234,567 people', '1\u00A0234\u00A0567 personnes'],
    ['1,234,567 people', '1\u202F234\u202F567 personnes'],
    ['$22.24 million', '22,24 millions de dollars'],
    ['15% of cases', '15 % des cas'],
  ])('reads %j and %j as the same number', (en, fr) => {
    expect(shared(en, fr).anchors).toBeGreaterThanOrEqual(1)
  })

  it('does not glue a date to the next number', () => {
    expect(shared('On November 25, 2020, we met.', 'Le 25 novembre 2020, nous.').anchors).toBe(2)
  })

  it('matches names, acronyms and cognates, not function words', () => {
    expect(shared('The RCMP and Canada', 'La GRC et le Canada').anchors).toBe(1)
    expect(shared('the information', 'les informations').words).toBeGreaterThanOrEqual(1)
    expect(shared('the exploitation', "l'exploitation").words).toBeGreaterThanOrEqual(1)
    expect(shared('the committee', 'le comité').words).toBeGreaterThanOrEqual(0)
    expect(shared('of the and to', 'de la et à').words).toBe(0)
  })
})

describe('Gale–Church length cost', () => {
  it('is lowest where the lengths agree and grows with disagreement, staying finite', () => {
    const model = {ratio: 1.1, variance: 6.8}
    const costs = [110, 150, 250, 1000, 100000].map((fr) => lengthCost(100, fr, model))
    for (let k = 1; k < costs.length; k++) expect(costs[k]).toBeGreaterThan(costs[k - 1] as number)
    expect(Number.isFinite(costs.at(-1))).toBe(true)
    expect(lengthCost(100, 110, model)).toBeLessThan(0.1)
    expect(lengthCost(0, 0, model)).toBe(0)
  })
})
