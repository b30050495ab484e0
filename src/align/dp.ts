/** A bead's shape: how many English and French segments it joins. */
export interface BeadShape {
  en: number
  fr: number
}

/** The beads pareil considers: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3. */
export const beadShapes: readonly BeadShape[] = [
  {en: 1, fr: 1},
  {en: 1, fr: 0},
  {en: 0, fr: 1},
  {en: 2, fr: 1},
  {en: 1, fr: 2},
  {en: 2, fr: 2},
  {en: 3, fr: 1},
  {en: 1, fr: 3},
]

/** Segments `[enStart, enEnd)` and `[frStart, frEnd)` joined in one bead. */
export interface Span2 {
  enStart: number
  enEnd: number
  frStart: number
  frEnd: number
}

/**
 * The cost of the bead joining segments [enStart, enEnd) and [frStart, frEnd); lower is better. A cost
 * function may return anything at or above `limit` as soon as it knows the bead costs at least that much.
 */
export type BeadCost = (enStart: number, enEnd: number, frStart: number, frEnd: number, limit: number) => number

/**
 * For each English position `i` (0…n), the French positions `[lo[i], hi[i]]`
 * the path may go through. A band that follows the expected path keeps the
 * search linear in the document's length.
 */
export interface Band {
  lo: Int32Array
  hi: Int32Array
}

export interface DpResult {
  beads: Span2[]
  /** The best path ran along the band's edge: a wider band might find a better one. */
  touchesEdge: boolean
  /** The English positions where it did, in increasing order. */
  edgeRows: number[]
}

/**
 * The cheapest monotone sequence of beads from (0, 0) to (n, m) inside the
 * band (dynamic programming over band cells only: time and memory are
 * proportional to the band's area, not to n × m).
 */
export function alignInBand(n: number, m: number, cost: BeadCost, band: Band): DpResult {
  const {lo, hi} = band
  const offsets = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) offsets[i + 1] = (offsets[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1)
  const size = offsets[n + 1] as number
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY)
  const back = new Uint8Array(size)
  const cell = (i: number, j: number): number => {
    if (i < 0 || j < (lo[i] as number) || j > (hi[i] as number)) return -1
    return (offsets[i] as number) + j - (lo[i] as number)
  }
  best[cell(0, 0)] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const here = cell(i, j)
      if (i === 0 && j === 0) continue
      let bestCost = Number.POSITIVE_INFINITY
      let bestShape = 0
      for (let s = 0; s < beadShapes.length; s++) {
        const shape = beadShapes[s] as BeadShape
        const from = cell(i - shape.en, j - shape.fr)
        if (from < 0) continue
        const before = best[from] as number
        if (before === Number.POSITIVE_INFINITY) continue
        const total = before + cost(i - shape.en, i, j - shape.fr, j, bestCost - before)
        if (total < bestCost) {
          bestCost = total
          bestShape = s
        }
      }
      best[here] = bestCost
      back[here] = bestShape
    }
  }
  const beads: Span2[] = []
  const edgeRows: number[] = []
  let i = n
  let j = m
  if (cell(i, j) < 0 || best[cell(i, j)] === Number.POSITIVE_INFINITY) {
    throw new Error(`alignment band does not reach (${n}, ${m})`)
  }
  while (i > 0 || j > 0) {
    if ((j - (lo[i] as number) <= 1 && (lo[i] as number) > 0) || ((hi[i] as number) - j <= 1 && (hi[i] as number) < m)) {
      if (edgeRows.at(-1) !== i) edgeRows.push(i)
    }
    const shape = beadShapes[back[cell(i, j)] as number] as BeadShape
    beads.push({enStart: i - shape.en, enEnd: i, frStart: j - shape.fr, frEnd: j})
    i -= shape.en
    j -= shape.fr
  }
  return {beads: beads.reverse(), touchesEdge: edgeRows.length > 0, edgeRows: edgeRows.reverse()}
}

/**
 * A band of half-width `width` around a centre line (the expected French
 * position for each English position), widened where needed so that every
 * cell can be reached and (n, m) is inside.
 */
export function bandAround(n: number, m: number, centre: (i: number) => number, width: number): Band {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const c = centre(i)
    lo[i] = Math.max(0, Math.min(m, Math.floor(c - width)))
    hi[i] = Math.max(0, Math.min(m, Math.ceil(c + width)))
  }
  lo[0] = 0
  hi[n] = m
  // Monotone edges, and consecutive rows that overlap, so that some path always exists.
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] as number, hi[i - 1] as number)
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] as number, lo[i + 1] as number)
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i] as number, hi[i - 1] as number)
  return {lo, hi}
}
