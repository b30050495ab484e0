import {type SegmentFeatures, sharedWeightIn} from './features.js'

/** The longest run of segments one side of a bead may join. */
export const maxJoin = 3

/**
 * The sorted keys of every run of one to `maxJoin` consecutive segments,
 * pooled once so that scoring a bead allocates nothing. Each run length keeps
 * its keys in one flat buffer with offsets: millions of small arrays would
 * cost the garbage collector more than the search itself on a long document.
 */
export class KeyRuns {
  // For run length k (index k − 1): the keys of run i are data[k-1][offsets[k-1][i] … offsets[k-1][i + 1]).
  readonly #data: Int32Array[] = []
  readonly #offsets: Int32Array[] = []

  constructor(keys: readonly (readonly number[])[]) {
    for (let size = 1; size <= maxJoin; size++) {
      const runs = Math.max(0, keys.length - size + 1)
      const offsets = new Int32Array(runs + 1)
      let total = 0
      for (let i = 0; i < runs; i++) {
        for (let k = i; k < i + size; k++) total += (keys[k] as readonly number[]).length
        offsets[i + 1] = total
      }
      const data = new Int32Array(total)
      if (size === 1) {
        // A loop, not push(...keys): a segment may hold more keys than the call stack has room for arguments.
        for (let i = 0; i < runs; i++) {
          let at = offsets[i] as number
          for (const key of keys[i] as readonly number[]) data[at++] = key
          sortRange(data, offsets[i] as number, at)
        }
      } else {
        // A longer run is the shorter one merged with the next segment: both are sorted already.
        const shorter = this.#data[size - 2] as Int32Array
        const shorterOffsets = this.#offsets[size - 2] as Int32Array
        const single = this.#data[0] as Int32Array
        const singleOffsets = this.#offsets[0] as Int32Array
        for (let i = 0; i < runs; i++) {
          const last = i + size - 1
          mergeInto(
            data,
            offsets[i] as number,
            shorter,
            shorterOffsets[i] as number,
            shorterOffsets[i + 1] as number,
            single,
            singleOffsets[last] as number,
            singleOffsets[last + 1] as number,
          )
        }
      }
      this.#data.push(data)
      this.#offsets.push(offsets)
    }
  }

  /** How many keys segments [start, end) hold together. */
  count(start: number, end: number): number {
    const size = end - start
    if (size <= 0) return 0
    const offsets = this.#offsetsOf(size)
    return ((offsets[start + 1] ?? 0) as number) - ((offsets[start] ?? 0) as number)
  }

  /** The keys of segments [start, end), sorted (a view: for reading outside the search's inner loop). */
  keys(start: number, end: number): Int32Array {
    const size = end - start
    if (size <= 0) return empty
    const offsets = this.#offsetsOf(size)
    if (start + 1 >= offsets.length) return empty
    return (this.#data[size - 1] as Int32Array).subarray(offsets[start] as number, offsets[start + 1] as number)
  }

  /** The summed weights of the keys of segments [start, end). */
  total(start: number, end: number, weights: Float64Array): number {
    const size = end - start
    if (size <= 0) return 0
    const offsets = this.#offsetsOf(size)
    if (start + 1 >= offsets.length) return 0
    const data = this.#data[size - 1] as Int32Array
    let total = 0
    for (let k = offsets[start] as number; k < (offsets[start + 1] as number); k++) total += weights[data[k] as number] as number
    return total
  }

  /**
   * The weighted size of the intersection (as multisets) of the keys of
   * segments [start, end) with those of `other`'s [otherStart, otherEnd):
   * each shared key counts its weight, or 1 without weights.
   */
  shared(start: number, end: number, other: KeyRuns, otherStart: number, otherEnd: number, weights?: Float64Array): number {
    const size = end - start
    const otherSize = otherEnd - otherStart
    if (size <= 0 || otherSize <= 0) return 0
    const offsets = this.#offsetsOf(size)
    const otherOffsets = other.#offsetsOf(otherSize)
    if (start + 1 >= offsets.length || otherStart + 1 >= otherOffsets.length) return 0
    const data = this.#data[size - 1] as Int32Array
    const otherData = other.#data[otherSize - 1] as Int32Array
    const from = offsets[start] as number
    const otherFrom = otherOffsets[otherStart] as number
    return sharedWeightIn(data, from, offsets[start + 1] as number, otherData, otherFrom, otherOffsets[otherStart + 1] as number, weights)
  }

  #offsetsOf(size: number): Int32Array {
    if (size > maxJoin) throw new RangeError(`a bead side joins at most ${maxJoin} segments`)
    return this.#offsets[size - 1] as Int32Array
  }
}

/**
 * One language's segments, ready for scoring beads: prefix sums of lengths,
 * and the keys of every run of one to three consecutive segments pooled once
 * (memory stays linear: at most six times the keys themselves).
 */
export class Side {
  readonly #prefix: Float64Array
  readonly anchorRuns: KeyRuns
  readonly numberRuns: KeyRuns
  readonly wordRuns: KeyRuns
  lexicalRuns: KeyRuns = new KeyRuns([])

  constructor(readonly features: readonly SegmentFeatures[]) {
    this.#prefix = new Float64Array(features.length + 1)
    features.forEach((segment, i) => {
      this.#prefix[i + 1] = (this.#prefix[i] as number) + segment.length
    })
    this.anchorRuns = new KeyRuns(features.map((segment) => segment.anchors))
    this.numberRuns = new KeyRuns(features.map((segment) => segment.numbers))
    this.wordRuns = new KeyRuns(features.map((segment) => segment.words))
  }

  /** Characters in segments [start, end), counting one space between segments. */
  length(start: number, end: number): number {
    if (end <= start) return 0
    return (this.#prefix[end] as number) - (this.#prefix[start] as number)
  }

  anchors(start: number, end: number): Int32Array {
    return this.anchorRuns.keys(start, end)
  }

  /** Lexicon keys per segment (translations on one side, words on the other). */
  setLexical(keys: readonly (readonly number[])[]): void {
    this.lexicalRuns = new KeyRuns(keys)
  }
}

const empty = new Int32Array(0)

/** Merges the sorted a[i … iEnd) and b[j … jEnd) into target from `at`. */
function mergeInto(target: Int32Array, at: number, a: Int32Array, i: number, iEnd: number, b: Int32Array, j: number, jEnd: number): void {
  while (i < iEnd && j < jEnd) target[at++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number)
  while (i < iEnd) target[at++] = a[i++] as number
  while (j < jEnd) target[at++] = b[j++] as number
}

/** Sorts data[from … to) in place: by insertion for the few keys of a sentence (a typed array's sort costs more to call). */
function sortRange(data: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    data.subarray(from, to).sort()
    return
  }
  for (let i = from + 1; i < to; i++) {
    const key = data[i] as number
    let j = i - 1
    while (j >= from && (data[j] as number) > key) {
      data[j + 1] = data[j] as number
      j--
    }
    data[j + 1] = key
  }
}
