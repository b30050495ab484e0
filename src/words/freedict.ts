import type {TextPair} from '../read/exchange.js'
import {replaceDelimited} from '../read/delimited.js'
import {Lexicon} from './lexicon.js'

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A dictd number: base 64 with dictd's own alphabet ("B9" = 1 × 64 + 61). */
function dictdNumber(text: string): number {
  let value = 0
  for (const char of text) {
    const digit = base64.indexOf(char)
    if (digit < 0) return Number.NaN
    value = value * 64 + digit
  }
  return value
}

/**
 * The English–French pairs of a dictd dictionary (the format of Debian's
 * `dict-freedict-eng-fra`): the index gives each headword with the offset and
 * length of its article in the uncompressed data; an article's first line is
 * the headword (with its pronunciation), the next lines its translations,
 * numbered or separated by commas and semicolons. Notes in brackets, parts of
 * speech in angle brackets and long glosses are left out.
 */
export function parseDictd(index: string, data: Uint8Array): TextPair[] {
  const decoder = new TextDecoder()
  const pairs: TextPair[] = []
  for (const line of index.split('\n')) {
    const [headword, start, length] = line.split('\t')
    if (headword === undefined || start === undefined || length === undefined || headword.startsWith('00database')) continue
    const offset = dictdNumber(start)
    const size = dictdNumber(length)
    if (!Number.isFinite(offset) || !Number.isFinite(size) || offset + size > data.length) continue
    const article = decoder.decode(data.subarray(offset, offset + size))
    for (const fr of translations(article)) pairs.push({en: headword, fr})
  }
  return pairs
}

/** Pronunciations, notes, parts of speech and glosses, each between its marks. */
const glossMarks = [
  ['<', '>'],
  ['[', ']'],
  ['(', ')'],
  ['/', '/'],
] as const

function translations(article: string): string[] {
  const found: string[] = []
  for (const line of article.split('\n').slice(1)) {
    // What `.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\/[^/]*\//g, ' ')` did, in linear time (that regex reads to the end
    // of the line from every bracket that never closes).
    const text = replaceDelimited(line.replace(/^\s*\d+\.\s*/, ''), glossMarks, ' ').trim()
    if (text === '' || /^(?:see|syn|synonym|note|ant|antonym)\b|^["«]/i.test(text)) continue
    for (const part of text.split(/[,;]/)) {
      const candidate = part.trim().toLowerCase()
      if (/\p{L}/u.test(candidate) && candidate.split(/\s+/).length <= 4) found.push(candidate)
    }
  }
  return found
}

/** A dictd dictionary's pairs as a lexicon, a little less sure than pareil's own entries. */
export function freeDictLexicon(index: string, data: Uint8Array, path?: string): Lexicon {
  const lexicon = new Lexicon(undefined, path === undefined ? {name: 'FreeDict eng-fra'} : {name: 'FreeDict eng-fra', path})
  for (const pair of parseDictd(index, data)) lexicon.add(pair.en, pair.fr, 0.9)
  return lexicon
}
