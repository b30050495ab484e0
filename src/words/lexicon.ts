import {PareilError} from '../errors.js'
import type {Lang, LexiconUse} from '../types.js'
import {cognateSimilarity} from './cognates.js'
import {lemmaStems} from './tokens.js'

// What `compileLexicon` and `loadCompiledLexicon` do with a lexicon's private state: set by the class itself.
let compile: (lexicon: Lexicon) => CompiledLexicon
let load: (compiled: CompiledLexicon, origin?: {name: string; path?: string}) => Lexicon

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
  // English stem → French stem → weight, in the order pairs were added. A row still held as text (a compiled
  // lexicon's, see `loadCompiledLexicon`) is read on first lookup.
  readonly #pairs = new Map<string, Map<string, number> | string>()
  // The stems of each language that entries hold; held as text, one a line, until first asked (a compiled lexicon's).
  readonly #known: Record<Lang, Set<string> | string> = {en: new Set<string>(), fr: new Set<string>()}
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
    const known = {en: this.#knownSet('en'), fr: this.#knownSet('fr')}
    for (const a of en) known.en.add(a)
    for (const b of fr) known.fr.add(b)
    if (en.length > 1 && fr.length > 1) {
      const answered = (a: string, b: string) => a === b || this.weight(a, b) > 0 || cognateSimilarity(a, b) >= 0.78
      const enLeft = en.filter((a) => !fr.some((b) => answered(a, b)))
      const frLeft = fr.filter((b) => !en.some((a) => answered(a, b)))
      this.#pair(enLeft, frLeft, weight)
    } else this.#pair(en, fr, weight)
  }

  #pair(en: readonly string[], fr: readonly string[], weight: number): void {
    if (fr.length === 0) return
    for (const a of en) {
      const row = this.#rowToFill(a)
      for (const b of fr) row.set(b, Math.max(weight, row.get(b) ?? 0))
    }
  }

  /** The French stems paired with an English stem, with their weights; a row still held as text is read now. */
  #row(englishStem: string): Map<string, number> | undefined {
    const row = this.#pairs.get(englishStem)
    if (typeof row !== 'string') return row
    const read = new Map<string, number>()
    for (const item of row.split('\t')) {
      const space = item.indexOf(' ')
      if (space < 0) read.set(item, 1)
      else read.set(item.slice(0, space), Number(item.slice(space + 1)))
    }
    // Setting a key already there keeps its place: the rows keep the order the pairs were added in.
    this.#pairs.set(englishStem, read)
    return read
  }

  /** The row of an English stem, made empty if it has none yet, to add pairs to. */
  #rowToFill(englishStem: string): Map<string, number> {
    const row = this.#row(englishStem)
    if (row !== undefined) return row
    const made = new Map<string, number>()
    this.#pairs.set(englishStem, made)
    return made
  }

  /** The stems a language's side knows, read from text first if need be. */
  #knownSet(lang: Lang): Set<string> {
    const known = this.#known[lang]
    if (typeof known !== 'string') return known
    const read = new Set(known === '' ? [] : known.split('\n'))
    this.#known[lang] = read
    return read
  }

  /** Adds every pair of another lexicon. */
  merge(other: Lexicon): this {
    this.#assertWritable()
    this.#index = undefined
    this.#merged.push(...other.#ownOrigins())
    for (const englishStem of other.#pairs.keys()) {
      const row = this.#rowToFill(englishStem)
      for (const [frenchStem, weight] of other.#row(englishStem) ?? []) row.set(frenchStem, Math.max(weight, row.get(frenchStem) ?? 0))
    }
    for (const lang of ['en', 'fr'] as const) {
      const known = this.#knownSet(lang)
      for (const stem of other.#knownSet(lang)) known.add(stem)
    }
    this.#entries += other.#entries
    return this
  }

  /** How sure the lexicon is that these two stems translate each other; 0 when it does not pair them. */
  weight(englishStem: string, frenchStem: string): number {
    const own = this.#row(englishStem)?.get(frenchStem) ?? 0
    return own === 1 || this.#base === undefined ? own : Math.max(own, this.#base.weight(englishStem, frenchStem))
  }

  /** The best weight over the lookup stems of two words. */
  weightOf(english: {keys: readonly string[]}, french: {keys: readonly string[]}): number {
    let best = 0
    for (const a of english.keys) for (const b of french.keys) best = Math.max(best, this.weight(a, b))
    return best
  }

  // The French stems of each English stem looked up so far, as lists; dropped when pairs are added.
  #index: Map<string, readonly string[]> | undefined

  /** The French stems the lexicon pairs with an English stem (its base's included). */
  translations(englishStem: string): readonly string[] {
    this.#index ??= new Map()
    let own = this.#index.get(englishStem)
    if (own === undefined) {
      const row = this.#row(englishStem)
      own = row === undefined ? [] : [...row.keys()]
      if (row !== undefined) this.#index.set(englishStem, own)
    }
    return this.#base === undefined ? own : [...own, ...this.#base.translations(englishStem)]
  }

  /** Whether the lexicon knows a word under any of its lookup stems. */
  knowsWord(lang: Lang, word: {keys: readonly string[]}): boolean {
    return word.keys.some((key) => this.knows(lang, key))
  }

  /** Whether the lexicon has any translation of a stem: if so, a stem with no counterpart says more. */
  knows(lang: Lang, stem: string): boolean {
    return this.#knownSet(lang).has(stem) || (this.#base?.knows(lang, stem) ?? false)
  }

  /** How many entries were added (pairs of words or phrases, as written), the base's included. */
  get size(): number {
    return this.#entries + (this.#base?.size ?? 0)
  }

  static {
    compile = (lexicon) => {
      if (lexicon.#base !== undefined || lexicon.#merged.length > 0)
        throw new TypeError('only a lexicon of its own entries, with no base and nothing merged, can be compiled')
      // The separators (tab, line break, space) must not occur in a stem, nor may a stem be empty: the text would not
      // read back the same.
      const checked = (stem: string) => {
        if (!/^\S+$/u.test(stem)) throw new TypeError(`a stem cannot be compiled: ${JSON.stringify(stem)}`)
        return stem
      }
      const rows: string[] = []
      for (const englishStem of lexicon.#pairs.keys()) {
        const items = [...(lexicon.#row(englishStem) ?? [])].map(([frenchStem, weight]) =>
          weight === 1 ? checked(frenchStem) : `${checked(frenchStem)} ${weight}`,
        )
        rows.push(`${checked(englishStem)}\t${items.join('\t')}`)
      }
      const known = {en: [...lexicon.#knownSet('en')].map(checked), fr: [...lexicon.#knownSet('fr')].map(checked)}
      return {entries: lexicon.#entries, pairs: rows.join('\n'), known: {en: known.en.join('\n'), fr: known.fr.join('\n')}}
    }
    load = (compiled, origin) => {
      const lexicon = new Lexicon(undefined, origin)
      const {pairs} = compiled
      // One pass over the text, no parsing: each row is read when its English stem is first looked up.
      for (let start = 0; start < pairs.length; ) {
        let end = pairs.indexOf('\n', start)
        if (end < 0) end = pairs.length
        const tab = pairs.indexOf('\t', start)
        lexicon.#pairs.set(pairs.slice(start, tab), pairs.slice(tab + 1, end))
        start = end + 1
      }
      lexicon.#known.en = compiled.known.en
      lexicon.#known.fr = compiled.known.fr
      lexicon.#entries = compiled.entries
      return lexicon.freeze()
    }
  }
}

/**
 * A lexicon as text (what the build writes for pareil's own, so that it loads without parsing or stemming): its
 * rows `english<TAB>french[<SPACE>weight]<TAB>…`, one per English stem, in the order the pairs were added (a weight
 * of 1 is left out), and the stems of each language that have a translation, one a line.
 */
export interface CompiledLexicon {
  entries: number
  pairs: string
  known: Record<Lang, string>
}

/** A lexicon of its own entries as text, from which `loadCompiledLexicon` makes the same lexicon again. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  return compile(lexicon)
}

/**
 * The lexicon `compileLexicon` was given, read-only. Loading reads no entry: each English stem's row is read when it
 * is first looked up, and the known stems when first asked for.
 */
export function loadCompiledLexicon(compiled: CompiledLexicon, origin?: {name: string; path?: string}): Lexicon {
  return load(compiled, origin)
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
