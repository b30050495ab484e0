import {fold} from '../words/fold.js'

export {fold}

/**
 * What the aligner knows of one segment (a sentence or a paragraph): its
 * length and the keys by which it may match segments of the other language.
 * Keys are small integers so that matching two segments is a merge of two
 * short sorted arrays.
 */
export interface SegmentFeatures {
  /** Length in characters, spaces collapsed (Gale–Church works on characters). */
  length: number
  /** Anchor keys: numbers, names, acronyms, URLs, codes. Strong evidence, weighed by rarity. */
  anchors: number[]
  /** The anchors that are numbers: one without a counterpart on the other side speaks against a pairing. */
  numbers: number[]
  /** Word keys: accent-folded short words, and the first five letters of longer ones (cognates). */
  words: number[]
  /** Lower-cased accent-folded content words, for the lexicon. */
  lexical: string[]
}

/** What a word token brings to a segment's features, computed once per distinct token. */
interface WordKeys {
  folded: string
  /** Its key as a name or an acronym, when capitalised. */
  anchor?: number
  /** Written all in capitals: an anchor even at the start of a segment. */
  acronym: boolean
  /** Its word and cognate keys. */
  keys: number[]
}

/** Interns strings as small integers, shared by both languages of one alignment. */
export class KeyTable {
  readonly #ids = new Map<string, number>()
  // Words repeat (Zipf): folding and keying each distinct token once is most of the work saved.
  readonly #words = new Map<string, WordKeys | undefined>()

  /** The keys of a word token, or undefined for a stop word or a letter. */
  word(token: string): WordKeys | undefined {
    if (this.#words.has(token)) return this.#words.get(token)
    // Elisions carry no content: "l'exploitation" is "exploitation".
    const word = token.replace(/^\p{L}{1,2}['’](?=\p{L})/u, '')
    const folded = fold(word)
    let keys: WordKeys | undefined
    if (folded.length >= 2 && !stopwords.has(folded)) {
      const acronym = /^\p{Lu}{2,}$/u.test(word)
      // A long word meets its cognates by its first five letters; a short one only by itself.
      const wordKeys = [this.id(folded.length >= 5 ? `~${folded.slice(0, 5)}` : folded)]
      // Cognates that differ in their vowels and doubled letters share their consonants: committee / comité.
      const skeleton = consonants(folded)
      if (folded.length >= 6 && skeleton.length >= 4) wordKeys.push(this.id(`^${skeleton.slice(0, 5)}`))
      keys = {folded, acronym, keys: wordKeys}
      if (/^\p{Lu}/u.test(word)) keys.anchor = this.id(`@${folded}`)
    }
    this.#words.set(token, keys)
    return keys
  }

  /** The keys in the order of their ids. */
  keys(): string[] {
    return [...this.#ids.keys()]
  }

  id(key: string): number {
    let id = this.#ids.get(key)
    if (id === undefined) {
      id = this.#ids.size
      this.#ids.set(key, id)
    }
    return id
  }
}

const stopwords = new Set(
  `the of and to a in is that for it as with was his he be by on not this are at from or have an they which one you
  were her all she there would their we him been has when who will more no if out so said what up its about into
  than them can only other new some could time these two may then do first any my now such like our over man me even
  most made after also did many before must through back years where much your way well down should because each
  just those people how too little state good very make world still own see men work long get here between both
  life being under never day same another know while last might us great old year off come since against go came
  right used take three le la les de des du et un une est que qui dans pour par sur avec ce cet cette ces il elle
  ils elles nous vous ne pas ou où son sa ses leur leurs être avoir été mais donc car comme aussi très tout tous
  toute toutes entre sans sous vers chez notre nos votre vos mon ma mes je tu lui y dont au aux en à se plus on fait
  si bien peu même ont sont était avait fut`.split(/\s+/),
)

/**
 * Word and number tokens. A number keeps its thousands separators (space,
 * no-break space, narrow no-break space, comma or point before exactly three
 * digits) and its decimal part, so that it can be read by value.
 */
const tokenPattern = /\d{1,3}(?:[\s\u00A0\u202F.,]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|\p{L}+(?:['’-]\p{L}+)*/gu

/**
 * Computes the features of a segment. Numbers are normalised by value (22.24
 * and 22,24 meet; 1,234,567 and 1 234 567 meet), words are folded, and a word
 * of five letters or more is keyed by its first five letters, which its
 * cognates share ("information" / "informations", "constitution" /
 * "constitutionnel"; "government" / "gouvernement" do not meet).
 */
export function segmentFeatures(text: string, keys: KeyTable, extraAnchors: readonly string[] = []): SegmentFeatures {
  const anchors: number[] = []
  const numbers: number[] = []
  const words: number[] = []
  const lexical: string[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const token = match[0]
    if (/^\d/.test(token)) {
      const values = numberValues(token).map((value) => keys.id(`#${value}`))
      anchors.push(...values)
      // A number read two ways ("1,234") counts once against a pairing: by its first reading.
      numbers.push(values[0] as number)
      continue
    }
    const word = keys.word(token)
    if (word === undefined) continue
    if (word.anchor !== undefined && (match.index > 0 || word.acronym)) anchors.push(word.anchor)
    words.push(...word.keys)
    lexical.push(word.folded)
  }
  for (const anchor of extraAnchors) anchors.push(keys.id(`&${anchor}`))
  anchors.sort((a, b) => a - b)
  numbers.sort((a, b) => a - b)
  words.sort((a, b) => a - b)
  return {length: text.replace(/\s+/g, ' ').trim().length, anchors, numbers, words, lexical}
}

/**
 * The values a number may stand for: "1,234" is 1234 in English and 1.234 in
 * French, so both are kept; the other side's reading decides.
 */
function numberValues(token: string): string[] {
  const compact = token.replace(/[\s\u00A0\u202F]/g, '')
  const values = new Set<string>()
  // Thousands separated by commas or points, decimals by the other mark.
  const asEnglish = compact.replace(/,(?=\d{3}\b)/g, '')
  const asFrench = compact.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')
  for (const candidate of [asEnglish, asFrench]) {
    const value = Number(candidate)
    if (Number.isFinite(value)) values.add(String(value))
  }
  if (values.size === 0) values.add(compact)
  return [...values]
}

/** The consonants of a folded word, doubled letters once: "committee" → "cmt". */
function consonants(word: string): string {
  return word.replace(/[aeiouy'’-]/g, '').replace(/(.)\1+/g, '$1')
}

/**
 * The weighted size of the intersection of two sorted key arrays (as
 * multisets); each shared key counts its weight, or 1 without weights.
 */
export function sharedWeight(a: ArrayLike<number>, b: ArrayLike<number>, weights?: Float64Array): number {
  return sharedWeightIn(a, 0, a.length, b, 0, b.length, weights)
}

/** `sharedWeight` of a[i … iEnd) and b[j … jEnd): the search's inner loop, over views that cost no allocation. */
export function sharedWeightIn(a: ArrayLike<number>, i: number, iEnd: number, b: ArrayLike<number>, j: number, jEnd: number, weights?: Float64Array): number {
  let total = 0
  while (i < iEnd && j < jEnd) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      total += weights === undefined ? 1 : (weights[x] as number)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return total
}
