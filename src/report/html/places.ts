import type {Finding, Lang, Report, ReportBlock, Span} from '../../types.js'

/** A finding's place on one side, as a range over the plain text of the block that holds it. */
export interface Highlight {
  /** Index of the finding in `report.findings`. */
  finding: number
  side: Lang
  /** Range over the block's text (`end` exclusive); `start === end` for a place where something is missing. */
  start: number
  end: number
}

/** Where each finding sits in the report's rows. */
export interface FindingPlaces {
  /** Finding index → index of the pair whose row shows it; findings of no pair (document-level ones) are absent. */
  pairOf: Map<number, number>
  /** Block id → the highlights in its text, in no particular order. */
  highlights: Map<string, Highlight[]>
  /** `f3-en`: the anchors that exist, one per side of a finding located in a block. */
  anchors: Set<string>
}

/**
 * Places every finding: the pair whose row shows it (the pair holding one of its non-empty spans, English first, as
 * the text report groups them) and, on each side, the range of block text its span covers. A span's position is in
 * the source (markup included) while a block's text is plain, so the span's text is looked for in the block near
 * where the offsets put it; an empty span (something missing) becomes a caret at the nearest word boundary.
 */
export function placeFindings(report: Report): FindingPlaces {
  const pairOfBlock = new Map<string, number>()
  report.pairs.forEach((pair, index) => {
    for (const id of [...pair.en, ...pair.fr]) pairOfBlock.set(id, index)
  })
  const finder = blockFinder(report.blocks)
  const places: FindingPlaces = {pairOf: new Map(), highlights: new Map(), anchors: new Set()}

  report.findings.forEach((finding, index) => {
    const holders = {en: holder(finding.en, finder), fr: holder(finding.fr, finder)}
    const pair = pairFor(finding, holders, pairOfBlock)
    if (pair !== undefined) places.pairOf.set(index, pair)
    for (const side of ['en', 'fr'] as const) {
      const span = finding[side]
      const block = holders[side]
      if (span === null || block === undefined) continue
      const range = locate(block, span)
      if (range === undefined) continue
      const list = places.highlights.get(block.id) ?? []
      list.push({finding: index, side, ...range})
      places.highlights.set(block.id, list)
      places.anchors.add(`f${index + 1}-${side}`)
    }
  })
  return places
}

function pairFor(finding: Finding, holders: Record<Lang, ReportBlock | undefined>, pairOfBlock: Map<string, number>): number | undefined {
  // The side with text decides, as in the text report: an empty span may sit at the edge of a neighbouring block.
  const sides = (['en', 'fr'] as const).filter((side) => finding[side] !== null)
  const ordered = [...sides.filter((side) => finding[side]?.text !== ''), ...sides.filter((side) => finding[side]?.text === '')]
  for (const side of ordered) {
    const block = holders[side]
    const pair = block === undefined ? undefined : pairOfBlock.get(block.id)
    if (pair !== undefined) return pair
  }
  return undefined
}

type BlockFinder = (source: number, start: number, end: number) => ReportBlock | undefined

/** Finds the block holding a range of a source by binary search: blocks come in document order within a source. */
function blockFinder(blocks: readonly ReportBlock[]): BlockFinder {
  const bySource = new Map<number, ReportBlock[]>()
  for (const block of blocks) {
    const list = bySource.get(block.source) ?? []
    list.push(block)
    bySource.set(block.source, list)
  }
  for (const list of bySource.values()) list.sort((a, b) => a.position.start.offset - b.position.start.offset)
  return (source, start, end) => {
    const list = bySource.get(source) ?? []
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((list[middle]?.position.start.offset ?? 0) <= start) low = middle + 1
      else high = middle
    }
    // The last blocks starting at or before the range: the innermost that covers it wins, else the one it starts in.
    let fallback: ReportBlock | undefined
    for (let index = low - 1; index >= 0 && index >= low - 4; index--) {
      const block = list[index]
      if (block === undefined) continue
      if (end <= block.position.end.offset) return block
      if (start < block.position.end.offset) fallback ??= block
    }
    // An empty span just past a block's end (a word missing at the end of a paragraph) belongs to that block.
    return fallback ?? (start === end ? list[low - 1] : undefined)
  }
}

function holder(span: Span | null, finder: BlockFinder): ReportBlock | undefined {
  return span === null ? undefined : finder(span.source, span.position.start.offset, span.position.end.offset)
}

/** The range of block text a span covers: its text found nearest to where its offsets point, scaled to plain text. */
export function locate(block: ReportBlock, span: Span): {start: number; end: number} | undefined {
  const {text} = block
  const sourceLength = Math.max(1, block.position.end.offset - block.position.start.offset)
  const scale = Math.min(1, text.length / sourceLength)
  const expected = Math.max(0, Math.min(text.length, Math.round((span.position.start.offset - block.position.start.offset) * scale)))
  if (span.text === '') {
    const at = nearestBoundary(text, expected)
    return {start: at, end: at}
  }
  let best: number | undefined
  for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
    if (best === undefined || Math.abs(at - expected) < Math.abs(best - expected)) best = at
  }
  if (best !== undefined) return {start: best, end: best + span.text.length}
  // A span over several blocks: show what of it this block holds, from where it starts.
  const head = span.text.slice(0, Math.max(0, text.length - expected))
  return head !== '' && text.startsWith(head, expected) ? {start: expected, end: expected + head.length} : undefined
}

/** The word boundary nearest to an index: where missing words would go. */
function nearestBoundary(text: string, index: number): number {
  const boundary = (at: number) => at <= 0 || at >= text.length || /\s/.test(text[at - 1] ?? '') || /\s/.test(text[at] ?? '')
  for (let distance = 0; distance <= text.length; distance++) {
    if (boundary(index - distance)) return Math.max(0, index - distance)
    if (boundary(index + distance)) return Math.min(text.length, index + distance)
  }
  return index
}
