import {totals, trigramCounts, wordCounts} from './model/vocabulary.js'

/**
 * How much a single word says about its language, in bits (positive: English,
 * negative: French), from word and letter-trigram counts in English and French
 * text (see scripts/build-language-model.mjs). Known words use their own
 * counts; unknown words fall back on their letter trigrams, which carry the
 * typical endings of each language (-ation/-ment, -ness/-té, -ing/-ant).
 */
export interface WordModel {
  /** Bits for a known word, or undefined when the word was not seen. */
  word(word: string): number | undefined
  /** Bits from the word's letter trigrams. */
  trigrams(word: string): number
}

/** A known word says at most this much; one word must not outweigh a sentence. */
const maxWordBits = 3
/** Naive Bayes over trigrams is over-confident: scale and bound it. */
const trigramScale = 0.35
const maxTrigramBits = 2.5

let model: WordModel | undefined

/** The model, parsed on first use (about 13,000 rows). */
export function wordModel(): WordModel {
  model ??= buildModel()
  return model
}

function buildModel(): WordModel {
  const words = parseCounts(wordCounts)
  const trigrams = parseCounts(trigramCounts)
  const wordRatio = smoothedRatio(totals.words, words.size)
  const trigramRatio = smoothedRatio(totals.trigrams, trigrams.size)
  return {
    word(word) {
      const counts = words.get(word)
      if (counts === undefined) return undefined
      return clamp(wordRatio(counts), maxWordBits)
    },
    trigrams(word) {
      const padded = ` ${word} `
      let bits = 0
      for (let i = 0; i + 3 <= padded.length; i++) {
        bits += trigramRatio(trigrams.get(padded.slice(i, i + 3)) ?? [0, 0])
      }
      return clamp(bits * trigramScale, maxTrigramBits)
    },
  }
}

function parseCounts(rows: string): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>()
  for (const row of rows.split('\n')) {
    const [key, en, fr] = row.split('\t')
    if (key !== undefined) map.set(key, [Number(en), Number(fr)])
  }
  return map
}

/** log2 of P(x | English) / P(x | French), with add-half smoothing over the vocabulary. */
function smoothedRatio(total: {en: number; fr: number}, size: number): (counts: [number, number]) => number {
  const en = total.en + 0.5 * size
  const fr = total.fr + 0.5 * size
  return ([countEn, countFr]) => Math.log2((countEn + 0.5) / en) - Math.log2((countFr + 0.5) / fr)
}

function clamp(value: number, bound: number): number {
  return Math.max(-bound, Math.min(bound, value))
}
