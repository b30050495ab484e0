import {diffArrays} from 'diff'

/** What became of a block between two drafts. */
export type BlockFate = {kind: 'same'; other: number} | {kind: 'changed'; other: number} | {kind: 'gone'}

/** The most old × new blocks of a run of edits matched by the best order-keeping matching (quadratic). */
const longestRun = 40_000

/** Two least similar texts still taken for one paragraph edited: a Dice coefficient over their words. */
const sameParagraph = 0.5

/**
 * Matches the blocks of one language in an old and a new draft, in order: equal texts first (a diff of the two
 * sequences), then, between them, each old block with the new block most like it (an edited paragraph). What is
 * left was removed from the old draft or added to the new one. Linear in the blocks outside the runs of edits.
 */
export function matchBlocks(oldTexts: readonly string[], newTexts: readonly string[]): {old: BlockFate[]; new: BlockFate[]} {
  const oldFates: BlockFate[] = oldTexts.map(() => ({kind: 'gone'}))
  const newFates: BlockFate[] = newTexts.map(() => ({kind: 'gone'}))
  const parts = diffArrays(oldTexts.map(normalize), newTexts.map(normalize))
  let oldIndex = 0
  let newIndex = 0
  let removed: number[] = []
  let added: number[] = []
  const settle = () => {
    for (const [oldAt, newAt] of editedPairs(removed, added, oldTexts, newTexts)) {
      oldFates[oldAt] = {kind: 'changed', other: newAt}
      newFates[newAt] = {kind: 'changed', other: oldAt}
    }
    removed = []
    added = []
  }
  for (const part of parts) {
    const count = part.count ?? part.value.length
    if (part.removed) {
      for (let step = 0; step < count; step++) removed.push(oldIndex++)
    } else if (part.added) {
      for (let step = 0; step < count; step++) added.push(newIndex++)
    } else {
      settle()
      for (let step = 0; step < count; step++) {
        oldFates[oldIndex] = {kind: 'same', other: newIndex}
        newFates[newIndex] = {kind: 'same', other: oldIndex}
        oldIndex++
        newIndex++
      }
    }
  }
  settle()
  return {old: oldFates, new: newFates}
}

/**
 * The old and new blocks of a run of edits that are one paragraph edited: the order-keeping matching with the most
 * similarity (a small dynamic programme: runs of edits are short).
 */
function editedPairs(removed: readonly number[], added: readonly number[], oldTexts: readonly string[], newTexts: readonly string[]): Array<[number, number]> {
  if (removed.length === 0 || added.length === 0) return []
  // One paragraph for one between unchanged neighbours is that paragraph edited, however short ("50" → "57").
  if (removed.length === 1 && added.length === 1) return [[removed[0] as number, added[0] as number]]
  // A long run (a draft rewritten throughout): each old block against the new one at its relative place only, so
  // that the comparison stays linear.
  if (removed.length * added.length > longestRun) {
    return removed.flatMap((oldAt, row) => {
      const newAt = added[Math.floor((row * added.length) / removed.length)] as number
      return dice(oldTexts[oldAt] ?? '', newTexts[newAt] ?? '') >= sameParagraph ? [[oldAt, newAt] as [number, number]] : []
    })
  }
  const similarity = removed.map((oldAt) => added.map((newAt) => dice(oldTexts[oldAt] ?? '', newTexts[newAt] ?? '')))
  const rows = removed.length
  const columns = added.length
  const best: number[][] = Array.from({length: rows + 1}, () => new Array<number>(columns + 1).fill(0))
  for (let row = rows - 1; row >= 0; row--) {
    const here = best[row] as number[]
    const below = best[row + 1] as number[]
    for (let column = columns - 1; column >= 0; column--) {
      const score = similarity[row]?.[column] ?? 0
      const take = score >= sameParagraph ? score + (below[column + 1] ?? 0) : -1
      here[column] = Math.max(take, below[column] ?? 0, here[column + 1] ?? 0)
    }
  }
  const pairs: Array<[number, number]> = []
  let row = 0
  let column = 0
  while (row < rows && column < columns) {
    const score = similarity[row]?.[column] ?? 0
    const here = best[row]?.[column] ?? 0
    if (score >= sameParagraph && here === score + (best[row + 1]?.[column + 1] ?? 0)) {
      pairs.push([removed[row] as number, added[column] as number])
      row++
      column++
    } else if (here === (best[row + 1]?.[column] ?? 0)) row++
    else column++
  }
  return pairs
}

/** Texts that differ only in spacing are the same text. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The Dice coefficient of two texts' words (lowercased): 1 for the same words, 0 for none in common. */
export function dice(a: string, b: string): number {
  const left = lowerWords(a)
  const right = lowerWords(b)
  if (left.length + right.length === 0) return 1
  const counts = new Map<string, number>()
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of right) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      shared++
      counts.set(word, count - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}

/** A text's words, lowercased: what the comparison counts, case and punctuation aside. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}
