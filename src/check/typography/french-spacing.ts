import type {Rule, RuleContext} from '../rule.js'
import {type FrenchProfile, frenchProfile, inEnglishClause, isEnglishOnly, isFrenchWord, looksLikeCode} from './french-words.js'
import {isSkipped, type ProseBlock, proseBlocks} from './text.js'

/**
 * The spaces French puts around punctuation, as the profile asked for has
 * them: a space (no-break) before the colon in both; before ; ! ? none in
 * Canadian French (the Translation Bureau) and a thin no-break space in the
 * French of France (the Imprimerie nationale); a no-break space inside
 * « guillemets »; a space on each side of a dash. A plain space stands for the
 * no-break one: the source may not show the difference, and the typesetting
 * adds it. What is not punctuation is left alone: web and e-mail addresses,
 * code, times (10:30), ratios (1:2), emoticons, an operator (!=), a key of
 * code or configuration (`toc: true`, `ERROR:`), and words the lexicon knows in
 * English only.
 */
export const frenchSpacing: Rule = {
  meta: {
    id: 'french-spacing',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'A space missing or extra around French punctuation (: ; ! ? « » —), as the typography profile has it.',
    messages: {
      colonNoSpace: 'the French writes "{{text}}": French puts a no-break space before the colon ("{{fix}}")',
      spaceBeforeMark: 'the French writes "{{text}}": Canadian French puts no space before "{{mark}}" ("{{fix}}")',
      noSpaceBeforeMark: 'the French writes "{{text}}": the French of France puts a thin no-break space before "{{mark}}" ("{{fix}}")',
      guillemetSpace: 'the French writes "{{text}}": French puts a no-break space inside guillemets ("{{fix}}")',
      dashSpace: 'the French writes "{{text}}": French puts a space on each side of a dash ("{{fix}}")',
    },
  },
  check(context) {
    const profile = frenchProfile(context.profile)
    if (profile === undefined) return
    for (const prose of proseBlocks(context, 'fr')) {
      colons(context, prose)
      marks(context, prose, profile)
      guillemets(context, prose)
      dashes(context, prose)
    }
  },
}

/** The word before `at` (letters, digits, apostrophes, inner hyphens and points), with where it starts. */
function wordBefore(text: string, at: number): {word: string; start: number} {
  let start = at
  while (start > 0 && at - start < 60 && /[\p{L}\p{N}_.'’-]/u.test(text.charAt(start - 1))) start--
  // The word ends on a letter, a digit or an underscore, and starts on one: "l'Europe", not "-x." or "'".
  let end = at
  while (end > start && !/[\p{L}\p{N}_]/u.test(text.charAt(end - 1))) end--
  if (end < at) return {word: '', start: at}
  while (start < end && !/[\p{L}\p{N}_]/u.test(text.charAt(start))) start++
  return {word: text.slice(start, at), start}
}

/** Whether the words before `at` read as French: the last one French, and not most of the last three English. */
function frenchBefore(context: RuleContext, text: string, at: number): boolean {
  const {word, start} = wordBefore(text, at)
  if (word === '' || looksLikeCode(word) || /[./]/.test(word) || word.length < 2) return false
  if (/^\d+$/.test(word)) {
    // "étape 1:" — the number's own word says what it is.
    const previous = wordBefore(text, start - 1)
    return /\s/.test(text.charAt(start - 1)) && /^\p{L}+$/u.test(previous.word) && isFrenchWord(previous.word, context.lexicon)
  }
  if (!isFrenchWord(word, context.lexicon)) return false
  const lastWords = text.slice(Math.max(0, start - 60), at).match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const english = lastWords.slice(-3).filter((candidate) => isEnglishOnly(candidate, context.lexicon)).length
  return english < 2
}

/** "suivants: la liste" → "suivants : la liste"; not "10:30", "https://", ":)" nor a key of code ("toc: true"). */
function colons(context: RuleContext, prose: ProseBlock): void {
  const text = prose.block.text
  const codes = codeTerms(prose)
  for (const match of text.matchAll(/(?<=[\p{L}\p{N})»]):(?=[ \t\n]|$)/gu)) {
    const at = match.index
    const closing = /[)»]/.test(text.charAt(at - 1)) ? 1 : 0
    const {start} = wordBefore(text, at - closing)
    if (start === at - closing || isSkipped(prose, start, at + 1)) continue
    if (!frenchBefore(context, text, at - closing) || inEnglishClause(text, at, at + 1, context.lexicon, prose.skipped)) continue
    // A key of configuration or code: "local_backend: true", "toc: true"; a term the block sets as code ("fix:", `fix`).
    if (/^[ \t]*(?:true|false|null|nil|none|undefined)\b|^[ \t]*[{[<>=|`$]/iu.test(text.slice(at + 1, at + 40))) continue
    const written = text.slice(start, at + 1)
    if (codes.has(written.slice(0, -1).toLowerCase())) continue
    report(context, prose, start, at + 1, 'colonNoSpace', {text: written, fix: `${written.slice(0, -1)} :`}, 0.85)
  }
}

/**
 * ; ! ? — Canadian French puts no space before them; the French of France a
 * thin no-break space (a narrow no-break space, U+202F, is left alone in
 * Canadian French: it is a typesetter's choice, not a typing slip).
 */
function marks(context: RuleContext, prose: ProseBlock, profile: FrenchProfile): void {
  const text = prose.block.text
  const pattern = profile === 'fr-CA' ? /(?<=[\p{L}\p{N})»])[ \u00A0]([;!?])/gu : /(?<=[\p{L}\p{N})»])([;!?])/gu
  for (const match of text.matchAll(pattern)) {
    const mark = match[1] as string
    const markAt = match.index + match[0].length - 1
    if (!endsClause(text, markAt, mark)) continue
    const closing = /[)»]/.test(text.charAt(match.index - 1)) ? 1 : 0
    const {start} = wordBefore(text, match.index - closing)
    if (start === match.index - closing || isSkipped(prose, start, markAt + 1)) continue
    if (!frenchBefore(context, text, match.index - closing) || inEnglishClause(text, markAt, markAt + 1, context.lexicon, prose.skipped)) continue
    const word = text.slice(start, match.index)
    const written = text.slice(start, markAt + 1)
    if (profile === 'fr-CA') report(context, prose, start, markAt + 1, 'spaceBeforeMark', {text: written, mark, fix: `${word}${mark}`}, 0.8)
    else report(context, prose, start, markAt + 1, 'noSpaceBeforeMark', {text: written, mark, fix: `${word} ${mark}`}, 0.8)
  }
}

/**
 * Whether a mark at `at` ends a clause: followed by the end of the text, a
 * closing quote or parenthesis, or a space; after ? and ! a space must lead to
 * a new sentence (a capital, an opening quote or parenthesis, a number), so
 * that "ajoutez un ! après le type" and "!=" are not read as punctuation.
 */
function endsClause(text: string, at: number, mark: string): boolean {
  const after = text.slice(at + 1, at + 4)
  if (after === '' || /^[)»”"'*_\]]/u.test(after) || /^\n/.test(after)) return true
  if (!/^[ \t\u00A0]/.test(after)) return false
  if (mark === ';') return true
  return /^[ \t\u00A0]+[\p{Lu}«“"(\d]/u.test(after) || /^[ \t\u00A0]*$/.test(after)
}

/** «Bonjour» → « Bonjour »: a space (no-break) inside each guillemet. */
function guillemets(context: RuleContext, prose: ProseBlock): void {
  const text = prose.block.text
  for (const match of text.matchAll(/«([^«»\n]{1,200})»/gu)) {
    const inner = match[1] as string
    if (/^[ \u00A0\u202F]/u.test(inner) && /[ \u00A0\u202F]$/u.test(inner)) continue
    const end = match.index + match[0].length
    if (isSkipped(prose, match.index, end)) continue
    const written = match[0]
    report(context, prose, match.index, end, 'guillemetSpace', {text: written, fix: `« ${inner.trim()} »`}, 0.85)
  }
}

/** "multilatéraux—dont" → "multilatéraux — dont": a dash between words takes a space on each side (not 2019—2020). */
function dashes(context: RuleContext, prose: ProseBlock): void {
  const text = prose.block.text
  for (const match of text.matchAll(/([ \u00A0\u202F]?)—([ \u00A0\u202F]?)/gu)) {
    const [dash, before, after] = match
    if (before !== '' && after !== '') continue
    let from = match.index
    while (from > 0 && match.index - from < 40 && /[\p{L}\p{N}'’»)]/u.test(text.charAt(from - 1))) from--
    const left = text.slice(from, match.index)
    const right = /^[\p{L}\p{N}«(]+/u.exec(text.slice(match.index + dash.length, match.index + dash.length + 40))?.[0] ?? ''
    if (left === '' || right === '' || (/^\d+$/.test(left) && /^\d+$/.test(right))) continue
    const start = match.index - left.length
    const end = match.index + dash.length + right.length
    if (isSkipped(prose, start, end) || inEnglishClause(text, start, end, context.lexicon, prose.skipped)) continue
    report(context, prose, start, end, 'dashSpace', {text: text.slice(start, end), fix: `${left} — ${right}`}, 0.8)
  }
}

/** The words a block sets as inline code, lowercase: the same word elsewhere in it is a term of code. */
function codeTerms(prose: ProseBlock): Set<string> {
  const {block} = prose
  return new Set(block.marks.filter((mark) => mark.kind === 'inline-code').map((mark) => block.text.slice(mark.start, mark.end).trim().toLowerCase()))
}

function report(context: RuleContext, prose: ProseBlock, start: number, end: number, messageId: string, data: Record<string, string>, confidence: number) {
  context.report({messageId, data, confidence, en: null, fr: context.span(prose.block, start, end)})
}
