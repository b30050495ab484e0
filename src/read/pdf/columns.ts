import type {Fragment} from './fragments.js'
import {groupBy} from './group.js'

/**
 * Reading order within a page. Columns are found from gutters: vertical strips
 * that no fragment of a column crosses, with text on both sides over the same
 * stretch of the page. A page is cut into bands by the rows that cross the
 * gutter (a title across both columns); a band with columns is read column by
 * column, the others row by row. Columns are searched again for gutters of
 * their own (three columns and more). Blank stretches across the page cut it
 * into sections, each with columns of its own (see `Cutting`).
 */

/** The fragments of one row of one column, left to right: a line of text. */
export interface Line {
  page: number
  fragments: Fragment[]
  x0: number
  x1: number
  y: number
  size: number
}

/** A stretch of text read top to bottom: a column of a band, or a band without columns. */
export interface Flow {
  lines: Line[]
  x0: number
  x1: number
  /** Identifies its band within the page: the columns of one band share it. */
  band: number
  /** Its column within the band (0-based, left to right; 0 for a band without columns). */
  column: number
  /** How many columns its band has (1 for a band read row by row). */
  columns: number
}

/** A column is at least this share of the page's text width. */
const minColumnShare = 0.2
/** A fragment wider than this share of the page's text width crosses where gutters may be: it cannot lie in a column. */
const narrowShare = 0.6
/** A gutter is at least this wide, in ems of the page's main text. */
const minGutter = 1.2
/** A band is read as columns when each side has at least this many rows. */
const minRows = 2

interface Band {
  fragments: Fragment[]
  /** The x where the band's columns meet, when it has columns. */
  gutter?: number
}

/** A blank stretch this many ems high across the whole page separates sections, each with its own columns. */
const sectionGap = 2.5

/**
 * How a page is cut: `sections` first where a wide blank stretch runs across it (a timeline of milestone groups, text
 * in four columns above five boxes), then each section into columns; or `columns` first, for the parallel columns of
 * a bilingual document, where the gutter between the languages runs down every page and each column is read whole.
 */
export type Cutting = 'sections' | 'columns'

/**
 * The flows of a page's body fragments, in reading order. With `columns`
 * first, a part of the page that no gutter runs down is still cut into
 * sections when one of them has columns of its own; a part whose sections
 * have none stays one flow.
 */
export function readingOrder(fragments: readonly Fragment[], cutting: Cutting = 'sections'): Flow[] {
  if (fragments.length === 0) return []
  const width = Math.max(...fragments.map((fragment) => fragment.x1)) - Math.min(...fragments.map((fragment) => fragment.x0))
  const flows: Flow[] = []
  let band = 0
  const leaf = (part: readonly Fragment[], side?: {band: number; column: number}) => {
    flows.push(side === undefined ? flowOf(part, band++, 0, 1) : flowOf(part, side.band, side.column, 2))
  }
  /** Reads a part of the page; `side` is its column when it is one side of a band. */
  const read = (part: readonly Fragment[], side?: {band: number; column: number}) => {
    const cut = sections(part)
    if (cutting === 'sections' && cut.length > 1) {
      for (const section of cut) read(section, side)
      return
    }
    const pieces = splitBands(part, width)
    if (pieces.every((piece) => piece.gutter === undefined)) {
      const columned = cut.length > 1 && cut.some((section) => splitBands(section, width).some((piece) => piece.gutter !== undefined))
      if (columned) for (const section of cut) read(section, side)
      else leaf(part, side)
      return
    }
    for (const piece of pieces) {
      const gutter = piece.gutter
      if (gutter === undefined) {
        leaf(piece.fragments)
        continue
      }
      const id = band++
      read(
        piece.fragments.filter((fragment) => fragment.x1 <= gutter),
        {band: id, column: 0},
      )
      read(
        piece.fragments.filter((fragment) => fragment.x0 >= gutter),
        {band: id, column: 1},
      )
    }
  }
  read(fragments)
  return flows
}

/** The fragments cut where the space between two rows is a blank stretch across the page. */
function sections(fragments: readonly Fragment[]): Fragment[][] {
  const result: Fragment[][] = []
  let previous: Fragment[] | undefined
  for (const row of rowsOf(fragments)) {
    const y = (row[0] as Fragment).y
    const last = previous?.[0]
    const size = Math.max(mainSize(row), previous === undefined ? 0 : mainSize(previous))
    if (last === undefined || y - last.y > sectionGap * size) result.push([...row])
    else result.at(-1)?.push(...row)
    previous = row
  }
  return result
}

/**
 * The bands of a set of fragments: stretches read as two columns around the
 * best gutter, and stretches between them read row by row.
 */
function splitBands(fragments: readonly Fragment[], width: number): Band[] {
  const rows = rowsOf(fragments)
  let best: {bands: Band[]; score: number} | undefined
  for (const gutter of gutterCandidates(fragments, width)) {
    const bands = bandsAround(rows, gutter, width)
    const score = bands.reduce((sum, band) => sum + (band.gutter === undefined ? 0 : letters(band.fragments)), 0)
    if (score > 0 && (best === undefined || score > best.score)) best = {bands, score}
  }
  return best?.bands ?? [{fragments: [...fragments]}]
}

/** Rows of fragments, top to bottom. */
function rowsOf(fragments: readonly Fragment[]): Fragment[][] {
  return [...groupBy(fragments, (fragment) => fragment.row).values()].sort((a, b) => (a[0] as Fragment).y - (b[0] as Fragment).y)
}

/**
 * The middles of the vertical strips that no narrow fragment touches, wide enough and with text on both sides.
 * Fragments wider than a column (a title across both) do not count: the bands are cut where they cross.
 */
function gutterCandidates(fragments: readonly Fragment[], width: number): number[] {
  const narrow = fragments.filter((fragment) => fragment.x1 - fragment.x0 < narrowShare * width)
  if (narrow.length < 2 * minRows) return []
  const size = mainSize(fragments)
  const spans = narrow.map((fragment) => [fragment.x0, fragment.x1] as const).sort((a, b) => a[0] - b[0])
  const candidates: number[] = []
  let reach = (spans[0] as readonly [number, number])[1]
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= minGutter * size) candidates.push((reach + x0) / 2)
    reach = Math.max(reach, x1)
  }
  const left = Math.min(...fragments.map((fragment) => fragment.x0))
  const right = Math.max(...fragments.map((fragment) => fragment.x1))
  return candidates.filter((x) => x - left >= minColumnShare * width && right - x >= minColumnShare * width)
}

/**
 * Cuts rows into bands around a gutter: runs of rows that do not cross it,
 * with at least two rows of text on each side over overlapping heights, are
 * read as columns; the rest (rows across the gutter, text on one side only)
 * is read row by row.
 */
function bandsAround(rows: readonly Fragment[][], gutter: number, width: number): Band[] {
  const bands: Band[] = []
  const single = (fragments: Fragment[]) => {
    const last = bands.at(-1)
    if (last !== undefined && last.gutter === undefined) last.fragments.push(...fragments)
    else bands.push({fragments})
  }
  let run: Fragment[][] = []
  const closeRun = () => {
    if (run.length > 0 && isColumnBand(run, gutter, width)) bands.push({fragments: run.flat(), gutter})
    else if (run.length > 0) single(run.flat())
    run = []
  }
  for (const row of rows) {
    if (row.some((fragment) => fragment.x0 < gutter && fragment.x1 > gutter)) {
      closeRun()
      single(row)
    } else run.push(row)
  }
  closeRun()
  return bands
}

function isColumnBand(rows: readonly Fragment[][], gutter: number, width: number): boolean {
  const left = rows.filter((row) => row.some((fragment) => fragment.x1 <= gutter))
  const right = rows.filter((row) => row.some((fragment) => fragment.x0 >= gutter))
  if (left.length < minRows || right.length < minRows) return false
  // Each side is a column of text, not a stray label: wide enough.
  const extent = (side: 'left' | 'right') => {
    const pieces = rows.flat().filter((fragment) => (side === 'left' ? fragment.x1 <= gutter : fragment.x0 >= gutter))
    return Math.max(...pieces.map((fragment) => fragment.x1)) - Math.min(...pieces.map((fragment) => fragment.x0))
  }
  if (extent('left') < minColumnShare * width || extent('right') < minColumnShare * width) return false
  // Side by side, not one above the other (a date on the right above an address on the left).
  const top = (side: Fragment[][]) => side[0]?.[0]?.y ?? 0
  const bottom = (side: Fragment[][]) => side.at(-1)?.[0]?.y ?? 0
  const overlap = Math.min(bottom(left), bottom(right)) - Math.max(top(left), top(right))
  const shorter = Math.min(bottom(left) - top(left), bottom(right) - top(right))
  return overlap >= 0.5 * shorter
}

function flowOf(fragments: readonly Fragment[], band: number, column: number, columns: number): Flow {
  const lines = rowsOf(fragments).map((row) => lineOf(row))
  return {
    lines,
    x0: Math.min(...lines.map((line) => line.x0)),
    x1: Math.max(...lines.map((line) => line.x1)),
    band,
    column,
    columns,
  }
}

function lineOf(row: readonly Fragment[]): Line {
  const fragments = [...row].sort((a, b) => a.x0 - b.x0)
  const first = fragments[0] as Fragment
  return {
    page: first.page,
    fragments,
    x0: first.x0,
    x1: Math.max(...fragments.map((fragment) => fragment.x1)),
    y: first.y,
    size: mainSize(fragments),
  }
}

/** The size most letters of these fragments have. */
export function mainSize(fragments: readonly Fragment[]): number {
  const weights = new Map<number, number>()
  for (const fragment of fragments) weights.set(fragment.size, (weights.get(fragment.size) ?? 0) + fragment.text.length)
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

function letters(fragments: readonly Fragment[]): number {
  return fragments.reduce((sum, fragment) => sum + fragment.text.length, 0)
}
