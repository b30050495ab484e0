import type {Span2} from './dp.js'
import {longestIncreasingChain} from './increasing.js'
import type {Side} from './side.js'

/** How far from the length diagonal an anchor pair may lie, in segments. */
const anchorReach = 400

/**
 * The expected French position for each English position of a window, for
 * the band search to follow. It starts from the length diagonal (where the
 * French text has covered the same share of its characters as the English)
 * and bends through anchors: keys found once on each side within reach
 * of that diagonal (so that a name repeated in every chapter still anchors
 * locally), kept where they form the longest chain increasing on both sides.
 */
export function centreLine(en: Side, fr: Side, window: Span2): (i: number) => number {
  const n = window.enEnd - window.enStart
  const m = window.frEnd - window.frStart
  const diagonal = lengthDiagonal(en, fr, window)
  const points = longestIncreasingChain(
    localAnchors(en, fr, window, diagonal),
    ([i]) => i,
    ([, j]) => j,
  )
  const xs = [0, ...points.map(([i]) => i + 0.5), n]
  const ys = [0, ...points.map(([, j]) => j + 0.5), m]
  let k = 0
  return (i: number) => {
    while (k > 0 && (xs[k] as number) > i) k--
    while (k < xs.length - 2 && (xs[k + 1] as number) <= i) k++
    const x0 = xs[k] as number
    const x1 = xs[k + 1] as number
    const y0 = ys[k] as number
    const y1 = ys[k + 1] as number
    return x1 === x0 ? y0 : y0 + ((y1 - y0) * (i - x0)) / (x1 - x0)
  }
}

/** For each English position, the French position that has covered the same share of characters. */
function lengthDiagonal(en: Side, fr: Side, window: Span2): Int32Array {
  const n = window.enEnd - window.enStart
  const m = window.frEnd - window.frStart
  const enTotal = Math.max(1, en.length(window.enStart, window.enEnd))
  const frTotal = Math.max(1, fr.length(window.frStart, window.frEnd))
  const diagonal = new Int32Array(n + 1)
  let j = 0
  for (let i = 0; i <= n; i++) {
    const share = en.length(window.enStart, window.enStart + i) / enTotal
    while (j < m && fr.length(window.frStart, window.frStart + j + 1) / frTotal <= share) j++
    diagonal[i] = j
  }
  return diagonal
}

/**
 * Pairs (i, j) sharing an anchor key that occurs once on each side within
 * reach of where the French is expected. The expectation starts on the length
 * diagonal and follows the anchors found so far (a running median of their
 * offsets), so that a long document whose two versions drift apart is tracked.
 */
function localAnchors(en: Side, fr: Side, window: Span2, diagonal: Int32Array): Array<[number, number]> {
  const occurrences = (side: Side, start: number, end: number) => {
    const where = new Map<number, number[]>()
    for (let k = start; k < end; k++) {
      let previous = -1
      for (const key of side.anchors(k, k + 1)) {
        if (key === previous) continue
        previous = key
        const list = where.get(key)
        if (list === undefined) where.set(key, [k - start])
        else list.push(k - start)
      }
    }
    return where
  }
  const enAt = occurrences(en, window.enStart, window.enEnd)
  const frAt = occurrences(fr, window.frStart, window.frEnd)
  // English occurrences of shared keys, in text order, each alone on its side within reach.
  const candidates: Array<{i: number; french: number[]}> = []
  for (const [key, enList] of enAt) {
    const french = frAt.get(key)
    if (french === undefined) continue
    enList.forEach((i, a) => {
      const alone = (a === 0 || i - (enList[a - 1] as number) >= anchorReach) && (a + 1 === enList.length || (enList[a + 1] as number) - i >= anchorReach)
      if (alone) candidates.push({i, french})
    })
  }
  candidates.sort((p, q) => p.i - q.i)
  const pairs: Array<[number, number]> = []
  const recent: number[] = []
  let offset = 0
  for (const {i, french} of candidates) {
    const expected = (diagonal[i] as number) + offset
    const first = lowerBound(french, expected - anchorReach)
    const last = lowerBound(french, expected + anchorReach)
    if (last - first !== 1) continue
    const j = french[first] as number
    pairs.push([i, j])
    recent.push(j - (diagonal[i] as number))
    if (recent.length > 9) recent.shift()
    offset = median(recent)
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] as number
}
