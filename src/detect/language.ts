import {francAll} from 'franc-min'
import {replaceDelimited} from '../read/delimited.js'
import type {Block, BlockLang} from '../types.js'
import {type Evidence, wordEvidence} from './cues.js'

/** The language of one block, how sure detection is, and the evidence behind it. */
export interface BlockLanguage {
  lang: BlockLang
  /** In [0, 1]: how sure detection is of `lang`. */
  confidence: number
  /** Evidence in bits for each language, for the layout pass. */
  evidence: Evidence
}

/** Below this many bits of difference a block is called neutral rather than guessed. */
const decisionThreshold = 1.4
/** franc's trigram model is trusted from this many letters on, fully from `francFull` on. */
const francMinLetters = 25
const francFull = 200
/** How many bits franc's verdict is worth on a long text. */
const francWeight = 6

/**
 * Finds the language of a block from word cues (function words, elisions,
 * diacritics, endings) and, on longer text, franc's trigram model restricted
 * to English and French. Weak evidence gives `neutral`, not a guess; a block
 * whose segments ("The Honourable / L'honorable") are clearly of both
 * languages in comparable measure is `bilingual`.
 */
export function blockLanguage(block: Block): BlockLanguage {
  if (!block.prose) return {lang: 'neutral', confidence: 1, evidence: {en: 0, fr: 0}}
  return textLanguage(withoutInlineCode(block), {heading: block.kind === 'heading'})
}

/** Inline code (`az network …`, `npm install`) is in no human language: blank it out. */
function withoutInlineCode(block: Block): string {
  let text = block.text
  for (const mark of block.marks) {
    if (mark.kind === 'inline-code') text = text.slice(0, mark.start) + ' '.repeat(mark.end - mark.start) + text.slice(mark.end)
  }
  return text
}

/** The language of a piece of text, as for a block. */
export function textLanguage(text: string, options: {heading?: boolean} = {}): BlockLanguage {
  const clean = stripNonLanguage(text)
  const letters = clean.match(/\p{L}/gu)?.length ?? 0
  if (letters === 0) return {lang: 'neutral', confidence: 1, evidence: {en: 0, fr: 0}}
  const latin = clean.match(/\p{Script=Latin}/gu)?.length ?? 0
  if (latin / letters < 0.5) return {lang: 'unknown', confidence: 0.9, evidence: {en: 0, fr: 0}}

  const evidence = combinedEvidence(clean, letters, options.heading === true)
  const bilingual = bilingualShare(text)
  if (bilingual !== undefined) return {lang: 'bilingual', confidence: bilingual, evidence}

  const difference = evidence.en - evidence.fr
  if (Math.abs(difference) < decisionThreshold) {
    // Much text and little evidence either way: another language, not a neutral line.
    const lang = letters >= 80 && evidence.en + evidence.fr < 3 ? 'unknown' : 'neutral'
    return {lang, confidence: 1 - Math.abs(difference) / (2 * decisionThreshold), evidence}
  }
  return {lang: difference > 0 ? 'en' : 'fr', confidence: 1 - 2 ** -Math.abs(difference), evidence}
}

function combinedEvidence(clean: string, letters: number, heading: boolean): Evidence {
  const evidence = wordEvidence(clean, {heading})
  if (letters >= francMinLetters) {
    const [best, other] = francAll(clean, {only: ['eng', 'fra'], minLength: 1})
    if (best !== undefined && other !== undefined && best[1] > 0) {
      const gap = (best[1] - other[1]) * Math.min(1, letters / francFull) * francWeight
      if (best[0] === 'eng') evidence.en += gap
      else evidence.fr += gap
    }
  }
  return evidence
}

const space = /\s/
const sentenceEnd = /(?<=\p{Ll}{2}[.!?])/uy
const capital = /\p{Lu}/uy

/**
 * What `text.split(/\s+[/|]\s+|\n|\s+[–—]\s+|(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/u)` gives, in linear time: that regex
 * reads, from every place in a run of white space, to the end of the run (quadratic on a long run). Each separator
 * starts in a run of white space and depends on what follows the run, so a run is read once: a slash or bar after it
 * (and white space after that) makes the whole run and the white space after the mark one separator; else each line
 * break in it is one, and the run's rest from its first place that is not a line break is one when a dash follows
 * it, or from its start, when it follows a sentence end ("ab.") and a capital follows it.
 */
function splitSides(text: string): string[] {
  const isSpace = (at: number) => at < text.length && space.test(text[at] as string)
  const pieces: string[] = []
  let kept = 0
  const cut = (start: number, end: number) => {
    pieces.push(text.slice(kept, start))
    kept = end
  }
  let at = 0
  while (at < text.length) {
    if (!isSpace(at)) {
      at++
      continue
    }
    let end = at
    while (isSpace(end)) end++
    const mark = text[end]
    let past = end + 1
    while (isSpace(past)) past++
    const spacedMark = past > end + 1
    if ((mark === '/' || mark === '|') && spacedMark) {
      cut(at, past)
      at = past
      continue
    }
    const dash = (mark === '–' || mark === '—') && spacedMark
    sentenceEnd.lastIndex = at
    capital.lastIndex = end
    const sentence = sentenceEnd.test(text) && capital.test(text)
    let next = end
    for (let place = at; place < end; place++) {
      if (text[place] === '\n') {
        cut(place, place + 1)
      } else if (dash) {
        cut(place, past)
        next = past
        break
      } else if (place === at && sentence) {
        cut(place, end)
        break
      }
    }
    at = next
  }
  pieces.push(text.slice(kept))
  return pieces
}

/**
 * When a block holds both languages side by side (segments split by a slash,
 * a vertical bar, a dash, a line break or a sentence end), returns a
 * confidence; otherwise undefined. A French paragraph quoting an English
 * title keeps its dominant language: the minority language must hold at
 * least a quarter of the evidence.
 */
function bilingualShare(text: string): number | undefined {
  const segments = splitSides(text).filter((segment) => /\p{L}/u.test(segment))
  if (segments.length < 2) return undefined
  let en = 0
  let fr = 0
  for (const segment of segments) {
    const evidence = wordEvidence(stripNonLanguage(segment))
    const difference = evidence.en - evidence.fr
    if (difference >= 1.2) en += difference
    if (difference <= -1.2) fr -= difference
  }
  if (en === 0 || fr === 0) return undefined
  const minority = Math.min(en, fr) / (en + fr)
  return minority >= 0.25 ? Math.min(0.95, 0.5 + minority) : undefined
}

const templateTags = [
  ['{%', '%}'],
  ['{{', '}}'],
  ['{:', '}'],
] as const

/** Removes what carries no language: template tags, URLs, e-mail addresses, code-like tokens, postal codes, numbers. */
function stripNonLanguage(text: string): string {
  // Template tags and attribute lists: what `.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{:[^}]*\}/gu, ' ')` did, in linear
  // time (that regex reads to the end of the text from every tag that never closes).
  return replaceDelimited(text, templateTags, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/(?<!\S)\S[^\s@]*@\S+\.\S+/gu, ' ')
    .replace(/\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/gu, ' ')
    .replace(/(?<!\S)\S*[_{}<>=\\#]\S*/gu, ' ')
    .replace(/\d+/gu, ' ')
}
