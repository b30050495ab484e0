import {stemmer as english} from '@orama/stemmers/english'
import {stemmer as french} from '@orama/stemmers/french'
import type {Lang} from '../types.js'

// Snowball's English (Porter2) and French stemmers: "improvement" → "improv", "améliorer" → "amélior".
const stemmers = {en: english, fr: french}
// Words repeat (Zipf): each distinct word is stemmed once per process.
const cache = {en: new Map<string, string>(), fr: new Map<string, string>()}
const cacheLimit = 200_000

/** The stem of a lower-case word, accents kept (the stemmers need them); callers fold it. */
export function stem(word: string, lang: Lang): string {
  const known = cache[lang].get(word)
  if (known !== undefined) return known
  const result = stemmers[lang](word)
  if (cache[lang].size >= cacheLimit) cache[lang].clear()
  cache[lang].set(word, result)
  return result
}
