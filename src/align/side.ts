import type {SegmentFeatures} from './features.js'

/** The longest run of segments one side of a bead may join. */
export const maxJoin = 3

/**
 * One language's segments, ready for scoring beads: prefix sums of lengths,
 * and the keys of every run of one to three consecutive segments pooled once,
 * so that scoring a bead allocates nothing (memory stays linear: at most six
 * times the keys themselves).
 */
export class Side {
  readonly #prefix: Float64Array
  readonly #anchors: Int32Array[][]
  readonly #numbers: Int32Array[][]
  readonly #words: Int32Array[][]
  #lexical: Int32Array[][] = []

  constructor(readonly features: readonly SegmentFeatures[]) {
    this.#prefix = new Float64Array(features.length + 1)
    features.forEach((segment, i) => {
      this.#prefix[i + 1] = (this.#prefix[i] as number) + segment.length
    })
    this.#anchors = poolRuns(features.map((segment) => segment.anchors))
    this.#numbers = poolRuns(features.map((segment) => segment.numbers))
    this.#words = poolRuns(features.map((segment) => segment.words))
  }

  /** Characters in segments [start, end), counting one space between segments. */
  length(start: number, end: number): number {
    if (end <= start) return 0
    return (this.#prefix[end] as number) - (this.#prefix[start] as number)
  }

  anchors(start: number, end: number): Int32Array {
    return pooled(this.#anchors, start, end)
  }

  numbers(start: number, end: number): Int32Array {
    return pooled(this.#numbers, start, end)
  }

  words(start: number, end: number): Int32Array {
    return pooled(this.#words, start, end)
  }

  lexical(start: number, end: number): Int32Array {
    return this.#lexical.length === 0 ? empty : pooled(this.#lexical, start, end)
  }

  /** Lexicon keys per segment (translations on one side, words on the other). */
  setLexical(keys: readonly (readonly number[])[]): void {
    this.#lexical = poolRuns(keys)
  }
}

const empty = new Int32Array(0)

function pooled(runs: Int32Array[][], start: number, end: number): Int32Array {
  const size = end - start
  if (size <= 0) return empty
  if (size > maxJoin) throw new RangeError(`a bead side joins at most ${maxJoin} segments`)
  return (runs[size - 1] as Int32Array[])[start] ?? empty
}

/** For k = 1…3, the sorted keys of segments [i, i + k). */
function poolRuns(keys: readonly (readonly number[])[]): Int32Array[][] {
  const runs: Int32Array[][] = []
  for (let size = 1; size <= maxJoin; size++) {
    const row: Int32Array[] = []
    for (let i = 0; i + size <= keys.length; i++) {
      const merged: number[] = []
      for (let k = i; k < i + size; k++) merged.push(...(keys[k] as readonly number[]))
      row.push(Int32Array.from(merged).sort())
    }
    runs.push(row)
  }
  return runs
}
