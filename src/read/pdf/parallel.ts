import type {Flow} from './columns.js'

/**
 * Whether a document is set in parallel columns: one language in the left
 * column of its pages, the other in the right (a consolidated Act, a bilingual
 * notice). Such a document is two documents side by side: it is read as the
 * left column of every page, then the right column of every page, so that a
 * paragraph that runs on to the next page stays whole in its own language. A
 * document in two columns of one language is read page by page, column after
 * column. The languages are told by their commonest short words: reading order
 * is the reader's business, and it cannot wait for detection.
 */

const english = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'be', 'by', 'with', 'shall', 'this', 'are', 'or', 'any', 'as', 'which', 'from'])
const french = new Set(['le', 'la', 'les', 'des', 'de', 'du', 'et', 'est', 'un', 'une', 'pour', 'par', 'dans', 'qui', 'que', 'sur', 'au', 'aux', 'sont', 'ou'])

/** Parallel columns hold at least this share of the text, each side this pure in its language. */
const columnShare = 0.5
const purity = 0.8

/** The language of the left column of a document in parallel columns (the right one has the other); undefined for other documents. */
export function parallelLanguage(flows: readonly Flow[]): 'en' | 'fr' | undefined {
  let total = 0
  let columned = 0
  const sides = [
    {en: 0, fr: 0},
    {en: 0, fr: 0},
  ]
  for (const flow of flows) {
    const text = flow.lines.flatMap((line) => line.fragments.map((fragment) => fragment.text)).join(' ')
    total += text.length
    if (flow.columns !== 2) continue
    columned += text.length
    const side = sides[flow.column] as {en: number; fr: number}
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (english.has(word)) side.en++
      else if (french.has(word)) side.fr++
    }
  }
  if (total === 0 || columned < columnShare * total) return undefined
  const [left, right] = sides as [{en: number; fr: number}, {en: number; fr: number}]
  const share = (side: {en: number; fr: number}, lang: 'en' | 'fr') => (side.en + side.fr === 0 ? 0 : side[lang] / (side.en + side.fr))
  if (share(left, 'en') >= purity && share(right, 'fr') >= purity) return 'en'
  if (share(left, 'fr') >= purity && share(right, 'en') >= purity) return 'fr'
  return undefined
}

/**
 * In a document of parallel columns, a page with text on one side only (the last page of the English, the French
 * column being done) belongs to that side's column: its flows are given the column whose side of the gutter they
 * lie on.
 */
export function assignSides(flows: readonly Flow[]): void {
  const lefts = flows.filter((flow) => flow.columns === 2 && flow.column === 0).map((flow) => flow.x1)
  const rights = flows.filter((flow) => flow.columns === 2 && flow.column === 1).map((flow) => flow.x0)
  if (lefts.length === 0 || rights.length === 0) return
  const gutter = (median(lefts) + median(rights)) / 2
  for (const flow of flows) {
    if (flow.columns !== 1) continue
    if (flow.x1 <= gutter) flow.column = 0
    else if (flow.x0 >= gutter) flow.column = 1
    else continue
    flow.columns = 2
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
