import type {Lang} from '../types.js'
import {fold} from './fold.js'
import {irregularLemmas} from './forms.js'
import {contractedForms, functionWords, lightVerbNouns, lightVerbs, locutions} from './function-words.js'
import {stem} from './stem.js'
import {WordCache} from './word-cache.js'

/** A word or number of a sentence, with where it is in the sentence's text. */
export interface Token {
  /** Offsets in the text the token was read from. */
  start: number
  end: number
  text: string
  /** Lower case, accents removed, hyphens and apostrophes dropped: "Co-signatories" → "cosignatories". */
  folded: string
  /** Snowball stem of the lower-case word, folded. */
  stem: string
  /** Every stem the word may be looked up by: its own, its lemma's when irregular, its infinitive's when a French verb form. */
  keys: readonly string[]
  kind: 'word' | 'number' | 'acronym' | 'name'
  /** False for function words, which are not expected to have a counterpart. */
  content: boolean
  /** The value of a number or a number word ("2", "two", "deux" → "2"), by which it meets its counterpart. */
  value?: string
}

const numberWords: Record<Lang, readonly string[]> = {
  en: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' '),
  fr: 'zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt'.split(' '),
}
const numberValues: Record<Lang, ReadonlyMap<string, string>> = {
  en: new Map(numberWords.en.map((word, value) => [word.replace(/-/g, ''), String(value)])),
  fr: new Map(numberWords.fr.map((word, value) => [word.replace(/-/g, ''), String(value)])),
}

// Numbers keep their separators (1 234,5); words keep inner hyphens and apostrophes (aujourd'hui, co-signatories).
const tokenPattern = /\d+(?:[\s\u00A0\u202F.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu
// French elided articles, pronouns and conjunctions: "l'expression", "qu'à", "jusqu'au".
const elision = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu
// Titles before a name, whose point does not end a sentence.
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'mme', 'mmes', 'mlle', 'me', 'st', 'ste', 'hon', 'prof', 'pr'])
// The English possessive: "Canada's".
const possessive = /['’]s$/iu

/**
 * The stems of the content words of a lexicon entry (a lemma or a short
 * phrase): only the primary stem, since entries are written as lemmas.
 */
export function lemmaStems(phrase: string, lang: Lang): string[] {
  // Most entries are one plain word: no need for the tokenizer.
  if (/^\p{Ll}+$/u.test(phrase)) {
    const folded = fold(phrase)
    return folded.length < 2 || functionWords[lang].has(folded) ? [] : [fold(stem(phrase, lang))]
  }
  const found: string[] = []
  const words = [...phrase.toLowerCase().matchAll(tokenPattern)].map((match) => match[0].replace(elision, ''))
  // "faire de la publicité" is "publicité": a light verb counts only when it is the whole entry.
  const heavy = words.filter((word) => !lightVerbs[lang].has(word))
  for (const word of heavy.length > 0 ? heavy : words) {
    const folded = fold(word).replace(/['’-]/g, '')
    if (/^\d/.test(word) || folded.length < 2 || functionWords[lang].has(folded)) continue
    const key = fold(stem(word.replace(/['’-]/g, ''), lang))
    if (!found.includes(key)) found.push(key)
  }
  return found
}

/** The tokens of a sentence; function words are kept (for spans) but marked as such. */
export function tokenize(text: string, lang: Lang): Token[] {
  // The rules read the same sentences again and again: each sentence is tokenized once (tokens are never changed
  // after this function; the array is copied, since a caller may filter or sort its own).
  if (text.length > maxCachedText) return tokenizeText(text, lang)
  return tokenizations.get(lang, text, () => tokenizeText(text, lang)).slice()
}

const tokenizations = new WordCache<Token[]>(20_000)
const maxCachedText = 2_000

function tokenizeText(text: string, lang: Lang): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  let previous = ''
  for (const match of text.matchAll(tokenPattern)) {
    let start = match.index
    let word = match[0]
    // Capitals say nothing of a name at the start of a text or after a sentence end (not after "M." or "Dr.").
    const gap = text.slice(previousEnd, start)
    const afterAbbreviation = /^\.\s*$/.test(gap) && (previous.length === 1 || abbreviations.has(previous.toLowerCase()))
    const initial = previousEnd < 0 || (/[.!?:;•]/u.test(gap) && !afterAbbreviation)
    previousEnd = start + word.length
    previous = word
    if (lang === 'fr') {
      const elided = elision.exec(word)
      if (elided !== null) {
        tokens.push(makeToken(text, start, start + elided[0].length, lang, false))
        start += elided[0].length
        word = word.slice(elided[0].length)
      }
    } else if (possessive.test(word)) {
      word = word.slice(0, -2)
    }
    tokens.push(makeToken(text, start, start + word.length, lang, initial))
  }
  markLocutions(tokens, lang)
  return tokens
}

/** Marks the words of multi-word prepositions and connectives ("en vertu de") as function words. */
function markLocutions(tokens: Token[], lang: Lang): void {
  const byFirstWord = locutionsByFirstWord[lang]
  for (let k = 0; k < tokens.length; k++) {
    for (const phrase of byFirstWord.get((tokens[k] as Token).folded) ?? []) {
      if (!phrase.every((word, offset) => formsOf(word).includes(tokens[k + offset]?.folded ?? ''))) continue
      for (let offset = 0; offset < phrase.length; offset++) (tokens[k + offset] as Token).content = false
    }
  }
}

/** The folded forms a locution's word takes: itself, and its contractions ("de" → "du", "des", "d"). */
function formsOf(word: string): readonly string[] {
  const wanted = word.replace(/-/g, '')
  return contractedForms[wanted] ?? [wanted]
}

/** Locutions by each form of their first word: a token is tried only against the few that may start with it. */
const locutionsByFirstWord: Record<Lang, ReadonlyMap<string, ReadonlyArray<readonly string[]>>> = {
  en: indexByFirstWord(locutions.en),
  fr: indexByFirstWord(locutions.fr),
}

function indexByFirstWord(phrases: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const index = new Map<string, Array<readonly string[]>>()
  for (const phrase of phrases) {
    for (const form of formsOf(phrase[0] ?? '')) {
      const list = index.get(form)
      if (list === undefined) index.set(form, [phrase])
      else list.push(phrase)
    }
  }
  return index
}

/** What a token is, apart from where it is: the same for every occurrence of a word in the same position class. */
type WordReading = Omit<Token, 'start' | 'end'>

// Reading each distinct word once, rather than stemming it at each occurrence, is most of tokenizing.
const readings = new WordCache<WordReading>(100_000)

function makeToken(text: string, start: number, end: number, lang: Lang, initial: boolean): Token {
  const raw = text.slice(start, end)
  const reading = readings.get(lang, initial ? `^${raw}` : raw, () => readWord(raw, lang, initial))
  // A fresh token each time: callers mark tokens (function words of a locution) and must not mark the cache.
  return {...reading, start, end}
}

function readWord(raw: string, lang: Lang, initial: boolean): WordReading {
  const lower = raw.toLowerCase()
  const folded = fold(raw).replace(/['’-]/g, '')
  if (/^\d/.test(raw)) {
    const digits = raw.replace(/[\s\u00A0\u202F]/g, '')
    return {text: raw, folded: digits, stem: digits, keys: [digits], kind: 'number', content: false, value: digits.replace(/\D/g, '')}
  }
  const kind = /^\p{Lu}{2,}s?$/u.test(raw) ? 'acronym' : /^\p{Lu}/u.test(raw) && !initial ? 'name' : 'word'
  const elided = /['’]$/.test(raw)
  const lemmas = irregularLemmas(lower, lang)
  const light = !lightVerbNouns[lang].has(lower) && (lightVerbs[lang].has(lower) || lemmas.some((lemma) => lightVerbs[lang].has(lemma)))
  const isFunction = elided || light || functionWords[lang].has(folded)
  const word = lower.replace(/['’-]/g, '')
  const primary = kind === 'acronym' ? folded : fold(stem(word, lang))
  // "un" is also the French article: only "one" and the other numbers count as numbers.
  const value = lang === 'fr' && folded === 'un' ? undefined : numberValues[lang].get(folded)
  return {
    ...(value === undefined ? {} : {value}),
    text: raw,
    folded,
    stem: primary,
    keys: kind === 'acronym' ? [primary] : lookupStems(word, primary, raw, lang),
    kind,
    content: !isFunction && (folded.length >= 2 || kind === 'acronym'),
  }
}

/**
 * The stems a word may be found under in the lexicon. Stemming misses
 * irregular forms ("took", "crois") and some French verb forms ("appliquent"
 * stems to itself, "remercie" to "remerc" where "remercier" gives "remerci"):
 * the form's lemma and a French verb form's infinitive are tried as well.
 */
function lookupStems(word: string, primary: string, raw: string, lang: Lang): string[] {
  const keys = [primary]
  const add = (lemma: string) => {
    const key = fold(stem(lemma, lang))
    if (!keys.includes(key)) keys.push(key)
  }
  for (const lemma of irregularLemmas(raw.toLowerCase(), lang)) add(lemma)
  // Hyphenated compounds are also looked up by their parts ("Royaume-Uni": "royaume").
  if (/-/.test(raw)) for (const part of raw.toLowerCase().split('-')) if (part.length >= 3) add(part)
  if (lang === 'fr' && word.length >= 5) {
    if (/ent$/.test(word)) add(`${word.slice(0, -3)}er`)
    else if (/es?$/.test(word)) add(`${word.replace(/s$/, '')}r`)
  }
  // English -ed and -ing forms the stemmer cuts short ("added" → "ad"): the bare verb, with or without its final
  // "e", and with a doubled consonant undone ("submitting" → "submit").
  if (lang === 'en' && word.length >= 5) {
    const base = /(?:ed|ing)$/.exec(word) === null ? undefined : word.replace(/(?:ed|ing)$/, '')
    if (base !== undefined && base.length >= 2) {
      add(base)
      add(`${base}e`)
      if (/(.)\1$/.test(base)) add(base.slice(0, -1))
    }
  }
  return keys
}
