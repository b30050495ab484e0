import type {TypographyProfile} from '../../types.js'
import type {Lexicon} from '../../words/lexicon.js'
import {tokenize} from '../../words/tokens.js'
import {nearby} from './text.js'

/** The profiles whose French the French typography rules check. */
export type FrenchProfile = Extract<TypographyProfile, 'fr-CA' | 'fr-FR'>

/** The profile asked for, when it is one of French. */
export function frenchProfile(profile: TypographyProfile | undefined): FrenchProfile | undefined {
  return profile === 'fr-CA' || profile === 'fr-FR' ? profile : undefined
}

/** A word written as code: an identifier with an underscore, camelCase, digits inside letters, or all capitals. */
export function looksLikeCode(word: string): boolean {
  return /[_$#@]|\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(word) || (/^\p{Lu}{2,}$/u.test(word) && word.length <= 12)
}

/**
 * Whether a word reads as French: a French function word, or a word the
 * lexicon knows in French; a word it knows in English only ("default",
 * "key") or not at all ("outstatus") is not taken as French.
 */
export function isFrenchWord(word: string, lexicon: Lexicon): boolean {
  const [token] = tokenize(word, 'fr')
  if (token === undefined || token.kind === 'number') return false
  return !token.content || lexicon.knowsWord('fr', token)
}

/** Whether a word reads as English only: the lexicon knows it in English and not in French. */
export function isEnglishOnly(word: string, lexicon: Lexicon): boolean {
  const [french] = tokenize(word, 'fr')
  const [english] = tokenize(word, 'en')
  if (french === undefined || english === undefined) return false
  return lexicon.knowsWord('en', english) && french.content && !lexicon.knowsWord('fr', french)
}

/** Letters French has and English does not: a word with one of them is French (or at least not English). */
export const frenchLetters = /[àâçéèêëîïôûùüÿœæ]/iu

/** Whether a word is French and not English: a French letter, a French function word English lacks, or a word the lexicon knows in French only. */
function isFrenchOnly(word: string, lexicon: Lexicon): boolean {
  if (frenchLetters.test(word)) return true
  const [french] = tokenize(word, 'fr')
  const [english] = tokenize(word, 'en')
  if (french === undefined || english === undefined) return false
  if (!french.content) return english.content
  return lexicon.knowsWord('fr', french) && english.content && !lexicon.knowsWord('en', english)
}

/** Whether a word is English and not French: an English function word French lacks ("the", "of"), or a word the lexicon knows in English only. */
function isEnglishWordOnly(word: string, lexicon: Lexicon): boolean {
  if (frenchLetters.test(word)) return false
  const [french] = tokenize(word, 'fr')
  const [english] = tokenize(word, 'en')
  if (french === undefined || english === undefined) return false
  if (!english.content) return french.content
  return isEnglishOnly(word, lexicon)
}

/**
 * Whether the clause around `[start, end)` — its line, from the last sentence
 * end — reads as English: more words English only than French only. The range
 * itself, quoted words and `hidden` ranges (code, addresses) are left out: they
 * are mentioned, not written in the clause's language. An English sentence left
 * in a French block ("English toggle: "À propos de nous"") follows English typography.
 */
export function inEnglishClause(text: string, start: number, end: number, lexicon: Lexicon, hidden: readonly {start: number; end: number}[] = []): boolean {
  // The clause, read no further than `nearby` characters on each side.
  const windowStart = Math.max(0, start - nearby)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const sentenceStart = text.slice(windowStart, start).search(/[.!?](?=\s)[^.!?]*$/u)
  const from = Math.max(windowStart, lineStart, sentenceStart < 0 ? 0 : windowStart + sentenceStart + 1)
  const ahead = text.slice(end, end + nearby)
  const lineEnd = ahead.indexOf('\n')
  const sentenceEnd = ahead.search(/[.!?](?:\s|$)/u)
  const to = end + Math.min(lineEnd < 0 ? ahead.length : lineEnd, sentenceEnd < 0 ? ahead.length : sentenceEnd)
  const blank = (stretch: string) => stretch.replace(/«[^«»]*»|“[^“”]*”|"[^"]*"/gu, (quoted) => ' '.repeat(quoted.length))
  let clause = blank(text.slice(from, to))
  for (const range of [{start, end}, ...hidden]) {
    const a = Math.max(range.start, from) - from
    const b = Math.min(range.end, to) - from
    if (a < b) clause = clause.slice(0, a) + ' '.repeat(b - a) + clause.slice(b)
  }
  let lean = 0
  for (const word of clause.match(/\p{L}[\p{L}'’]*/gu) ?? []) {
    if (word.length < 2 || looksLikeCode(word)) continue
    if (isEnglishWordOnly(word, lexicon)) lean++
    else if (isFrenchOnly(word, lexicon)) lean--
  }
  return lean > 0
}
