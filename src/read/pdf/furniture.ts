import type {Fragment} from './fragments.js'
import {groupBy} from './group.js'

/**
 * Page furniture: what a page carries that is not the document's text. Running
 * heads and footers (the same words at the same place on most pages, numbers
 * aside), page numbers, and the "Canada" wordmark of federal publications.
 * Furniture stays in the rendering, at its place, but makes no block.
 */
export type FurnitureKind = 'running' | 'page-number' | 'wordmark'

export interface PageSize {
  number: number
  height: number
}

/**
 * Furniture is looked for in this share of the page height at the top and at the bottom: the margins, where running
 * heads and page numbers stand. A letter's heading repeated on its next pages (the date, the file number) stands lower
 * and is read as text: it is the letter's own on the first page.
 */
const edgeBand = 0.12
/**
 * A running line recurs on this share of the pages, and on three at least: long documents change their running heads
 * with the section, and odd and even pages may differ.
 */
const runningShare = 0.1
/** How far, in points, a running line may move from page to page. */
const runningDrift = 4

const pageNumber =
  /^(?:(?:page|p\.)\s*(?:[-–—]\s*)?|[-–—]\s*|\s*)(?:\d{1,4}|[ivxlcdm]{1,7})\s*(?:[-–—](?:\s*(?:of|de|sur|\/)\s*\d{1,4})?|(?:of|de|sur|\/)\s*\d{1,4})?$/i
const wordmark = /^canad[aä]$/i

/** The furniture among a document's fragments (all pages at once: running lines are told by repetition). */
export function findFurniture(pages: readonly PageSize[], fragments: readonly Fragment[]): Map<Fragment, FurnitureKind> {
  const furniture = new Map<Fragment, FurnitureKind>()
  const heights = new Map(pages.map((page) => [page.number, page.height]))
  const band = (fragment: Fragment, share: number): 'top' | 'bottom' | undefined => {
    const height = heights.get(fragment.page) ?? 0
    if (fragment.y <= share * height) return 'top'
    if (fragment.y >= (1 - share) * height) return 'bottom'
    return undefined
  }
  for (const fragment of runningLines(pages, fragments, (fragment) => band(fragment, edgeBand) !== undefined)) furniture.set(fragment, 'running')
  for (const fragment of between(fragments, furniture, (fragment) => band(fragment, edgeBand))) furniture.set(fragment, 'running')
  // Page numbers and wordmarks stand at the edge of the page: nothing but furniture beyond them.
  for (const list of groupBy(fragments, (fragment) => fragment.page).values()) {
    const sorted = [...list].sort((a, b) => a.y - b.y)
    for (const edge of [sorted, [...sorted].reverse()]) {
      for (const fragment of edge) {
        if (band(fragment, edgeBand) === undefined) break
        if (furniture.has(fragment)) continue
        if (pageNumber.test(fragment.text)) furniture.set(fragment, 'page-number')
        else if (wordmark.test(fragment.text)) furniture.set(fragment, 'wordmark')
        else break
      }
    }
  }
  return furniture
}

/** Fragments whose words (numbers aside) recur at the same height on enough pages. */
function runningLines(pages: readonly PageSize[], fragments: readonly Fragment[], inBand: (fragment: Fragment) => boolean): Fragment[] {
  if (pages.length < 2) return []
  const byKey = groupBy(
    fragments.filter((fragment) => inBand(fragment)),
    // Numbers aside: "Sections 22-23" and "Sections 88-90S.1" are one running line.
    (fragment) =>
      fragment.text
        .toLowerCase()
        .replace(/(?<!\S)\S*\d\S*/g, '#')
        .replace(/\s+/g, ' '),
  )
  const needed = pages.length <= 3 ? 2 : Math.max(3, Math.ceil(runningShare * pages.length))
  const running: Fragment[] = []
  for (const group of byKey.values()) {
    // The largest set of these fragments at one height (within the drift), on distinct pages.
    const sorted = [...group].sort((a, b) => a.y - b.y)
    for (let start = 0; start < sorted.length; start++) {
      const first = sorted[start] as Fragment
      const near = sorted.filter((fragment) => fragment.y >= first.y && fragment.y - first.y <= runningDrift)
      if (new Set(near.map((fragment) => fragment.page)).size >= needed) running.push(...near)
    }
  }
  return [...new Set(running)]
}

/**
 * Fragments that sit between furniture and the page's edge, or that go on
 * from it in the same small type at the same line pitch: the lines of a
 * running head that change with the section ("IV. Legislative Power" between
 * "CONSTITUTION ACT, 1867" and "Sections 22-23", "FOREWORD" under them).
 */
function between(
  fragments: readonly Fragment[],
  furniture: ReadonlyMap<Fragment, FurnitureKind>,
  band: (fragment: Fragment) => 'top' | 'bottom' | undefined,
): Fragment[] {
  const found: Fragment[] = []
  for (const list of groupBy(fragments, (fragment) => fragment.page).values()) {
    for (const side of ['top', 'bottom'] as const) {
      const running = list.filter((fragment) => furniture.get(fragment) === 'running' && band(fragment) === side)
      if (running.length === 0) continue
      // From the edge inwards: the top band downwards, the bottom band upwards.
      const inwards = (fragment: Fragment) => (side === 'top' ? fragment.y : -fragment.y)
      const sorted = list.filter((fragment) => band(fragment) === side).sort((a, b) => inwards(a) - inwards(b))
      let limit = Math.max(...running.map(inwards))
      let size = Math.max(...running.map((fragment) => fragment.size))
      for (const fragment of sorted) {
        const step = inwards(fragment) - limit
        if (step > 2 * Math.max(size, fragment.size) || (step > 0 && fragment.size > 1.2 * size)) break
        limit = Math.max(limit, inwards(fragment))
        size = Math.max(size, fragment.size)
        if (!furniture.has(fragment)) found.push(fragment)
      }
    }
  }
  return found
}
