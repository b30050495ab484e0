import type {Lang} from '../../types.js'

/** A number found in text: the values it may stand for, and where it is. */
export interface FoundNumber {
  /** Readings by value; more than one when the notation is ambiguous ("1,234": 1234 or 1.234). */
  values: number[]
  /** Written as a word ("three", "deux"): it answers a number, but its absence is no divergence ("deux" is often "both"). */
  soft?: true
  start: number
  end: number
}

const words: Record<Lang, Record<string, number>> = {
  // "one" and "un/une" are left out: they are articles and pronouns far more often than numbers.
  en: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    fifty: 50,
    hundred: 100,
    // Ordinal words answer ordinals in digits ("2nd or 3rd line" / « deuxième ou troisième ligne »).
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
  },
  fr: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    cinquante: 50,
    cent: 100,
    premier: 1,
    première: 1,
    deuxième: 2,
    second: 2,
    seconde: 2,
    troisième: 3,
    quatrième: 4,
    cinquième: 5,
    sixième: 6,
    septième: 7,
    huitième: 8,
    neuvième: 9,
    dixième: 10,
  },
}

// A number in digits: thousands grouped by a space (any kind), a comma or a point; a decimal part; an ordinal
// ending (1st, 2nd, 1er, 1re, 2e); a fiscal year (2019–20, 2019-2020). Digits glued to letters are codes
// (K1A 0H8, C-46, H2O) and are left to other rules.
const digits =
  /(?<![\p{L}\d.,\-/@#])(\d{1,3}(?:[ \u00A0\u202F,.]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:(st|nd|rd|th|er|re|e|ème|eme)\b|([–-])(\d{2}|\d{4})\b)?(?![\p{L}\d]|[.,]\d|[–-][\p{L}\d])/gu

/**
 * The numbers of a text, by value in each language's conventions: 22.24 and
 * 22,24; 1,234,567 and 1 234 567 (any space); 15% and 15 %; 2019–20 and
 * 2019-2020 (both years); 1st and 1er; three and trois.
 */
export function findNumbers(text: string, lang: Lang): FoundNumber[] {
  const found: FoundNumber[] = []
  for (const match of text.matchAll(digits)) {
    const [whole, number = '', , dash, tail] = match
    const start = match.index
    // Digits joined by a dash that are not a span of years are a phone or file number, an ISSN (1701-1280, 2292-4264):
    // not a quantity. Years run forward: 2019–20, 2019-2020, 2024-2027.
    const second = tail === undefined ? undefined : laterYear(Number(number), tail)
    if (dash !== undefined && (!/^\d{4}$/.test(number) || second === undefined)) continue
    const values = readings(number, lang)
    if (dash !== undefined && second !== undefined) {
      // A fiscal year names both years: 2019–20 = 2019-2020.
      found.push({values, start, end: start + number.length}, {values: [second], start: start + number.length + 1, end: start + whole.length})
      continue
    }
    // "3rd party" is an idiom (« tiers »), not a third of anything; a first ("1st", « 1re ligne ») is as often said
    // without a number ("hanging indent", « premier »): each answers a number, but is never missing.
    const idiom = (/^3rd$/i.test(whole) && /^[\s-]+part(?:y|ies)\b/i.test(text.slice(start + whole.length))) || /^1(?:st|er|re|ère)$/i.test(whole)
    found.push({values, start, end: start + whole.length, ...(idiom ? {soft: true as const} : {})})
  }
  // Digits inside codes, ranges and phone numbers ("ISIS-1", "7-track", "1-3", "613-555-0142") are soft:
  // they answer a number of the other side written apart, but are never missing themselves.
  for (const match of text.matchAll(/\d+/gu)) {
    const start = match.index
    const end = start + match[0].length
    if (found.some((number) => start < number.end && number.start < end)) continue
    found.push({values: [Number(match[0])], start, end, soft: true})
  }
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const value = words[lang][match[0].toLowerCase()]
    if (value !== undefined) found.push({values: [value], start: match.index, end: match.index + match[0].length, soft: true})
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The year a span of years that opens on `first` ends on, from its written end (`20` or `2020`), when the two make a
 * plausible span of years (forward, between 1800 and 2200, at most a century), else undefined.
 */
function laterYear(first: number, tail: string): number | undefined {
  let second = Number(tail)
  if (tail.length === 2) {
    second += first - (first % 100)
    if (second <= first) second += 100
  }
  return first >= 1800 && second > first && second <= 2200 && second - first <= 100 ? second : undefined
}

/** The values a written number may have: its reading in its own language first, the other one if it differs. */
function readings(number: string, lang: Lang): number[] {
  const compact = number.replace(/[ \u00A0\u202F]/g, '')
  const english = Number(compact.replace(/,(?=\d{3}(?!\d))/g, ''))
  const french = Number(compact.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'))
  const own = lang === 'en' ? english : french
  const other = lang === 'en' ? french : english
  return [own, other].filter((value, index, all) => Number.isFinite(value) && all.indexOf(value) === index)
}
