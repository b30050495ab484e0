/**
 * The longest chain of items strictly increasing in both coordinates, by
 * patience sorting: O(k log k) in the items. Items are taken in the order of
 * `x` (then `y`); items with the same `x` never chain with each other, and on
 * a tie in `y` the earlier item keeps its place. The aligner draws its centre
 * line through such a chain of anchors; the word rules take such a chain of
 * word links as the order-keeping anchors (reordered clauses are linked but
 * are not anchors).
 */
export function longestIncreasingChain<T>(items: readonly T[], x: (item: T) => number, y: (item: T) => number): T[] {
  const points = items.map((item) => ({item, x: x(item), y: y(item)})).sort((p, q) => p.x - q.x || p.y - q.y)
  // tails[k]: the index of the smallest last y of a chain of length k + 1 found so far.
  const tails: number[] = []
  const previous = new Int32Array(points.length).fill(-1)
  let start = 0
  while (start < points.length) {
    // Points with the same x must not chain with each other: place a group against the tails before it.
    const groupX = points[start]?.x
    let end = start
    while (end < points.length && points[end]?.x === groupX) end++
    const placed: Array<[number, number]> = []
    for (let k = start; k < end; k++) {
      const y = points[k]?.y as number
      let low = 0
      let high = tails.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((points[tails[middle] as number]?.y as number) < y) low = middle + 1
        else high = middle
      }
      previous[k] = low > 0 ? (tails[low - 1] as number) : -1
      placed.push([low, k])
    }
    for (const [position, k] of placed) {
      const current = tails[position]
      if (current === undefined || (points[k]?.y as number) < (points[current]?.y as number)) tails[position] = k
    }
    start = end
  }
  const chain: T[] = []
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] as number) chain.push(points[k]?.item as T)
  return chain.reverse()
}
