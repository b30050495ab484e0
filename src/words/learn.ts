import type {Lang} from '../types.js'
import {Lexicon} from './lexicon.js'
import {tokenize} from './tokens.js'

/** A word pair learnt from a translation memory. */
export interface LearntPair {
  en: string
  fr: string
  /** In (0, 1]: the geometric mean of the translation probabilities both ways. */
  weight: number
  /** In how many translation units the two words occur together. */
  count: number
}

export interface LearnOptions {
  /** EM iterations each way (default 5). */
  iterations?: number
  /** Units a pair must share to be kept (default 2). */
  minCount?: number
  /** Translation probability a pair needs both ways (default 0.2). */
  minProbability?: number
}

/**
 * Learns English–French word pairs from translation units (a TMX memory) with
 * IBM Model 1 (Brown et al. 1993), trained by EM in both directions with an
 * empty word on the source side; a pair is kept when it is likely both ways
 * and seen in enough units. Content words only, in lower case.
 */
export function learnPairs(units: ReadonlyArray<{en: string; fr: string}>, options: LearnOptions = {}): LearntPair[] {
  const iterations = options.iterations ?? 5
  const minCount = options.minCount ?? 2
  const minProbability = options.minProbability ?? 0.2
  const vocabulary = {en: new Map<string, number>(), fr: new Map<string, number>()}
  const words = {en: [] as string[], fr: [] as string[]}
  const idOf = (lang: Lang, word: string) => {
    let id = vocabulary[lang].get(word)
    if (id === undefined) {
      id = words[lang].length
      vocabulary[lang].set(word, id)
      words[lang].push(word)
    }
    return id
  }
  const sentences = units.map((unit) => ({en: contentIds(unit.en, 'en', idOf), fr: contentIds(unit.fr, 'fr', idOf)}))
  const forward = model1(
    sentences.map((s) => ({source: s.en, target: s.fr})),
    iterations,
  )
  const backward = model1(
    sentences.map((s) => ({source: s.fr, target: s.en})),
    iterations,
  )
  const together = new Map<number, number>()
  for (const {en, fr} of sentences) {
    for (const e of new Set(en)) for (const f of new Set(fr)) together.set(key(e, f), (together.get(key(e, f)) ?? 0) + 1)
  }
  const learnt: LearntPair[] = []
  for (const [pair, count] of together) {
    if (count < minCount) continue
    const e = Math.floor(pair / keyBase)
    const f = pair % keyBase
    const there = forward.get(key(e, f)) ?? 0
    const back = backward.get(key(f, e)) ?? 0
    if (there < minProbability || back < minProbability) continue
    learnt.push({en: words.en[e] as string, fr: words.fr[f] as string, weight: Math.round(Math.sqrt(there * back) * 1000) / 1000, count})
  }
  return learnt.sort((a, b) => b.weight - a.weight || b.count - a.count || a.en.localeCompare(b.en))
}

/** A lexicon of learnt pairs, each weighed by its probability. */
export function learnLexicon(units: ReadonlyArray<{en: string; fr: string}>, options: LearnOptions = {}): Lexicon {
  const lexicon = new Lexicon()
  for (const pair of learnPairs(units, options)) lexicon.add(pair.en, pair.fr, pair.weight)
  return lexicon
}

/** Learnt pairs as a lexicon file that `--lexicon` and `parseLexicon` read. */
export function formatLexicon(pairs: readonly LearntPair[]): string {
  return `en\tfr\tweight\n${pairs.map((pair) => `${pair.en}\t${pair.fr}\t${pair.weight}\n`).join('')}`
}

// Ids are below 2^21: a pair of ids is one safe integer.
const keyBase = 2 ** 21
const key = (a: number, b: number) => a * keyBase + b

function contentIds(text: string, lang: Lang, idOf: (lang: Lang, word: string) => number): number[] {
  return tokenize(text, lang)
    .filter((token) => token.content)
    .map((token) => idOf(lang, token.text.toLowerCase()))
}

/** t(target | source) by EM, with an empty source word (id -1) that any target word may come from. */
function model1(sentences: ReadonlyArray<{source: readonly number[]; target: readonly number[]}>, iterations: number): Map<number, number> {
  const empty = keyBase - 1
  const t = new Map<number, number>()
  // Uniform start over the pairs that co-occur.
  for (const {source, target} of sentences) for (const f of target) for (const e of [empty, ...source]) t.set(key(e, f), 1)
  for (let iteration = 0; iteration < iterations; iteration++) {
    const counts = new Map<number, number>()
    const totals = new Map<number, number>()
    for (const {source, target} of sentences) {
      const sources = [empty, ...source]
      for (const f of target) {
        let norm = 0
        for (const e of sources) norm += t.get(key(e, f)) ?? 0
        if (norm === 0) continue
        for (const e of sources) {
          const share = (t.get(key(e, f)) ?? 0) / norm
          counts.set(key(e, f), (counts.get(key(e, f)) ?? 0) + share)
          totals.set(e, (totals.get(e) ?? 0) + share)
        }
      }
    }
    for (const [pair, count] of counts) t.set(pair, count / (totals.get(Math.floor(pair / keyBase)) ?? 1))
  }
  return t
}
