import {stemmer as english} from '@orama/stemmers/english'
import {stemmer as french} from '@orama/stemmers/french'
import type {Lang} from '../types.js'
import {WordCache} from './word-cache.js'

// Snowball's English (Porter2) and French stemmers: "improvement" → "improv", "améliorer" → "amélior".
const stemmers = {en: english, fr: french}
// Each distinct word is stemmed once per process.
const stems = new WordCache<string>(200_000)

/** The stem of a lower-case word, accents kept (the stemmers need them); callers fold it. */
export function stem(word: string, lang: Lang): string {
  return stems.get(lang, word, () => stemmers[lang](word))
}
