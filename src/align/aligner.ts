import type {Lang, SegmentBead} from '../types.js'
import {centreLine} from './centre.js'
import {conventionalRole} from './conventions.js'
import {alignInBand, bandAround, type Span2} from './dp.js'
import {KeyTable, type SegmentFeatures, segmentFeatures} from './features.js'
import {defaultLengthModel, type LengthModel} from './length-cost.js'
import {bundledLexicon} from '../words/bundled.js'
import type {Lexicon as WordLexicon} from '../words/lexicon.js'
import {tokenize} from '../words/tokens.js'
import {type AlignWeights, type BeadSimilarity, defaultWeights, type Granularity, PairScorer, type SegmentTraits} from './scorer.js'

export {defaultWeights, type AlignWeights, type Granularity, type SegmentTraits} from './scorer.js'

/** One segment to align: its text, and optionally what kind of block it is, its role and its paragraph. */
export interface AlignSegment extends SegmentTraits {
  text: string
  /**
   * Anchors the text does not show, matched with the other side's like numbers and names: the URL of a
   * link, the presence of an italic title. Documents give them from a block's inline marks.
   */
  anchors?: readonly string[]
  /**
   * The paragraph the segment belongs to. When both sides give paragraphs,
   * paragraphs are aligned first and sentences only within aligned paragraphs.
   */
  paragraph?: string | number
}

/** @deprecated Renamed `SegmentBead`: its sides are indices into the aligner's input. */
export type AlignedBead = SegmentBead

export interface AlignOptions {
  /** Length ratio and variance; by default the ratio is measured on the inputs. */
  lengthModel?: Partial<LengthModel>
  /** Half-width of the search band, in segments, before it widens where the path needs it (default 6). */
  band?: number
  /** Learn word pairs from a first pass and align again with them (default true). */
  learnLexicon?: boolean
  /** How much each kind of shared evidence weighs against length (for tuning). */
  weights?: Partial<AlignWeights>
  /**
   * The paragraph ids of both sides name counterparts (paragraphs already
   * aligned): sentences are aligned within each pair of paragraphs with the
   * same id, with evidence weighed over the whole input.
   */
  pairedParagraphs?: boolean
  /**
   * `sentences` (default) or `paragraphs`: blocks are joined and split far
   * less often than sentences, and a block joined to a bead must share
   * something with the other side.
   */
  granularity?: Granularity
  /**
   * A sentence similarity in [0, 1] from a model of the user's (a multilingual
   * sentence embedding, say), added to the evidence of each candidate bead.
   * Called once per candidate bead, with the texts of its segments joined by spaces.
   */
  similarity?: (english: string, french: string) => number
  /**
   * An English–French lexicon whose word pairs count as shared evidence from
   * the first pass on. By default pareil's own (`bundledLexicon()`), as
   * `pareil align` and `check()` use it; `null` aligns without one.
   */
  lexicon?: WordLexicon | null
}

/**
 * Aligns English and French segments (sentences or paragraphs) into beads of
 * 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 segments. Each bead is scored by
 * Gale–Church length agreement, shared anchors (numbers by value, names,
 * acronyms) weighed by their rarity, shared words and cognates, and, on a
 * second pass, word pairs learnt from the first. The search runs in a band
 * around the expected path: time and memory grow linearly with the input.
 */
export function alignSegments(en: ReadonlyArray<string | AlignSegment>, fr: ReadonlyArray<string | AlignSegment>, options: AlignOptions = {}): SegmentBead[] {
  const enSegments = en.map((segment) => asSegment(segment, 'en'))
  const frSegments = fr.map((segment) => asSegment(segment, 'fr'))
  const keys = new KeyTable()
  const enFeatures = enSegments.map((segment) => segmentFeatures(segment.text, keys, segment.anchors))
  const frFeatures = byFrenchStems(frSegments.map((segment) => segmentFeatures(segment.text, keys, segment.anchors)))
  const model = lengthModelFor(enFeatures, frFeatures, options.lengthModel)
  const weights = {...defaultWeights, ...options.weights}
  const width = options.band ?? 6
  const sentences = new PairScorer(
    enFeatures,
    frFeatures,
    model,
    weights,
    {en: enSegments, fr: frSegments},
    options.granularity,
    options.similarity === undefined ? undefined : cachedSimilarity(enSegments, frSegments, options.similarity),
  )
  const enParagraphs = paragraphsOf(enSegments)
  const frParagraphs = paragraphsOf(frSegments)
  const paragraphs =
    options.pairedParagraphs !== true && enParagraphs.length > 1 && frParagraphs.length > 1
      ? new PairScorer(
          enParagraphs.map((run) => pooledFeatures(enFeatures, run)),
          frParagraphs.map((run) => pooledFeatures(frFeatures, run)),
          model,
          weights,
          {en: [], fr: []},
          'paragraphs',
        )
      : undefined

  // The first pass searches a band around the anchors; the second, with the learnt word pairs, a narrow band
  // around the first pass's path.
  const given = options.pairedParagraphs === true ? pairedWindows(enParagraphs, frParagraphs, enSegments, frSegments) : undefined
  // Returns the sentence beads, and the top-level path (paragraphs, or sentences) for a second pass to follow.
  const run = (previous?: Span2[]): {beads: Span2[]; top: Span2[]} => {
    if (given !== undefined) {
      const beads = given.flatMap((window) => search(sentences, window, width))
      return {beads, top: beads}
    }
    const top = paragraphs ?? sentences
    const topWindow = paragraphs === undefined ? whole(enSegments.length, frSegments.length) : whole(enParagraphs.length, frParagraphs.length)
    const topBeads = search(top, topWindow, previous === undefined ? width : refineWidth, previous)
    if (paragraphs === undefined) return {beads: topBeads, top: topBeads}
    const beads: Span2[] = []
    for (const group of topBeads) {
      const [enStart, enEnd] = segmentRange(enParagraphs, group.enStart, group.enEnd, enSegments.length)
      const [frStart, frEnd] = segmentRange(frParagraphs, group.frStart, group.frEnd, frSegments.length)
      beads.push(...search(sentences, {enStart, enEnd, frStart, frEnd}, width))
    }
    return {beads, top: topBeads}
  }

  const lexicon = options.lexicon === undefined ? bundledLexicon() : options.lexicon
  const known = lexicon === null ? new Map<string, Set<string>>() : documentPairs(enFeatures, frFeatures, lexicon)
  if (known.size > 0) {
    sentences.useLexicon(known)
    paragraphs?.useLexicon(known)
  }
  let result = run()
  if (options.learnLexicon !== false && result.beads.length > 0) {
    // Learnt apart: `paragraphs?.useLexicon(sentences.learn(…))` would not learn at all without paragraphs.
    const learnt = sentences.learn(result.beads, known)
    paragraphs?.useLexicon(learnt)
    result = run(given === undefined ? result.top : undefined)
  }
  const beads = result.beads
  return beads.map((bead) => ({
    en: range(bead.enStart, bead.enEnd),
    fr: range(bead.frStart, bead.frEnd),
    score: sentences.score(bead),
  }))
}

/**
 * French segments with their lexical words replaced by the words' stems: "lettre" and "lettres" are one key,
 * so that an English word's translations are a few stems, however many inflected forms a long document uses
 * (by word, a 10,000-sentence novel gave each English sentence 170 lexicon keys, and the search slowed with length).
 */
function byFrenchStems(features: readonly SegmentFeatures[]): SegmentFeatures[] {
  const stems = new Map<string, readonly string[]>()
  const stemsOf = (word: string): readonly string[] => {
    let found = stems.get(word)
    if (found === undefined) {
      found = tokenize(word, 'fr')[0]?.keys ?? []
      stems.set(word, found)
    }
    return found
  }
  return features.map((segment) => ({...segment, lexical: segment.lexical.flatMap(stemsOf)}))
}

/**
 * The pairs a lexicon makes between these segments: each folded English word
 * with the French stems of the input that it translates.
 */
function documentPairs(en: readonly SegmentFeatures[], fr: readonly SegmentFeatures[], lexicon: WordLexicon): Map<string, Set<string>> {
  const present = new Set<string>()
  for (const segment of fr) for (const stem of segment.lexical) present.add(stem)
  const pairs = new Map<string, Set<string>>()
  const seen = new Set<string>()
  for (const segment of en) {
    for (const word of segment.lexical) {
      if (seen.has(word)) continue
      seen.add(word)
      const found = new Set<string>()
      for (const key of tokenize(word, 'en')[0]?.keys ?? []) {
        for (const stem of lexicon.translations(key)) if (present.has(stem) && stem !== word) found.add(stem)
      }
      if (found.size > 0) pairs.set(word, found)
    }
  }
  return pairs
}

/** Half-width of the second pass's band around the first pass's path. */
const refineWidth = 4

/** The French position of a path of beads (covering a whole window) at each English position of the window. */
function pathCentre(path: readonly Span2[], window: Span2): (i: number) => number {
  const at = new Float64Array(window.enEnd - window.enStart + 1)
  for (const bead of path) {
    const size = bead.enEnd - bead.enStart
    for (let k = 0; k <= size; k++) {
      const french = bead.frStart + (size === 0 ? 0 : ((bead.frEnd - bead.frStart) * k) / size)
      at[bead.enStart - window.enStart + k] = french - window.frStart
    }
  }
  return (i) => at[Math.min(at.length - 1, Math.max(0, i))] as number
}

/** A segment with its conventional role (salutation, closing) found from its text unless given. */
function asSegment(segment: string | AlignSegment, lang: Lang): AlignSegment {
  const given = typeof segment === 'string' ? {text: segment} : segment
  return 'role' in given ? given : {...given, role: conventionalRole(given.text, lang)}
}

function range(start: number, end: number): number[] {
  return Array.from({length: end - start}, (_, k) => start + k)
}

function whole(n: number, m: number): Span2 {
  return {enStart: 0, enEnd: n, frStart: 0, frEnd: m}
}

/** The length ratio measured on the inputs (bounded), unless given. */
function lengthModelFor(en: readonly SegmentFeatures[], fr: readonly SegmentFeatures[], given: Partial<LengthModel> = {}): LengthModel {
  const enTotal = en.reduce((sum, segment) => sum + segment.length, 0)
  const frTotal = fr.reduce((sum, segment) => sum + segment.length, 0)
  const measured = enTotal > 0 && frTotal > 0 ? frTotal / enTotal : defaultLengthModel.ratio
  return {
    ratio: given.ratio ?? Math.min(1.5, Math.max(0.8, measured)),
    variance: given.variance ?? defaultLengthModel.variance,
  }
}

/** Runs of consecutive segments with the same paragraph id; none when a segment has no id. */
function paragraphsOf(segments: readonly AlignSegment[]): Array<{start: number; end: number}> {
  if (segments.length === 0 || segments.some((segment) => segment.paragraph === undefined)) return []
  const runs: Array<{start: number; end: number}> = []
  segments.forEach((segment, index) => {
    const last = runs.at(-1)
    if (last !== undefined && segments[last.start]?.paragraph === segment.paragraph) last.end = index + 1
    else runs.push({start: index, end: index + 1})
  })
  return runs
}

/**
 * Windows of segments for paragraphs paired by id: each English run with the
 * French run of the same id (a run alone when the other side has none), in order.
 */
function pairedWindows(
  enRuns: ReadonlyArray<{start: number; end: number}>,
  frRuns: ReadonlyArray<{start: number; end: number}>,
  en: readonly AlignSegment[],
  fr: readonly AlignSegment[],
): Span2[] {
  const frById = new Map(frRuns.map((run) => [fr[run.start]?.paragraph, run]))
  const windows: Span2[] = []
  let frAt = 0
  for (const run of enRuns) {
    const match = frById.get(en[run.start]?.paragraph)
    if (match === undefined || match.start < frAt) {
      windows.push({enStart: run.start, enEnd: run.end, frStart: frAt, frEnd: frAt})
      continue
    }
    if (match.start > frAt) windows.push({enStart: run.start, enEnd: run.start, frStart: frAt, frEnd: match.start})
    windows.push({enStart: run.start, enEnd: run.end, frStart: match.start, frEnd: match.end})
    frAt = match.end
  }
  const enEnd = enRuns.at(-1)?.end ?? 0
  if (frAt < fr.length) windows.push({enStart: enEnd, enEnd, frStart: frAt, frEnd: fr.length})
  return windows
}

/** The features of a run of segments taken as one. */
function pooledFeatures(features: readonly SegmentFeatures[], {start, end}: {start: number; end: number}): SegmentFeatures {
  const part = features.slice(start, end)
  return {
    length: part.reduce((sum, segment) => sum + segment.length, 0) + Math.max(0, part.length - 1),
    anchors: part.flatMap((segment) => segment.anchors).sort((a, b) => a - b),
    numbers: part.flatMap((segment) => segment.numbers).sort((a, b) => a - b),
    words: part.flatMap((segment) => segment.words).sort((a, b) => a - b),
    lexical: part.flatMap((segment) => segment.lexical),
  }
}

/** The segments covered by paragraphs [start, end): from the first one's start to the last one's end. */
function segmentRange(paragraphs: ReadonlyArray<{start: number; end: number}>, start: number, end: number, total: number): [number, number] {
  const from = paragraphs[start]?.start ?? total
  return [from, end > start ? (paragraphs[end - 1]?.end ?? total) : from]
}

/**
 * Banded search over a window of both inputs. Where the best path runs along
 * the band's edge, that stretch is searched again in a wider band that follows
 * the path. Beads come back in input indices.
 */
function search(scorer: PairScorer, window: Span2, width: number, previous?: readonly Span2[]): Span2[] {
  const n = window.enEnd - window.enStart
  const m = window.frEnd - window.frStart
  if (n === 0 || m === 0) {
    // Nothing to pair with: each segment is a bead of its own.
    const alone: Span2[] = []
    for (let i = window.enStart; i < window.enEnd; i++) alone.push({enStart: i, enEnd: i + 1, frStart: window.frStart, frEnd: window.frStart})
    for (let j = window.frStart; j < window.frEnd; j++) alone.push({enStart: window.enEnd, enEnd: window.enEnd, frStart: j, frEnd: j + 1})
    return alone
  }
  const centre = previous === undefined ? centreLine(scorer.en, scorer.fr, window) : pathCentre(previous, window)
  return searchBand(scorer, window, width, centre, 0)
}

/** How many times a stretch of path along the band's edge is searched again, each time half as wide again. */
const maxWidenings = 4

function searchBand(scorer: PairScorer, window: Span2, width: number, centre: (i: number) => number, widenings: number): Span2[] {
  const n = window.enEnd - window.enStart
  const m = window.frEnd - window.frStart
  const {enStart: di, frStart: dj} = window
  const cost = (i0: number, i1: number, j0: number, j1: number, limit: number) => scorer.cost(i0 + di, i1 + di, j0 + dj, j1 + dj, limit)
  const result = alignInBand(n, m, cost, bandAround(n, m, centre, width))
  const beads = result.beads.map((bead) => ({enStart: bead.enStart + di, enEnd: bead.enEnd + di, frStart: bead.frStart + dj, frEnd: bead.frEnd + dj}))
  if (!result.touchesEdge || widenings === maxWidenings || width >= Math.max(n, m)) return beads
  // Only the stretches that want to leave the band are searched again: widening the band over the whole window
  // would cost a long document a full pass for each trouble spot.
  const wider = Math.ceil(width * 1.5)
  return widenStretches(
    scorer,
    beads,
    result.edgeRows.map((i) => i + di),
    wider,
    widenings + 1,
  )
}

/**
 * Searches again, in a band of `width` around the path, each stretch of the
 * path within a margin of rows where it touched the band's edge; the path
 * outside those stretches, which the band did not constrain, is kept.
 */
function widenStretches(scorer: PairScorer, path: Span2[], edgeRows: readonly number[], width: number, widenings: number): Span2[] {
  const margin = 2 * width
  const stretches: Array<[number, number]> = []
  for (const row of edgeRows) {
    const last = stretches.at(-1)
    if (last !== undefined && row - margin <= last[1]) last[1] = row + margin
    else stretches.push([row - margin, row + margin])
  }
  const result: Span2[] = []
  let next = 0
  for (const [from, to] of stretches) {
    // The stretch runs between two nodes of the path: the last bead starting at or before `from`, and the first
    // ending at or after `to`.
    let first = next
    while (first + 1 < path.length && (path[first + 1] as Span2).enStart <= from) first++
    let last = first
    while (last + 1 < path.length && (path[last] as Span2).enEnd < to) last++
    for (let k = next; k < first; k++) result.push(path[k] as Span2)
    const start = path[first] as Span2
    const end = path[last] as Span2
    const window = {enStart: start.enStart, enEnd: end.enEnd, frStart: start.frStart, frEnd: end.frEnd}
    const stretch = path.slice(first, last + 1)
    for (const bead of searchBand(scorer, window, width, pathCentre(stretch, window), widenings)) result.push(bead)
    next = last + 1
  }
  for (let k = next; k < path.length; k++) result.push(path[k] as Span2)
  return result
}

/** The user's similarity for a bead, asked once per bead and clamped to [0, 1] (0.5, neutral, when it fails). */
function cachedSimilarity(en: readonly AlignSegment[], fr: readonly AlignSegment[], similarity: (english: string, french: string) => number): BeadSimilarity {
  const known = new Map<string, number>()
  const join = (segments: readonly AlignSegment[], start: number, end: number) =>
    segments
      .slice(start, end)
      .map((segment) => segment.text)
      .join(' ')
  return (enStart, enEnd, frStart, frEnd) => {
    const key = `${enStart} ${enEnd} ${frStart} ${frEnd}`
    let score = known.get(key)
    if (score === undefined) {
      const value = similarity(join(en, enStart, enEnd), join(fr, frStart, frEnd))
      score = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5
      known.set(key, score)
    }
    return score
  }
}
