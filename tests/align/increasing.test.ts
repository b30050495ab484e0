import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {longestIncreasingChain} from '../../src/align/increasing.js'

/** The length of the longest chain increasing on both sides, by the quadratic dynamic programme. */
function longest(links: ReadonlyArray<{en: number; fr: number}>): number {
  const sorted = [...links].sort((a, b) => a.en - b.en)
  const best = sorted.map(() => 1)
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sorted[j] as {en: number; fr: number}
      const b = sorted[i] as {en: number; fr: number}
      if (a.en < b.en && a.fr < b.fr) best[i] = Math.max(best[i] as number, (best[j] as number) + 1)
    }
  }
  return Math.max(0, ...best)
}

describe('longestIncreasingChain', () => {
  it('finds a longest chain of links increasing in both sentences', () => {
    const link = fc.record({en: fc.nat(30), fr: fc.nat(30)})
    fc.assert(
      fc.property(fc.array(link, {maxLength: 40}), (links) => {
        const chain = longestIncreasingChain(
          links,
          (link) => link.en,
          (link) => link.fr,
        )
        expect(chain).toHaveLength(longest(links))
        for (let k = 1; k < chain.length; k++) {
          expect((chain[k] as {en: number}).en).toBeGreaterThan((chain[k - 1] as {en: number}).en)
          expect((chain[k] as {fr: number}).fr).toBeGreaterThan((chain[k - 1] as {fr: number}).fr)
        }
        for (const item of chain) expect(links).toContain(item)
      }),
    )
  })

  it('never chains points of the same x, and keeps the earlier point on a tie in y', () => {
    const points: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [1, 2],
      [2, 2],
      [3, 2],
    ]
    expect(
      longestIncreasingChain(
        points,
        ([i]) => i,
        ([, j]) => j,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ])
  })
})
