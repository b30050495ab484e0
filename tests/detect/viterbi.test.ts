import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segmentLanguages} from '../../src/detect/viterbi.js'
import type {Lang} from '../../src/types.js'

function cost(scores: readonly number[], path: readonly Lang[], switchCost: number): number {
  let total = 0
  path.forEach((lang, i) => {
    const score = scores[i] as number
    total += lang === 'en' ? Math.max(0, -score) : Math.max(0, score)
    if (i > 0 && path[i - 1] !== lang) total += switchCost
  })
  return total
}

function allPaths(n: number): Lang[][] {
  if (n === 0) return [[]]
  return allPaths(n - 1).flatMap((path) => [
    [...path, 'en' as Lang],
    [...path, 'fr' as Lang],
  ])
}

describe('the two-language Viterbi pass', () => {
  it('finds a path as cheap as the best of all paths (brute force on short sequences)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -20, max: 20}), {maxLength: 9}), fc.integer({min: 0, max: 15}), (scores, switchCost) => {
        const path = segmentLanguages(scores, switchCost)
        expect(path).toHaveLength(scores.length)
        const best = Math.min(...allPaths(scores.length).map((candidate) => cost(scores, candidate, switchCost)))
        expect(cost(scores, path, switchCost)).toBe(best)
      }),
    )
  })

  it('follows every block when switching is free, and never switches when it costs more than everything', () => {
    expect(segmentLanguages([3, -2, 5, -1], 0)).toEqual(['en', 'fr', 'en', 'fr'])
    expect(segmentLanguages([3, -2, 5, -1], 100)).toEqual(['en', 'en', 'en', 'en'])
  })

  it('absorbs a weak stray block but not a strong run', () => {
    expect(segmentLanguages([10, 10, -2, 10, -10, -10], 3)).toEqual(['en', 'en', 'en', 'en', 'fr', 'fr'])
  })
})
