import {PareilError} from '../errors.js'
import type {Lang, LexiconUse} from '../types.js'
import {cognateSimilarity} from './cognates.js'
import {lemmaStems} from './tokens.js'

/**
 * English–French word pairs, held by stem so that one entry covers a word's
 * inflections ("improve" / "améliorer" also matches "improved" / "améliorait").
 * An entry with one content word on a side pairs it with each content word of
 * the other ("advertise" / "faire de la publicité" covers "publicité"). A term
 * of several words on both sides pairs only the words that do not already
 * answer each other, as words or cognates ("child pornography" / "pornographie
 * juvénile" adds "child" / "juvénile"; "treasury board" / "conseil du trésor"
 * adds nothing new).
 */
export class Lexicon {
  readonly #pairs = new Map<string, number>()
  readonly #known = {en: new Set<string>(), fr: new Set<string>()}
  #entries = 0
  readonly #base: Lexicon | undefined
  readonly #name: LexiconUse | undefined
  readonly #merged: LexiconUse[] = []
  #frozen = false

  /**
   * A lexicon of its own entries, consulted before `base` (a user's or a
   * document's words over pareil's). `origin` names it in reports (a file's
   * name and path); an unnamed lexicon with entries is reported as `custom`.
   */
  constructor(base?: Lexicon, origin?: {name: string; path?: string}) {
    this.#base = base
    if (origin !== undefined) this.#name = {...origin, entries: 0}
  }

  /**
   * Where the entries come from, base first: what a report records so that a
   * reader knows which dictionaries judged the words.
   */
  get origins(): readonly LexiconUse[] {
    return [...(this.#base?.origins ?? []), ...this.#ownOrigins()]
  }

  /** The origins of this lexicon's own entries (not its base's): its own name, then what was merged in. */
  #ownOrigins(): LexiconUse[] {
    const own = this.#entries - this.#merged.reduce((sum, origin) => sum + origin.entries, 0)
    const mine = this.#name !== undefined ? [{...this.#name, entries: own}] : own > 0 ? [{name: 'custom', entries: own}] : []
    return [...mine, ...this.#merged.map((origin) => ({...origin}))]
  }

  /** Makes the lexicon read-only: a shared lexicon (pareil's own) must not change under other checks. */
  freeze(): this {
    this.#frozen = true
    return this
  }

  /** Whether `add` and `merge` are refused. */
  get frozen(): boolean {
    return this.#frozen
  }

  #assertWritable(): void {
    if (this.#frozen) {
      throw new TypeError("this lexicon is read-only (pareil's own is shared by every check): add to a lexicon of your own, new Lexicon(bundledLexicon())")
    }
  }

  /** Adds a pair of words or phrases, with how sure it is (1 for a curated entry, a probability for a learnt one). */
  add(english: string, french: string, weight = 1): void {
    this.#assertWritable()
    const en = lemmaStems(english, 'en')
    const fr = lemmaStems(french, 'fr')
    if (en.length === 0 || fr.length === 0) return
    this.#entries++
    this.#index = undefined
    for (const a of en) this.#known.en.add(a)
    for (const b of fr) this.#known.fr.add(b)
    if (en.length > 1 && fr.length > 1) {
      const answered = (a: string, b: string) => a === b || this.weight(a, b) > 0 || cognateSimilarity(a, b) >= 0.78
      const enLeft = en.filter((a) => !fr.some((b) => answered(a, b)))
      const frLeft = fr.filter((b) => !en.some((a) => answered(a, b)))
      this.#pair(enLeft, frLeft, weight)
    } else this.#pair(en, fr, weight)
  }

  #pair(en: readonly string[], fr: readonly string[], weight: number): void {
    for (const a of en) {
      for (const b of fr) {
        const key = `${a}\t${b}`
        this.#pairs.set(key, Math.max(weight, this.#pairs.get(key) ?? 0))
      }
    }
  }

  /** Adds every pair of another lexicon. */
  merge(other: Lexicon): this {
    this.#assertWritable()
    this.#index = undefined
    this.#merged.push(...other.#ownOrigins())
    for (const [key, weight] of other.#pairs) this.#pairs.set(key, Math.max(weight, this.#pairs.get(key) ?? 0))
    for (const lang of ['en', 'fr'] as const) for (const stem of other.#known[lang]) this.#known[lang].add(stem)
    this.#entries += other.#entries
    return this
  }

  /** How sure the lexicon is that these two stems translate each other; 0 when it does not pair them. */
  weight(englishStem: string, frenchStem: string): number {
    const own = this.#pairs.get(`${englishStem}\t${frenchStem}`) ?? 0
    return own === 1 || this.#base === undefined ? own : Math.max(own, this.#base.weight(englishStem, frenchStem))
  }

  /** The best weight over the lookup stems of two words. */
  weightOf(english: {keys: readonly string[]}, french: {keys: readonly string[]}): number {
    let best = 0
    for (const a of english.keys) for (const b of french.keys) best = Math.max(best, this.weight(a, b))
    return best
  }

  #index: Map<string, string[]> | undefined

  /** The French stems the lexicon pairs with an English stem (its base's included). */
  translations(englishStem: string): readonly string[] {
    if (this.#index === undefined) {
      this.#index = new Map()
      for (const key of this.#pairs.keys()) {
        const tab = key.indexOf('\t')
        const en = key.slice(0, tab)
        const list = this.#index.get(en)
        if (list === undefined) this.#index.set(en, [key.slice(tab + 1)])
        else list.push(key.slice(tab + 1))
      }
    }
    const own = this.#index.get(englishStem) ?? []
    return this.#base === undefined ? own : [...own, ...this.#base.translations(englishStem)]
  }

  /** Whether the lexicon knows a word under any of its lookup stems. */
  knowsWord(lang: Lang, word: {keys: readonly string[]}): boolean {
    return word.keys.some((key) => this.knows(lang, key))
  }

  /** Whether the lexicon has any translation of a stem: if so, a stem with no counterpart says more. */
  knows(lang: Lang, stem: string): boolean {
    return this.#known[lang].has(stem) || (this.#base?.knows(lang, stem) ?? false)
  }

  /** How many entries were added (pairs of words or phrases, as written), the base's included. */
  get size(): number {
    return this.#entries + (this.#base?.size ?? 0)
  }
}

/**
 * Reads a lexicon from tab-separated lines `english<TAB>french[<TAB>weight]`;
 * `#` starts a comment line. Terms of several words on both sides are added
 * last, once the single words they may hold are known.
 */
export function parseLexicon(text: string, into = new Lexicon()): Lexicon {
  const terms: Array<[string, string, number]> = []
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue
    const [en, fr, weight] = line.split('\t')
    if (en === undefined || fr === undefined || en === 'en') continue
    const value = weight === undefined ? 1 : Number(weight)
    if (/\s/.test(en.trim()) && /\s/.test(fr.trim())) terms.push([en, fr, value])
    else into.add(en, fr, value)
  }
  for (const [en, fr, weight] of terms) into.add(en, fr, weight)
  return into
}

/**
 * Reads a lexicon file of the user's: lines `english<TAB>french[<TAB>weight]`
 * (what `pareil learn` writes), or, for a `.json` path, JSON: an array of
 * `{en, fr, weight?}`, or an object with such an array as `pairs`.
 */
export function parseLexiconFile(text: string, path: string): Lexicon {
  const origin = {name: path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1), path}
  if (!/\.json$/i.test(path)) return parseLexicon(text, new Lexicon(undefined, origin))
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new PareilError('bad-input', `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const pairs = Array.isArray(value) ? value : (value as {pairs?: unknown} | null)?.pairs
  if (!Array.isArray(pairs)) throw new PareilError('bad-input', `${path}: expected an array of {en, fr} pairs, or an object with one as "pairs"`)
  const lexicon = new Lexicon(undefined, origin)
  for (const pair of pairs as Array<{en?: unknown; fr?: unknown; weight?: unknown}>) {
    if (typeof pair?.en !== 'string' || typeof pair.fr !== 'string') continue
    lexicon.add(pair.en, pair.fr, typeof pair.weight === 'number' ? pair.weight : 1)
  }
  return lexicon
}
