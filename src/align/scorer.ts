import type {Span2} from './dp.js'
import {KeyTable, type SegmentFeatures} from './features.js'
import {type LengthModel, lengthCost} from './length-cost.js'
import {Side} from './side.js'

/** The weights of the evidence a bead's sides share, in nats. */
export interface AlignWeights {
  /** A shared anchor (number by value, name, acronym), scaled by its rarity. */
  anchor: number
  /** A shared word or cognate prefix, scaled by its rarity. */
  word: number
  /** A pair of words learnt from the first pass. */
  lexicon: number
  /** Cost of joining segments of different kinds (a heading and a paragraph). */
  kindMismatch: number
  /** Dice coefficient a learnt pair needs. */
  lexiconDice: number
  /** A number of one side with no counterpart on the other, scaled by its rarity. */
  unmatchedNumber: number
  /** A user's sentence similarity, from 0.5 (says nothing) up to 1 (same meaning) or down to 0. */
  similarity: number
}

/** A user's judgement of how much a bead's two sides mean the same thing, in [0, 1]. */
export type BeadSimilarity = (enStart: number, enEnd: number, frStart: number, frEnd: number) => number

export const defaultWeights: AlignWeights = {anchor: 3, word: 2, lexicon: 0.5, kindMismatch: 2, lexiconDice: 0.3, unmatchedNumber: 1, similarity: 6}

/** What is aligned: sentences, or paragraphs (blocks), which translators join and split far less. */
export type Granularity = 'sentences' | 'paragraphs'

/** −log of each bead's prior probability, by [English count][French count]. */
function penalties(priors: {one: number; none: number; join: number; twoTwo: number; three: number}): number[][] {
  const cost = (p: number) => -Math.log(p)
  return [
    [0, cost(priors.none), 20, 20],
    [cost(priors.none), cost(priors.one), cost(priors.join), cost(priors.three)],
    [20, cost(priors.join), cost(priors.twoTwo), 20],
    [20, cost(priors.three), 20, 20],
  ]
}

const shapePenalties: Record<Granularity, number[][]> = {
  // Gale & Church's figures for sentences, except omissions and additions, which a QA tool must not hide
  // inside a neighbouring bead: 0.02 instead of 0.0055 (neutral on the align-gold benchmark).
  sentences: penalties({one: 0.89, none: 0.02, join: 0.0445, twoTwo: 0.011, three: 0.004}),
  paragraphs: penalties({one: 0.94, none: 0.01, join: 0.015, twoTwo: 0.002, three: 0.002}),
}

/** Paragraphs: joining a block that shares nothing with the other side costs this much (a page artefact stays alone). */
const unsupportedJoin = 4

/** At most this many confident beads are read to learn word pairs. */
const learnSample = 5000

/** What the aligner may know of a segment besides its text. */
export interface SegmentTraits {
  /** Block kind: a heading and a list item are unlikely counterparts. */
  kind?: string | undefined
  /** A conventional role such as `salutation` or `closing`: segments of the same role are counterparts. */
  role?: string | undefined
  /** Never joined with others in a bead (a page artefact, a lone date); it may still pair one to one. */
  solitary?: boolean | undefined
}

/** What segments of the same role share, in nats: a closing formula answers a closing formula. */
const roleMatch = 8
/** Joining a solitary segment with others costs this much: in effect, never. */
const solitaryJoin = 20

/** Word pairs learnt or looked up for one alignment: English word → French words (not the `Lexicon` of words/). */
export type WordPairs = Map<string, Set<string>>

/**
 * Scores beads: the prior of their shape, Gale–Church length disagreement,
 * minus the evidence both sides share (anchors and words weighed by rarity,
 * learnt word pairs), plus a cost for joining blocks of different kinds.
 */
export class PairScorer {
  readonly en: Side
  readonly fr: Side
  readonly #anchorWeights: Float64Array
  readonly #wordWeights: Float64Array
  readonly #shapePenalty: number[][]
  // Traits as small integers per segment (0: none), read in the hot loop of the search.
  readonly #kinds: {en: Int32Array; fr: Int32Array}
  readonly #roles: {en: Int32Array; fr: Int32Array}
  readonly #solitary: {en: Uint8Array; fr: Uint8Array}
  readonly #anySolitary: boolean
  #hasLexicon = false

  constructor(
    enFeatures: readonly SegmentFeatures[],
    frFeatures: readonly SegmentFeatures[],
    readonly model: LengthModel,
    readonly weights: AlignWeights,
    traits: {en: readonly SegmentTraits[]; fr: readonly SegmentTraits[]} = {en: [], fr: []},
    readonly granularity: Granularity = 'sentences',
    readonly beadSimilarity?: BeadSimilarity,
  ) {
    this.#shapePenalty = shapePenalties[granularity]
    this.en = new Side(enFeatures)
    this.fr = new Side(frFeatures)
    this.#anchorWeights = rarityWeights([...enFeatures, ...frFeatures], (segment) => segment.anchors)
    this.#wordWeights = rarityWeights([...enFeatures, ...frFeatures], (segment) => segment.words)
    const ids = new KeyTable()
    const code = (value: string | undefined) => (value === undefined ? 0 : ids.id(value) + 1)
    const codes = (list: readonly SegmentTraits[], count: number, of: (traits: SegmentTraits) => string | undefined) =>
      Int32Array.from({length: count}, (_, k) => code(list[k] === undefined ? undefined : of(list[k] as SegmentTraits)))
    this.#kinds = {en: codes(traits.en, enFeatures.length, (t) => t.kind), fr: codes(traits.fr, frFeatures.length, (t) => t.kind)}
    this.#roles = {en: codes(traits.en, enFeatures.length, (t) => t.role), fr: codes(traits.fr, frFeatures.length, (t) => t.role)}
    const solitary = (list: readonly SegmentTraits[], count: number) => Uint8Array.from({length: count}, (_, k) => (list[k]?.solitary === true ? 1 : 0))
    this.#solitary = {en: solitary(traits.en, enFeatures.length), fr: solitary(traits.fr, frFeatures.length)}
    this.#anySolitary = this.#solitary.en.includes(1) || this.#solitary.fr.includes(1)
  }

  /** The cost of the bead joining segments [enStart, enEnd) and [frStart, frEnd). */
  cost(enStart: number, enEnd: number, frStart: number, frEnd: number, limit = Number.POSITIVE_INFINITY): number {
    const a = enEnd - enStart
    const b = frEnd - frStart
    let cost = (this.#shapePenalty[a]?.[b] ?? 20) + lengthCost(this.en.length(enStart, enEnd), this.fr.length(frStart, frEnd), this.model)
    if (a === 1 && b === 1) {
      const enKind = this.#kinds.en[enStart] as number
      const frKind = this.#kinds.fr[frStart] as number
      if (enKind !== 0 && frKind !== 0 && enKind !== frKind) cost += this.weights.kindMismatch
    }
    if (a === 0 || b === 0) return cost
    if (this.#anySolitary && (a > 1 || b > 1)) cost += this.solitaryJoins(enStart, enEnd, frStart, frEnd)
    if (this.sharesRole(enStart, enEnd, frStart, frEnd)) return cost - roleMatch - this.similarity(enStart, enEnd, frStart, frEnd)
    // No need to weigh what is shared when even sharing everything could not make the bead win.
    if (cost - this.similarityBound(enStart, enEnd, frStart, frEnd) >= limit) return cost
    if (this.granularity === 'paragraphs' && (a > 1 || b > 1)) cost += this.unsupportedJoins(enStart, enEnd, frStart, frEnd)
    return cost - this.similarity(enStart, enEnd, frStart, frEnd)
  }

  /** Whether every segment of the bead has the same conventional role (a closing, a salutation). */
  sharesRole(enStart: number, enEnd: number, frStart: number, frEnd: number): boolean {
    const role = this.#roles.en[enStart] as number
    if (role === 0) return false
    for (let i = enStart + 1; i < enEnd; i++) if (this.#roles.en[i] !== role) return false
    for (let j = frStart; j < frEnd; j++) if (this.#roles.fr[j] !== role) return false
    return true
  }

  solitaryJoins(enStart: number, enEnd: number, frStart: number, frEnd: number): number {
    for (let i = enStart; i < enEnd; i++) if (this.#solitary.en[i] === 1) return solitaryJoin
    for (let j = frStart; j < frEnd; j++) if (this.#solitary.fr[j] === 1) return solitaryJoin
    return 0
  }

  /** For each block of a joined side that shares nothing with the other side, `unsupportedJoin`. */
  unsupportedJoins(enStart: number, enEnd: number, frStart: number, frEnd: number): number {
    let cost = 0
    if (enEnd - enStart > 1) for (let i = enStart; i < enEnd; i++) if (this.similarity(i, i + 1, frStart, frEnd) <= 0) cost += unsupportedJoin
    if (frEnd - frStart > 1) for (let j = frStart; j < frEnd; j++) if (this.similarity(enStart, enEnd, j, j + 1) <= 0) cost += unsupportedJoin
    return cost
  }

  /** Numbers of either side with no equal on the other, weighed by rarity. */
  unmatchedNumbers(enStart: number, enEnd: number, frStart: number, frEnd: number): number {
    const en = this.en.numberRuns
    const fr = this.fr.numberRuns
    if (en.count(enStart, enEnd) === 0 && fr.count(frStart, frEnd) === 0) return 0
    // A number of one side may match the other side's second reading ("1,234"), so match against all anchors.
    const weights = this.#anchorWeights
    const matchedEn = en.shared(enStart, enEnd, this.fr.anchorRuns, frStart, frEnd, weights)
    const matchedFr = fr.shared(frStart, frEnd, this.en.anchorRuns, enStart, enEnd, weights)
    return en.total(enStart, enEnd, weights) - matchedEn + fr.total(frStart, frEnd, weights) - matchedFr
  }

  /** The most `similarity` could be: every key of the smaller side shared, at full weight. */
  similarityBound(enStart: number, enEnd: number, frStart: number, frEnd: number): number {
    const {anchor, word, lexicon} = this.weights
    const {en, fr} = this
    let bound = anchor * Math.min(en.anchorRuns.count(enStart, enEnd), fr.anchorRuns.count(frStart, frEnd))
    bound += word * Math.min(en.wordRuns.count(enStart, enEnd), fr.wordRuns.count(frStart, frEnd))
    if (this.#hasLexicon) bound += lexicon * Math.min(en.lexicalRuns.count(enStart, enEnd), fr.lexicalRuns.count(frStart, frEnd))
    if (this.beadSimilarity !== undefined) bound += this.weights.similarity
    return bound
  }

  /**
   * What the two sides of a bead share, weighed: keys are pooled per side
   * first, so that joining a segment that shares nothing adds nothing.
   */
  similarity(enStart: number, enEnd: number, frStart: number, frEnd: number): number {
    const {en, fr} = this
    let total = this.weights.anchor * en.anchorRuns.shared(enStart, enEnd, fr.anchorRuns, frStart, frEnd, this.#anchorWeights)
    // A number that finds no counterpart speaks against the pairing (names, by contrast, are often translated).
    total -= this.weights.unmatchedNumber * this.unmatchedNumbers(enStart, enEnd, frStart, frEnd)
    total += this.weights.word * en.wordRuns.shared(enStart, enEnd, fr.wordRuns, frStart, frEnd, this.#wordWeights)
    if (this.#hasLexicon) total += this.weights.lexicon * en.lexicalRuns.shared(enStart, enEnd, fr.lexicalRuns, frStart, frEnd)
    if (this.beadSimilarity !== undefined) total += this.weights.similarity * 2 * (this.beadSimilarity(enStart, enEnd, frStart, frEnd) - 0.5)
    return total
  }

  /** In [0, 1]: a logistic of the shared evidence (and a shared role) against the length disagreement; 0 for one side empty. */
  score(bead: Span2): number {
    if (bead.enStart === bead.enEnd || bead.frStart === bead.frEnd) return 0
    const disagreement = lengthCost(this.en.length(bead.enStart, bead.enEnd), this.fr.length(bead.frStart, bead.frEnd), this.model)
    // Conventional formulas (a closing, a salutation) differ in length by convention: their lengths say nothing.
    const conventional = this.sharesRole(bead.enStart, bead.enEnd, bead.frStart, bead.frEnd)
    const evidence = 1.5 + (conventional ? roleMatch : -disagreement) + this.similarity(bead.enStart, bead.enEnd, bead.frStart, bead.frEnd)
    return Math.round(1000 / (1 + Math.exp(-evidence))) / 1000
  }

  /**
   * Word pairs that co-occur in the confident 1-1 beads of a first pass
   * (Dice coefficient), as in hunalign's second pass: they let the second
   * pass see that "lettre" answers "letter" and "merci" answers "thank".
   */
  learn(beads: readonly Span2[], given: WordPairs = new Map()): WordPairs {
    const confident = beads.filter((bead) => bead.enEnd - bead.enStart === 1 && bead.frEnd - bead.frStart === 1 && this.score(bead) >= 0.8)
    const lexicon: WordPairs = new Map(given)
    if (confident.length < 20) return lexicon
    // Counting pairs is the costly part: an even sample of at most `learnSample` beads is plenty.
    const step = Math.max(1, confident.length / learnSample)
    const words = new KeyTable()
    // Pair counts by English word, then French word: a single number key (e × 2²⁴ + f) is not a small integer, and
    // V8 hashes such keys so poorly that counting 6,000 pairs took 20 ms.
    const together = new Map<number, Map<number, number>>()
    const enCount = new Map<number, number>()
    const frCount = new Map<number, number>()
    for (let k = 0; k < confident.length; k += step) {
      const bead = confident[Math.floor(k)] as Span2
      const enWords = new Set((this.en.features[bead.enStart] as SegmentFeatures).lexical.map((word) => words.id(word)))
      const frWords = new Set((this.fr.features[bead.frStart] as SegmentFeatures).lexical.map((word) => words.id(word)))
      for (const e of enWords) enCount.set(e, (enCount.get(e) ?? 0) + 1)
      for (const f of frWords) frCount.set(f, (frCount.get(f) ?? 0) + 1)
      for (const e of enWords) {
        let counts = together.get(e)
        if (counts === undefined) {
          counts = new Map()
          together.set(e, counts)
        }
        for (const f of frWords) counts.set(f, (counts.get(f) ?? 0) + 1)
      }
    }
    // Keep pairs that are each other's best match (competitive linking), seen at least twice.
    const bestForEn = new Map<number, {word: number; dice: number}>()
    const bestForFr = new Map<number, {word: number; dice: number}>()
    for (const [e, counts] of together) {
      for (const [f, count] of counts) {
        if (count < 2) continue
        const dice = (2 * count) / ((enCount.get(e) ?? 0) + (frCount.get(f) ?? 0))
        if (dice > (bestForEn.get(e)?.dice ?? 0)) bestForEn.set(e, {word: f, dice})
        if (dice > (bestForFr.get(f)?.dice ?? 0)) bestForFr.set(f, {word: e, dice})
      }
    }
    const text = words.keys()
    for (const [e, {word: f, dice}] of bestForEn) {
      if (e !== f && dice >= this.weights.lexiconDice && bestForFr.get(f)?.word === e) {
        const known = lexicon.get(text[e] as string)
        lexicon.set(text[e] as string, new Set([...(known ?? []), text[f] as string]))
      }
    }
    this.useLexicon(lexicon)
    return lexicon
  }

  /** Word pairs to count as shared evidence from now on. */
  useLexicon(lexicon: WordPairs): void {
    const table = new KeyTable()
    // Each distinct English word's translations are looked up once: words repeat far more than they vary.
    const translations = new Map<string, number[]>()
    const idsOf = (word: string): number[] => {
      let ids = translations.get(word)
      if (ids === undefined) {
        ids = [...(lexicon.get(word) ?? [])].map((french) => table.id(french))
        translations.set(word, ids)
      }
      return ids
    }
    this.en.setLexical(
      this.en.features.map((segment) => {
        const keys: number[] = []
        for (const word of segment.lexical) for (const id of idsOf(word)) keys.push(id)
        return keys
      }),
    )
    this.fr.setLexical(this.fr.features.map((segment) => segment.lexical.map((word) => table.id(word))))
    this.#hasLexicon = lexicon.size > 0
  }
}

/** Rarer keys weigh more: log(1 + segments / segments holding the key) / 4, at most 1. */
function rarityWeights(segments: readonly SegmentFeatures[], keysOf: (segment: SegmentFeatures) => readonly number[]): Float64Array {
  let size = 0
  for (const segment of segments) for (const key of keysOf(segment)) size = Math.max(size, key + 1)
  const counts = new Float64Array(size)
  for (const segment of segments) {
    let previous = -1
    for (const key of keysOf(segment)) {
      if (key !== previous) counts[key] = (counts[key] as number) + 1
      previous = key
    }
  }
  const weights = new Float64Array(size)
  for (let key = 0; key < size; key++) {
    const count = counts[key] as number
    weights[key] = count === 0 ? 0 : Math.min(4, Math.log(1 + segments.length / count)) / 4
  }
  return weights
}
