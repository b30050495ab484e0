import type {FontInfo, TextItem, TextPage} from './text-layer.js'

/** A piece of text drawn in one font, placed on the page: the atom of the layout. */
export interface Run {
  text: string
  x0: number
  x1: number
  /** Baseline, from the top of the page. */
  y: number
  size: number
  bold: boolean
  italic: boolean
}

/**
 * Runs on one baseline with no wide gap between them: a line of one column, a
 * running head, a page number, a cell of a table. Columns are found from
 * fragments, and lines are made of the fragments of one row in one column.
 */
export interface Fragment {
  page: number
  /** The row (baseline cluster) of the page it sits on: fragments of one row in one column form a line. */
  row: number
  /** Its runs left to right; runs of white space are kept: they say where words end. */
  runs: Run[]
  x0: number
  x1: number
  y: number
  /** The size most of its letters have. */
  size: number
  text: string
}

/** A gap wider than this, in ems, ends a fragment (word spaces, even in justified text, are narrower). */
const fragmentGap = 0.8
/** Baselines closer than this, in ems of the larger size, are one row (superscripts sit about 0.35 em up). */
const rowTolerance = 0.4

const boldName = /bold|black|heavy|semibold|demi|ultra/i
const italicName = /italic|oblique|obl(?![a-z])|slant|kursiv|-it$/i

/**
 * The runs of a page, with weight and slant from the font names. Rotated text is left out of the flow, and text drawn
 * twice at the same place (a shadow, a fake bold, a form drawn over itself) is read once.
 */
export function pageRuns(page: TextPage, fonts: Readonly<Record<string, FontInfo>>): Run[] {
  const runs: Run[] = []
  const seen = new Set<string>()
  for (const item of page.items) {
    if (item.rotated === true || item.size <= 0) continue
    const key = `${item.text}@${Math.round(item.x)},${Math.round(item.y)}`
    if (item.text.trim() !== '' && seen.has(key)) continue
    seen.add(key)
    runs.push(runOf(item, fonts[item.font]?.name ?? ''))
  }
  return runs
}

function runOf(item: TextItem, font: string): Run {
  return {
    text: item.text,
    x0: item.x,
    x1: item.x + Math.max(0, item.width),
    y: item.y,
    size: item.size,
    bold: boldName.test(font),
    italic: italicName.test(font),
  }
}

/** The fragments of one page, top to bottom and left to right, from its runs. */
export function pageFragments(page: number, runs: readonly Run[]): Fragment[] {
  const fragments: Fragment[] = []
  rowsOf(runs).forEach((row, index) => {
    fragments.push(...splitRow(page, index, row))
  })
  return fragments
}

/**
 * Runs grouped by baseline: each row is anchored at its first (highest) baseline. Then small type raised or lowered
 * next to larger type (a footnote call, the "er" of "1er") joins the row of the text it touches: in a page of two
 * columns, it may have been grouped with a line of the other column whose baseline is nearer.
 */
function rowsOf(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0)
  const rows: Run[][] = []
  let anchor: Run | undefined
  for (const run of sorted) {
    const row = rows.at(-1)
    if (row !== undefined && anchor !== undefined && run.y - anchor.y <= rowTolerance * Math.max(run.size, anchor.size)) row.push(run)
    else {
      rows.push([run])
      anchor = run
    }
  }
  attachSmallType(rows)
  return rows.filter((row) => row.length > 0)
}

/** Small type at most this share of the text's size, within this share of an em of its baseline, is attached to it. */
const smallType = 0.85
const raise = 0.6

function attachSmallType(rows: Run[][]): void {
  const rowOf = new Map<Run, Run[]>()
  for (const row of rows) for (const run of row) rowOf.set(run, row)
  const inked = [...rowOf.keys()].filter((run) => run.text.trim() !== '').sort((a, b) => a.y - b.y)
  const rowSize = new Map(rows.map((row) => [row, Math.max(...row.map((run) => run.size))]))
  const touches = (a: Run, b: Run) => a.x0 - b.x1 <= 0.5 * b.size && b.x0 - a.x1 <= 0.5 * b.size
  // Rounds, so that "(", "27" and ")" follow the first of them that touches the text.
  for (let round = 0, moved = true; moved && round < 4; round++) {
    moved = false
    for (const run of inked) {
      const home = rowOf.get(run) as Run[]
      // Type as large as its row's, or already next to the text it belongs to, stays.
      if (run.size > smallType * (rowSize.get(home) ?? 0)) continue
      if (home.some((other) => other !== run && other.size > run.size && other.text.trim() !== '' && touches(run, other))) continue
      const host = nearby(inked, run.y - raise * 2 * run.size, run.y + raise * 2 * run.size).find((other) => {
        const row = rowOf.get(other) as Run[]
        const size = rowSize.get(row) ?? 0
        return row !== home && run.size <= smallType * size && Math.abs(run.y - other.y) <= raise * size && touches(run, other)
      })
      if (host === undefined) continue
      home.splice(home.indexOf(run), 1)
      const target = rowOf.get(host) as Run[]
      target.push(run)
      rowOf.set(run, target)
      moved = true
    }
  }
}

/** The runs (sorted by baseline) whose baseline lies in `[from, to]`. */
function nearby(sorted: readonly Run[], from: number, to: number): Run[] {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as Run).y < from) low = middle + 1
    else high = middle
  }
  const found: Run[] = []
  for (let k = low; k < sorted.length && (sorted[k] as Run).y <= to; k++) found.push(sorted[k] as Run)
  return found
}

/** A row cut where a wide gap runs between its runs (a column gutter, a tab stop). */
function splitRow(page: number, row: number, runs: readonly Run[]): Fragment[] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0)
  const fragments: Run[][] = []
  let current: Run[] = []
  let right = Number.NEGATIVE_INFINITY
  for (const run of sorted) {
    const blank = run.text.trim() === ''
    const last = current.findLast((other) => other.text.trim() !== '')
    if (!blank && last !== undefined && run.x0 - right > fragmentGap * Math.max(run.size, last.size)) {
      fragments.push(current)
      current = []
    }
    current.push(run)
    if (!blank) right = Math.max(right, run.x1)
  }
  if (current.length > 0) fragments.push(current)
  return fragments.flatMap((group) => {
    const inked = group.filter((run) => run.text.trim() !== '')
    if (inked.length === 0) return []
    // White space at the edges of a fragment says nothing.
    const first = group.indexOf(inked[0] as Run)
    const last = group.lastIndexOf(inked.at(-1) as Run)
    return [fragmentOf(page, row, group.slice(first, last + 1))]
  })
}

function fragmentOf(page: number, row: number, runs: Run[]): Fragment {
  const inked = runs.filter((run) => run.text.trim() !== '')
  const weights = new Map<number, number>()
  for (const run of inked) weights.set(run.size, (weights.get(run.size) ?? 0) + run.text.length)
  const size = [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const main = inked.filter((run) => run.size === size)
  return {
    page,
    row,
    runs,
    x0: Math.min(...inked.map((run) => run.x0)),
    x1: Math.max(...inked.map((run) => run.x1)),
    // The baseline of the fragment's main text, not of a superscript.
    y: main.reduce((sum, run) => sum + run.y, 0) / main.length,
    size,
    text: inked.map((run) => run.text.trim()).join(' '),
  }
}
