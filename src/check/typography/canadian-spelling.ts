import type {Rule, RuleContext} from '../rule.js'
import {canadianSpellings} from './canadian-spellings.js'
import {inEmphasis, inQuotes, isSkipped, opensSentence, type ProseBlock, proseBlocks} from './text.js'

/**
 * US spellings in the English where Canadian usage differs (en-CA profile):
 * color → colour, center → centre, defense → defence, traveled → travelled,
 * enrollment → enrolment, catalog → catalogue (the word list, with the source
 * of each family, is in canadian-spellings.ts). -ize is Canadian and never
 * flagged. Names keep their own spelling (The Canadian Style asks it: "U.S.
 * Department of Defense"): a capitalized word is left alone unless it opens a
 * sentence and the next word is not a name, and so are words in quotation
 * marks (a quoted US source), in italics (a title), in block quotes, in links,
 * in code, in identifiers (background-color, color_scheme) and in capitals.
 */
export const canadianSpelling: Rule = {
  meta: {
    id: 'canadian-spelling',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'A US spelling in the English where Canadian usage differs (color, center, defense, traveled), under the en-CA profile.',
    messages: {
      usSpelling: 'the English writes "{{text}}": Canadian spelling is "{{fix}}" ({{pattern}}, as The Canadian Style recommends)',
    },
  },
  check(context) {
    if (context.profile !== 'en-CA') return
    for (const prose of proseBlocks(context, 'en', {quoted: false})) words(context, prose)
  },
}

function words(context: RuleContext, prose: ProseBlock): void {
  const {block} = prose
  const text = block.text
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0]
    const found = canadianSpellings.get(word.toLowerCase())
    if (found === undefined) continue
    const start = match.index
    const end = start + word.length
    if (/^\p{Lu}{2,}$/u.test(word) || !isProse(text, start, end) || isName(text, start, end, word)) continue
    if (isSkipped(prose, start, end) || inEmphasis(block, start, end) || inQuotes(text, start, end)) continue
    const fix = /^\p{Lu}/u.test(word) ? found.canadian.charAt(0).toUpperCase() + found.canadian.slice(1) : found.canadian
    context.report({
      messageId: 'usSpelling',
      data: {text: word, fix, pattern: found.family.pattern},
      confidence: found.family.confidence,
      en: context.span(block, start, end),
      fr: null,
    })
  }
}

/** Not part of an identifier, a path or a property: "background-color", "color_scheme", "theme.color", "color(". */
function isProse(text: string, start: number, end: number): boolean {
  if (/[\p{N}_./\\#@$=:<>'’-]/u.test(text.charAt(start - 1))) return false
  const after = text.slice(end, end + 3)
  if (/^['’]s(?![\p{L}\p{N}])/u.test(after)) return true
  return !/^(?:[\p{N}_(=<>/\\]|[.:'’][\p{L}\p{N}])/u.test(after)
}

/**
 * Whether a capitalized word is (part of) a name: anywhere but at the start of
 * a sentence, or there when a capitalized word follows it ("Center for Disease
 * Control", "Harbor Freight").
 */
function isName(text: string, start: number, end: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  if (!opensSentence(text, start)) return true
  return /^[ \u00A0]+(?:(?:of|for|and|on|de|du|des)[ \u00A0]+)?(?:the[ \u00A0]+)?\p{Lu}/u.test(text.slice(end, end + 30))
}
