import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sharedWeight} from '../../src/align/features.js'
import {KeyRuns, maxJoin} from '../../src/align/side.js'

/** A weight for each key of the generated segments (keys run from 0 to 40). */
const weights = Float64Array.from({length: 41}, (_, key) => 1 / (key + 1))

/** The keys of segments [start, end), pooled and sorted the plain way. */
const pooled = (keys: readonly number[][], start: number, end: number) =>
  keys
    .slice(start, end)
    .flat()
    .sort((a, b) => a - b)

describe('KeyRuns', () => {
  it('pools every run of one to three segments as a sorted multiset, and intersects them as sharedWeight does', () => {
    const segments = fc.array(fc.array(fc.integer({min: 0, max: 40}), {maxLength: 50}), {maxLength: 12})
    fc.assert(
      fc.property(segments, segments, fc.nat(), fc.nat(), (a, b, x, y) => {
        const left = new KeyRuns(a.map((keys) => [...keys].sort((p, q) => p - q)))
        const right = new KeyRuns(b.map((keys) => [...keys].sort((p, q) => p - q)))
        for (let size = 1; size <= maxJoin; size++) {
          for (let start = 0; start + size <= a.length; start++) {
            expect([...left.keys(start, start + size)]).toEqual(pooled(a, start, start + size))
            expect(left.count(start, start + size)).toBe(pooled(a, start, start + size).length)
            expect(left.total(start, start + size, weights)).toBeCloseTo(
              pooled(a, start, start + size).reduce((sum, key) => sum + (weights[key] as number), 0),
              9,
            )
            const otherSize = 1 + ((x + size) % maxJoin)
            const otherStart = b.length === 0 ? 0 : y % b.length
            if (otherStart + otherSize > b.length) continue
            expect(left.shared(start, start + size, right, otherStart, otherStart + otherSize)).toBe(
              sharedWeight(pooled(a, start, start + size), pooled(b, otherStart, otherStart + otherSize)),
            )
          }
        }
      }),
      {seed: 14, numRuns: 200},
    )
  })

  it('holds a segment of 300,000 keys (spreading it into push overflowed the call stack)', () => {
    const huge = Array.from({length: 300_000}, (_, k) => k % 7)
    const runs = new KeyRuns([huge, [1, 2], huge])
    expect(runs.count(0, 3)).toBe(600_002)
    expect(runs.shared(0, 1, runs, 1, 2)).toBe(2)
  })

  it('has no keys for an empty run or beyond its segments', () => {
    const runs = new KeyRuns([[1], [2]])
    expect(runs.count(1, 1)).toBe(0)
    expect(runs.keys(2, 3).length).toBe(0)
    expect(runs.shared(1, 3, runs, 0, 1)).toBe(0)
  })
})
