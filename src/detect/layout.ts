import type {Block, BlockLang, Document, Lang, Layout, Part} from '../types.js'
import type {BlockLanguage} from './language.js'
import {segmentLanguages} from './viterbi.js'

/** One block as the layout pass sees it. */
export interface Unit {
  block: Block
  navigation: boolean
  /** Signed language mass: positive English, negative French, 0 for no evidence. */
  weight: number
  /** The block's language, as detection sees it (`bilingual` for "Credits / Remerciements"). */
  lang?: BlockLang
}

export interface LayoutResult {
  layout: Layout
  parts: Part[]
}

/** The other language must hold less than this share of the mass for a monolingual document. */
const monolingualShare = 0.08
/** The best split into two halves must agree with at least this share of the mass. */
const halvesPurity = 0.9
/** Each half must hold at least this share of the mass. */
const halfShare = 0.15
/** The cost of a change of language in the interleaved segmentation, in mass units (≈ a short line). */
const switchCost = 2.5
/** How far before a split a repeated letterhead may start, in blocks. */
const letterheadReach = 12

/**
 * The signed mass of a block for the layout pass: confident blocks weigh by the
 * square root of their length (a paragraph outweighs a stray line, but not by
 * its full length), blocks without a language weigh nothing.
 */
export function unitWeight(language: BlockLanguage, block: Block): number {
  if (language.lang !== 'en' && language.lang !== 'fr') return 0
  const strength = Math.min(1, Math.abs(language.evidence.en - language.evidence.fr) / 4)
  const letters = block.text.match(/\p{L}/gu)?.length ?? 0
  return (language.lang === 'en' ? 1 : -1) * strength * Math.sqrt(letters)
}

/** The layout of a single bilingual (or monolingual) document, decided over the whole sequence. */
export function documentLayout(units: readonly Unit[]): LayoutResult {
  const tables = bilingualTables(units)
  const total = mass(units)
  if (total.en + total.fr === 0) return {layout: 'unknown', parts: []}

  const tableUnits = new Set([...tables.values()].flat())
  const tableMass = mass([...tableUnits])
  if (tables.size > 0 && tableMass.en + tableMass.fr >= 0.5 * (total.en + total.fr)) {
    return {layout: 'side-by-side', parts: tableParts(tables)}
  }

  // Bilingual tables inside another layout are pairs of their own, not evidence for the sequence.
  const sequence = units.map((unit) => (tableUnits.has(unit) ? {...unit, weight: 0} : unit))
  const {en, fr} = mass(sequence)
  if (Math.min(en, fr) < monolingualShare * (en + fr)) {
    const lang: Lang = en >= fr ? 'en' : 'fr'
    return {
      layout: 'monolingual',
      parts: partsFromLabels(
        sequence,
        sequence.map(() => lang),
      ),
    }
  }

  const halves = bestHalves(sequence)
  if (halves.purity >= halvesPurity && halves.firstShare >= halfShare && halves.firstShare <= 1 - halfShare) {
    const labels = sequence.map((_, index) => (index < halves.split ? halves.first : other(halves.first)))
    const split = withLetterhead(sequence, boundaryAfterConvention(sequence, labels))
    const prelude = interleavedPrelude(sequence, split, halves.first)
    const end = sharedTrailer(sequence, split, other(halves.first))
    const parts = partsFromRanges(sequence, [
      ...prelude.ranges,
      {lang: halves.first, from: prelude.end, to: split},
      {lang: other(halves.first), from: split, to: end},
    ])
    return {layout: halves.first === 'en' ? 'en-fr-halves' : 'fr-en-halves', parts}
  }

  const evidence = sequence.filter((unit) => unit.weight !== 0)
  const path = segmentLanguages(
    evidence.map((unit) => unit.weight),
    switchCost,
  )
  const labelOf = new Map(evidence.map((unit, index) => [unit, path[index] as Lang]))
  const labels = labelsAcrossGaps(sequence, labelOf)
  const parts = partsFromLabels(sequence, labels)
  return {layout: isInterleaved(sequence, labels) ? 'interleaved' : 'mixed', parts}
}

/**
 * A file of translation units (XLIFF, TMX), each holding its English and French segments: interleaved by
 * construction, its parts follow the language its markup gives each block.
 */
export function unitLayout(units: readonly Unit[]): LayoutResult {
  const labelled = units.filter((unit) => unit.block.declaredLang !== undefined)
  const labels = labelled.map((unit) => unit.block.declaredLang as Lang)
  if (!labels.includes('en') || !labels.includes('fr')) {
    const lang = labels[0]
    return lang === undefined ? {layout: 'unknown', parts: []} : {layout: 'monolingual', parts: partsFromLabels(labelled, labels)}
  }
  return {layout: 'interleaved', parts: partsFromLabels(labelled, labels)}
}

/** The languages of two separate inputs: one English and one French, in either order. */
export function separateLayout(documents: readonly {document: Document; units: readonly Unit[]}[]): LayoutResult {
  const verdicts = documents.map(({units}) => {
    const {en, fr} = mass(units)
    const lang: Lang = en >= fr ? 'en' : 'fr'
    const purity = en + fr === 0 ? 0 : Math.max(en, fr) / (en + fr)
    return {lang, purity, units}
  })
  const parts = verdicts.flatMap(({lang, units}) =>
    partsFromLabels(
      units,
      units.map(() => lang),
    ),
  )
  const [first, second] = verdicts
  if (first === undefined || second === undefined) return {layout: 'unknown', parts: []}
  if (first.purity === 0 || second.purity === 0) return {layout: 'mixed', parts}
  // A French file may cite English titles (and the reverse): each file needs a clear majority, not purity.
  if (first.lang !== second.lang && first.purity >= 0.6 && second.purity >= 0.6) return {layout: 'separate', parts}
  if (first.lang === second.lang && first.purity >= 0.9 && second.purity >= 0.9) return {layout: 'monolingual', parts}
  return {layout: 'mixed', parts}
}

function other(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en'
}

function mass(units: readonly Unit[]): {en: number; fr: number} {
  let en = 0
  let fr = 0
  for (const unit of units) {
    if (unit.weight > 0) en += unit.weight
    else fr -= unit.weight
  }
  return {en, fr}
}

/**
 * The split into two halves that agrees with the most mass, for both orders
 * (prefix sums: linear). Among equally good splits inside a stretch of blocks
 * without evidence, the last one is kept; the boundary convention moves it.
 */
function bestHalves(units: readonly Unit[]): {first: Lang; split: number; purity: number; firstShare: number} {
  const total = mass(units)
  const candidates = (['en', 'fr'] as const).map((first) => {
    const sign = first === 'en' ? 1 : -1
    const secondTotal = first === 'en' ? total.fr : total.en
    let firstBefore = 0
    let secondBefore = 0
    let best = {first, split: 0, agree: -1, firstMass: 0}
    for (let split = 0; split <= units.length; split++) {
      const agree = firstBefore + (secondTotal - secondBefore)
      if (agree >= best.agree) best = {first, split, agree, firstMass: firstBefore}
      const weight = (units[split]?.weight ?? 0) * sign
      if (weight > 0) firstBefore += weight
      else secondBefore -= weight
    }
    return best
  })
  const [english, french] = candidates as [(typeof candidates)[number], (typeof candidates)[number]]
  const best = english.agree >= french.agree ? english : french
  const all = total.en + total.fr
  return {first: best.first, split: best.split, purity: best.agree / all, firstShare: best.firstMass / all}
}

/** A prelude may take at most this share of the first half's blocks. */
const preludeReach = 0.25

/**
 * A bilingual opening before the first half: a notice or an introduction
 * given in both languages, paragraph by paragraph ("Website is no longer
 * maintained / Le site web n'est plus accessible", then the English, then the
 * French), before the document's halves. It is read as interleaved, so that
 * each paragraph meets its translation instead of being "added" to a half.
 * The prelude ends with the last block of the second language found early in
 * the first half.
 */
function interleavedPrelude(units: readonly Unit[], split: number, first: Lang): {ranges: Array<{lang: Lang; from: number; to: number}>; end: number} {
  const sign = first === 'en' ? 1 : -1
  const reach = Math.floor(split * preludeReach)
  let last = -1
  for (let index = 0; index < reach; index++) {
    const unit = units[index] as Unit
    // Prose of the other language, not a stray word or a letterhead line ("Ministre de la Justice"): a sentence.
    if (unit.weight * sign <= -2 && isSentence(unit.block.text)) last = index
  }
  if (last < 0) return {ranges: [], end: 0}
  const end = last + 1
  const evidence = units.slice(0, end).filter((unit) => unit.weight !== 0)
  const path = segmentLanguages(
    evidence.map((unit) => unit.weight),
    switchCost,
  )
  const labelOf = new Map(evidence.map((unit, index) => [unit, path[index] as Lang]))
  const labels = labelsAcrossGaps(units.slice(0, end), labelOf)
  const ranges: Array<{lang: Lang; from: number; to: number}> = []
  labels.forEach((lang, index) => {
    const previous = ranges.at(-1)
    if (previous !== undefined && previous.lang === lang) previous.to = index + 1
    else ranges.push({lang, from: index, to: index + 1})
  })
  // A prelude that does not alternate is part of the first half after all.
  if (!ranges.some((range) => range.lang !== first)) return {ranges: [], end: 0}
  return {ranges, end}
}

/** Text that says something in sentences: six words or more, ending a sentence somewhere. */
function isSentence(text: string): boolean {
  return /[.!?…](?:\s|$)/u.test(text) && text.split(/\s+/).length >= 6
}

/**
 * A section shared by both versions at the end of the document (credits, a
 * licence, contacts), after the second half: it opens with a bilingual block
 * ("Credits / Remerciements") and holds no more of the second half's language
 * than of the other (names, addresses, bilingual headings). It belongs to
 * neither half; the second half ends before it.
 */
function sharedTrailer(units: readonly Unit[], split: number, second: Lang): number {
  const sign = second === 'en' ? 1 : -1
  let own = 0
  let foreign = 0
  let end = units.length
  // From the end backwards: the earliest bilingual block after which the run is not in the second language.
  for (let index = units.length - 1; index > split; index--) {
    const unit = units[index] as Unit
    if (unit.weight * sign > 0) own += Math.abs(unit.weight)
    else foreign += Math.abs(unit.weight)
    if (opensSharedSection(unit) && own <= foreign) end = index
  }
  return end
}

/** A bilingual block, or a heading that pairs two labels ("Credits / Remerciements", "Summary | Résumé"). */
function opensSharedSection(unit: Unit): boolean {
  if (unit.lang === 'bilingual') return true
  return unit.block.kind === 'heading' && /(?:^|[/|])[^/|\p{L}]*\p{L}[^/|]*\s[/|]\s[^/|\p{L}]*\p{L}/u.test(unit.block.text)
}

/**
 * Where the second half starts once the blocks without evidence between the
 * halves are placed: headings open the part after them, anything else (a
 * date, a signature, a link back) ends the part before them.
 */
function boundaryAfterConvention(units: readonly Unit[], labels: readonly Lang[]): number {
  const second = labels.at(-1)
  let lastFirst = -1
  let firstSecond = units.length
  units.forEach((unit, index) => {
    if (unit.weight === 0) return
    if (labels[index] !== second) lastFirst = index
    else if (firstSecond === units.length) firstSecond = index
  })
  return gapSplit(units, lastFirst + 1, firstSecond)
}

/** Splits the gap `[from, to)` of blocks without evidence: before its first heading, else at its end. */
function gapSplit(units: readonly Unit[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (units[index]?.block.kind === 'heading' && !units[index]?.navigation) return index
  }
  return to
}

/**
 * Each half may open with the same letterhead or title as the document. When
 * the document's first blocks appear again just before (or across) the split,
 * the second half starts at that repeat.
 */
function withLetterhead(units: readonly Unit[], split: number): number {
  const start = units.findIndex((unit) => !unit.navigation)
  if (start < 0) return split
  // The repeat must reach the last block with language evidence before the split.
  let evidenceEnd = split
  while (evidenceEnd > 0 && (units[evidenceEnd - 1] as Unit).weight === 0) evidenceEnd--
  let best = {at: split, length: 0}
  for (let at = split; at >= Math.max(start + 1, split - letterheadReach); at--) {
    let length = 0
    while (at + length < units.length && start + length < at && sameText(units[start + length] as Unit, units[at + length] as Unit)) {
      length++
    }
    if (length > 0 && at + length >= evidenceEnd && length > best.length) best = {at, length}
  }
  return best.at
}

function sameText(a: Unit, b: Unit): boolean {
  return a.block.text.replace(/\s+/g, ' ').trim() === b.block.text.replace(/\s+/g, ' ').trim()
}

/** Gives blocks without evidence the language of the part they belong to, by the boundary convention. */
function labelsAcrossGaps(units: readonly Unit[], labelOf: Map<Unit, Lang>): Lang[] {
  const labels: Array<Lang | undefined> = units.map((unit) => labelOf.get(unit))
  const anchors = labels.flatMap((label, index) => (label === undefined ? [] : [index]))
  const firstAnchor = anchors[0]
  if (firstAnchor === undefined) return units.map(() => 'en')
  for (let index = 0; index < firstAnchor; index++) labels[index] = labels[firstAnchor]
  for (let k = 0; k < anchors.length; k++) {
    const from = (anchors[k] as number) + 1
    const to = anchors[k + 1] ?? units.length
    const split = to === units.length ? to : gapSplit(units, from, to)
    for (let index = from; index < to; index++) labels[index] = index < split ? labels[from - 1] : labels[to]
  }
  return labels as Lang[]
}

/** Interleaving: several alternations, both languages in comparable measure, runs that pair up in size. */
function isInterleaved(units: readonly Unit[], labels: readonly Lang[]): boolean {
  const runs: Array<{lang: Lang; mass: number}> = []
  units.forEach((unit, index) => {
    const lang = labels[index] as Lang
    const last = runs.at(-1)
    const weight = Math.abs(unit.weight)
    if (last?.lang === lang) last.mass += weight
    else runs.push({lang, mass: weight})
  })
  const content = runs.filter((run) => run.mass > 0)
  if (content.length < 3) return false
  const {en, fr} = mass(units)
  if (Math.min(en, fr) / Math.max(en, fr) < 0.5) return false
  let paired = 0
  for (let index = 0; index + 1 < content.length; index++) {
    const a = (content[index] as {mass: number}).mass
    const b = (content[index + 1] as {mass: number}).mass
    if (Math.min(a, b) / Math.max(a, b) >= 0.4) paired++
  }
  return paired / (content.length - 1) >= 0.7
}

/** One part per run of equal labels, from its first to its last block of content. */
function partsFromLabels(units: readonly Unit[], labels: readonly Lang[]): Part[] {
  const ranges: Array<{lang: Lang; from: number; to: number}> = []
  labels.forEach((lang, index) => {
    const last = ranges.at(-1)
    if (last?.lang === lang) last.to = index + 1
    else ranges.push({lang, from: index, to: index + 1})
  })
  return partsFromRanges(units, ranges)
}

function partsFromRanges(units: readonly Unit[], ranges: ReadonlyArray<{lang: Lang; from: number; to: number}>): Part[] {
  const parts: Part[] = []
  for (const {lang, from, to} of ranges) {
    const inside = units.slice(from, to)
    const first = inside.find((unit) => !isEdgeFiller(unit))
    const last = inside.findLast((unit) => !isEdgeFiller(unit))
    if (first === undefined || last === undefined) continue
    parts.push({
      lang,
      source: first.block.source,
      position: {start: first.block.position.start, end: last.block.position.end},
    })
  }
  return parts
}

/**
 * What a part neither starts nor ends with: language links and notices, raw
 * HTML wrappers (`<div lang="fr">`) and separators without a letter or a
 * digit (`## -----`). Inside a part they stay.
 */
function isEdgeFiller(unit: Unit): boolean {
  return unit.navigation || unit.block.kind === 'html' || !/[\p{L}\p{N}]/u.test(unit.block.text)
}

/** Tables with a column of English and a column of French, and their cells. */
function bilingualTables(units: readonly Unit[]): Map<number, Unit[]> {
  const byTable = new Map<number, Unit[]>()
  for (const unit of units) {
    const table = unit.block.table
    if (table !== undefined) byTable.set(table.id, [...(byTable.get(table.id) ?? []), unit])
  }
  const bilingual = new Map<number, Unit[]>()
  for (const [id, cells] of byTable) {
    const columns = new Map<number, Unit[]>()
    for (const cell of cells) {
      const column = cell.block.table?.column ?? 0
      columns.set(column, [...(columns.get(column) ?? []), cell])
    }
    const verdicts = [...columns.values()].map((column) => {
      const {en, fr} = mass(column)
      if (en + fr === 0) return undefined
      return en >= 0.7 * (en + fr) ? 'en' : fr >= 0.7 * (en + fr) ? 'fr' : undefined
    })
    if (verdicts.includes('en') && verdicts.includes('fr')) bilingual.set(id, cells)
  }
  return bilingual
}

/** For side-by-side tables: an English and a French part per table, each spanning the table. */
function tableParts(tables: Map<number, Unit[]>): Part[] {
  const parts: Part[] = []
  for (const cells of tables.values()) {
    const first = cells[0] as Unit
    const last = cells.at(-1) as Unit
    const position = {start: first.block.position.start, end: last.block.position.end}
    parts.push({lang: 'en', source: first.block.source, position}, {lang: 'fr', source: first.block.source, position})
  }
  return parts
}
