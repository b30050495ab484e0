import type {Lang} from '../types.js'

/**
 * A sentence as a range `[start, end)` of its block's text, without
 * surrounding spaces, with its text: a segment `align` takes as it is.
 */
export interface SentenceRange {
  start: number
  end: number
  text: string
}

// Abbreviations of official writing that a period does not end. Case matters: "No." is "number", "no." too,
// but "NO." is a shouted "no". Lists are per language and shared where both use them.
const shared = [
  'Dr',
  'Drs',
  'St',
  'Ste',
  'Mt',
  'No',
  'no',
  'Nos',
  'nos',
  'art',
  'arts',
  'par',
  'para',
  'paras',
  'al',
  'ch',
  'chap',
  'p',
  'pp',
  'c',
  'vol',
  'v',
  'vs',
  's',
  'ss',
  'sec',
  'subs',
  'cf',
  'fig',
  'Fig',
  'ann',
  'approx',
  'min',
  'max',
  'Jr',
  'Sr',
  'Prof',
  'Hon',
  'L.R.C',
  'S.C',
  'R.S.C',
  'S.R.C',
  'L.C',
  'R.S',
  'L.R',
  'C.R.C',
  'D.O.R.S',
]
const english = [
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Gen',
  'Col',
  'Capt',
  'Lt',
  'Sgt',
  'Rev',
  'Gov',
  'Sen',
  'Rep',
  'dept',
  'Dept',
  'est',
  'e.g',
  'i.e',
  'ca',
  'approx',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]
const french = [
  'M',
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Mlles',
  'Me',
  'Mgr',
  'Pr',
  'Dre',
  'boul',
  'av',
  'env',
  'ex',
  'c.-à-d',
  'c-à-d',
  'éd',
  'janv',
  'févr',
  'avr',
  'juill',
  'sept',
  'oct',
  'nov',
  'déc',
  'suiv',
  'tél',
]
// Abbreviations that may also end a sentence: a period after them ends one when a capitalised word follows.
const closing = new Set(['etc', 'Inc', 'Ltd', 'Corp', 'Co', 'Ltée', 'inc', 'ltée', 'enr'])

const abbreviations: Record<Lang, Set<string>> = {
  en: new Set([...shared, ...english]),
  fr: new Set([...shared, ...french]),
}

/**
 * Splits a block's text into sentences, respecting the abbreviations of
 * official writing (Mr., M., Mme, No., art., par., s. 163.1, e.g., i.e.,
 * c.-à-d., p. ex., P.C., Q.C., c.p., c.r., L.R.C., Inc.), initials (J. Smith),
 * decimal numbers (22.24, 22,24), ellipses, quotes and guillemets, and hard
 * line breaks (a letterhead's or an address's lines are segments of their own).
 */
export function splitSentences(text: string, lang: Lang): SentenceRange[] {
  const ranges: SentenceRange[] = []
  let start = 0
  const push = (end: number) => {
    const trimmed = trimRange(text, start, end)
    if (trimmed !== undefined) ranges.push(trimmed)
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '\n') {
      push(i)
      continue
    }
    if (!/[.!?…]/u.test(char)) continue
    // Take the whole run of end punctuation and closing quotes or brackets: ?!, ...", .»
    let end = i + 1
    while (end < text.length && /[.!?…]/u.test(text.charAt(end))) end++
    while (end < text.length && /[»"”’')\]]/u.test(text.charAt(end))) end++
    // French closes its quotes after a space: « Non. »
    const guillemet = /^[ \u00A0\u202F]»/u.exec(text.slice(end, end + 2))
    if (guillemet !== null) end += 2
    // A list's number run into a paragraph ("… sémantique). 3. BREAKING CHANGE: …") starts its item, it is no sentence.
    if (isBoundary(text, i, end, lang) && !/^\s*\d{1,2}$/.test(text.slice(start, i))) {
      push(end)
      i = end - 1
    } else {
      i = end - 1
    }
  }
  push(text.length)
  return ranges
}

/** Whether end punctuation at `at` (its run ending at `end`) closes a sentence. */
function isBoundary(text: string, at: number, end: number, lang: Lang): boolean {
  // A sentence continues unless white space and a sentence start follow.
  const after = /^[\s\u00A0\u202F]+(\S)/u.exec(text.slice(end, end + 8))
  if (end < text.length && after === null) return false
  const next = after?.[1] ?? ''
  const startsSentence = next === '' || /[\p{Lu}\p{N}«"“'(¿¡[*_-]/u.test(next)
  if (!startsSentence) return false
  if (text.charAt(at) !== '.' || end - at > 1) return true // ! ? … and "..." followed by a capital
  const word = wordBefore(text, at)
  if (word === '') return true
  if (closing.has(word)) return /^\p{Lu}\p{Ll}/u.test(text.slice(end).trimStart())
  if (abbreviations[lang].has(word) || abbreviations[lang === 'en' ? 'fr' : 'en'].has(word)) return false
  if (/^\p{Lu}$/u.test(word)) return false // an initial: J. Smith
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return false // P.C, Q.C, M.P, c.p, c.r, U.S
  return true
}

/** The word (letters, periods, hyphens) just before position `at`, without its final period. */
function wordBefore(text: string, at: number): string {
  let start = at
  while (start > 0 && /[\p{L}\p{N}.\-]/u.test(text.charAt(start - 1))) start--
  return text.slice(start, at).replace(/^[.\-]+/, '')
}

function trimRange(text: string, start: number, end: number): SentenceRange | undefined {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text.charAt(from))) from++
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--
  return from < to ? {start: from, end: to, text: text.slice(from, to)} : undefined
}
