import {tokenize} from '../../words/tokens.js'
import type {Rule, RuleContext} from '../rule.js'
import {frenchLetters, frenchProfile, inEnglishClause, isEnglishOnly, isFrenchWord, looksLikeCode} from './french-words.js'
import {isSkipped, type ProseBlock, proseBlocks} from './text.js'

/**
 * Quotation marks: French quotes with « guillemets », in both profiles. Only
 * quotes around French words are flagged — a word with a French letter, or
 * words the lexicon knows in French and not in English only: "default",
 * "pull request", "SUB" or `"{{ widget.type }}"` are values of code or English
 * terms, which a reviewer may well leave as they are.
 */
export const frenchQuotes: Rule = {
  meta: {
    id: 'french-quotes',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'French words in straight or English quotation marks where French typography has « guillemets ».',
    messages: {
      straightQuotes: 'the French writes {{text}} in straight quotation marks: French quotes with guillemets ({{fix}})',
      englishQuotes: 'the French writes {{text}} in English quotation marks: French quotes with guillemets ({{fix}})',
    },
  },
  check(context) {
    if (frenchProfile(context.profile) === undefined) return
    for (const prose of proseBlocks(context, 'fr')) {
      quotes(context, prose, /"([^"\n]{1,80})"/gu, 'straightQuotes', 0.65)
      quotes(context, prose, /“([^“”\n]{1,80})”/gu, 'englishQuotes', 0.75)
    }
  },
}

function quotes(context: RuleContext, prose: ProseBlock, pattern: RegExp, messageId: string, confidence: number): void {
  const text = prose.block.text
  for (const match of text.matchAll(pattern)) {
    const inner = (match[1] as string).trim()
    const end = match.index + match[0].length
    if (isSkipped(prose, match.index, end) || !isFrenchQuotation(context, inner) || inEnglishClause(text, match.index, end, context.lexicon, prose.skipped))
      continue
    // An opening straight quote glued to a word ("class="x"") is code.
    if (/[\p{L}\p{N}=]/u.test(text.charAt(match.index - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue
    context.report({
      messageId,
      data: {text: match[0], fix: `« ${inner} »`},
      confidence,
      en: null,
      fr: context.span(prose.block, match.index, end),
    })
  }
}

/** French words, not code: no code characters, and either a French letter or every content word French and none English only. */
function isFrenchQuotation(context: RuleContext, inner: string): boolean {
  if (inner === '' || /[{}[\]<>=/\\_|$#@`;]|:\/\/|^\W*$/u.test(inner)) return false
  const words = inner.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (words.length === 0 || words.some(looksLikeCode)) return false
  if (frenchLetters.test(inner)) return true
  const content = words.filter((word) => tokenize(word, 'fr').some((token) => token.content))
  if (content.length === 0) return false
  return (
    content.every((word) => isFrenchWord(word, context.lexicon) && !isEnglishOnly(word, context.lexicon)) &&
    !content.every((word) => isEnglishLike(context, word))
  )
}

/** A word the lexicon knows in English as well as in French ("test", "auto"): alone, it may be either. */
function isEnglishLike(context: RuleContext, word: string): boolean {
  const [english] = tokenize(word, 'en')
  return english !== undefined && context.lexicon.knowsWord('en', english)
}
