import type {Lang} from '../types.js'

/**
 * The cheapest sequence of languages for a sequence of blocks, where labelling
 * a block against its evidence costs that evidence and every change of
 * language costs `switchCost` (a two-state Viterbi pass, linear in length).
 * `scores[i]` is signed: positive for English evidence, negative for French.
 */
export function segmentLanguages(scores: readonly number[], switchCost: number): Lang[] {
  const n = scores.length
  if (n === 0) return []
  const langs: readonly Lang[] = ['en', 'fr']
  const cost = (i: number, state: number): number => {
    const score = scores[i] as number
    return state === 0 ? Math.max(0, -score) : Math.max(0, score)
  }
  // back[i * 2 + state]: the state of block i - 1 on the best path into `state` at block i.
  const back = new Uint8Array(n * 2)
  let previous = [cost(0, 0), cost(0, 1)]
  for (let i = 1; i < n; i++) {
    const current = [0, 0]
    for (let state = 0; state < 2; state++) {
      const stay = previous[state] as number
      const change = (previous[1 - state] as number) + switchCost
      back[i * 2 + state] = stay <= change ? state : 1 - state
      current[state] = Math.min(stay, change) + cost(i, state)
    }
    previous = current
  }
  const path: Lang[] = new Array<Lang>(n)
  let state = (previous[0] as number) <= (previous[1] as number) ? 0 : 1
  for (let i = n - 1; i >= 0; i--) {
    path[i] = langs[state] as Lang
    if (i > 0) state = back[i * 2 + state] as number
  }
  return path
}
