import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignInBand, bandAround, beadShapes, type Span2} from '../../src/align/dp.js'

/** All monotone bead paths from (0, 0) to (n, m), by brute force. */
function allPaths(n: number, m: number): Span2[][] {
  if (n === 0 && m === 0) return [[]]
  const paths: Span2[][] = []
  for (const shape of beadShapes) {
    if (shape.en > n || shape.fr > m) continue
    for (const path of allPaths(n - shape.en, m - shape.fr)) {
      paths.push([...path, {enStart: n - shape.en, enEnd: n, frStart: m - shape.fr, frEnd: m}])
    }
  }
  return paths
}

describe('banded dynamic programming', () => {
  it('finds the cheapest path, as brute force does, when the band covers everything', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 5}), fc.integer(), (n, m, seed) => {
        const cost = (i0: number, i1: number, j0: number, j1: number) =>
          Math.abs(Math.sin(seed + i0 * 7 + i1 * 13 + j0 * 17 + j1 * 31)) * 5 + (i1 - i0) + (j1 - j0)
        const total = (path: Span2[]) => path.reduce((sum, b) => sum + cost(b.enStart, b.enEnd, b.frStart, b.frEnd), 0)
        const {beads} = alignInBand(
          n,
          m,
          cost,
          bandAround(n, m, (i) => (n === 0 ? 0 : (i * m) / n), 10),
        )
        expect(total(beads)).toBeCloseTo(Math.min(...allPaths(n, m).map(total)), 9)
        // The path is contiguous and covers both sides once.
        let i = 0
        let j = 0
        for (const bead of beads) {
          expect([bead.enStart, bead.frStart]).toEqual([i, j])
          i = bead.enEnd
          j = bead.frEnd
        }
        expect([i, j]).toEqual([n, m])
      }),
      {numRuns: 200},
    )
  })

  it('keeps to the band, and says when the path runs along its edge', () => {
    const cheapDiagonal = (i0: number, i1: number, j0: number, j1: number) => (i1 - i0 === 1 && j1 - j0 === 1 ? (j0 === i0 + 5 ? 0 : 3) : 6)
    const narrow = alignInBand(
      20,
      25,
      cheapDiagonal,
      bandAround(20, 25, (i) => i, 1),
    )
    expect(narrow.touchesEdge).toBe(true)
    // Where it does: rows in increasing order, each inside the input.
    expect(narrow.edgeRows.length).toBeGreaterThan(0)
    expect(narrow.edgeRows).toEqual([...new Set(narrow.edgeRows)].sort((a, b) => a - b))
    for (const row of narrow.edgeRows) expect(row).toBeGreaterThanOrEqual(0)
    const wide = alignInBand(
      20,
      25,
      cheapDiagonal,
      bandAround(20, 25, (i) => i + 5, 8),
    )
    expect(wide.touchesEdge).toBe(false)
    expect(wide.edgeRows).toEqual([])
    expect(wide.beads.filter((bead) => bead.frStart === bead.enStart + 5).length).toBeGreaterThanOrEqual(17)
  })

  it('builds bands that always reach the end, whatever the centre line', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 40}),
        fc.integer({min: 1, max: 40}),
        fc.integer({min: 0, max: 5}),
        fc.double({min: -50, max: 50, noNaN: true}),
        (n, m, width, shift) => {
          const band = bandAround(n, m, (i) => i + shift, width)
          expect(band.lo[0]).toBe(0)
          expect(band.hi[n]).toBe(m)
          const {beads} = alignInBand(n, m, () => 1, band)
          expect(beads.at(-1)).toMatchObject({enEnd: n, frEnd: m})
        },
      ),
    )
  })
})
