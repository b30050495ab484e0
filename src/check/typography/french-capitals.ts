import type {Rule, RuleContext} from '../rule.js'
import {frenchProfile} from './french-words.js'
import {inEmphasis, inQuotes, isSkipped, opensSentence, type ProseBlock, proseBlocks} from './text.js'

const months = 'Janvier|Février|Fevrier|Mars|Avril|Mai|Juin|Juillet|Août|Aout|Septembre|Octobre|Novembre|Décembre|Decembre'
const weekdays = 'Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche'
const lowercaseMonths = months.toLowerCase()
const end = '(?![\\p{L}\\p{N}])'
const gap = '[ \\u00A0]{1,3}'
const day = '(?:1er|[1-9]|[12]\\d|3[01])'
const determiners =
  '(?:[Ll]e|[Aa]u|[Dd]u|[Uu]n|[Cc]e|[Cc]et|[Nn]otre|[Vv]otre|[Ll]eur|[Ss]on|[Cc]haque|[Ll]es|[Aa]ux|[Dd]es|[Cc]es|[Nn]os|[Vv]os|[Ll]eurs|[Ss]es)'
const field = `(?:de${gap}la|de${gap}l['’]|des|du|de)`

/** Each capital looked for: where it stands, what the message quotes after it, how sure a finding is. */
const patterns = [
  {
    messageId: 'ministry',
    // "le Ministère de la Justice", "aux Ministères des Finances": after an article, before the field.
    word: new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])${determiners}${gap})Ministères?(?=${gap}${field}[ \\u00A0]{0,3}\\p{Lu})`, 'gu'),
    tail: new RegExp(`^${gap}${field}[ \\u00A0]{0,3}\\p{Lu}[\\p{L}'’-]*`, 'u'),
    confidence: 0.85,
  },
  {
    messageId: 'month',
    // "le 25 Novembre 2020": a full date, with its year.
    word: new RegExp(`(?<=(?<![\\p{N}])${day}${gap})(?:${months})(?=${gap}\\d{4}${end})`, 'gu'),
    tail: new RegExp(`^${gap}\\d{4}`, 'u'),
    confidence: 0.85,
  },
  {
    messageId: 'month',
    // "en Novembre 2020", "depuis Mars 2021".
    word: new RegExp(
      `(?<=(?:^|[^\\p{L}\\p{N}])(?:en|de|d['’]|depuis|dès|jusqu['’]en|mois${gap}de|mois${gap}d['’])[ \\u00A0]{0,3})(?:${months})(?=${gap}\\d{4}${end})`,
      'gu',
    ),
    tail: new RegExp(`^${gap}\\d{4}`, 'u'),
    confidence: 0.8,
  },
  {
    messageId: 'weekday',
    // "le Lundi 3 mai": a weekday before its date.
    word: new RegExp(`(?:${weekdays})(?=${gap}${day}${gap}(?:${months}|${lowercaseMonths})${end})`, 'gu'),
    tail: new RegExp(`^${gap}${day}${gap}\\p{L}+`, 'u'),
    confidence: 0.8,
  },
] as const

/**
 * Capitals English puts where French puts none: "le Ministère de la Justice"
 * (the word ministère takes a lowercase; its field a capital), a month or a
 * weekday in the middle of a sentence. Only where the capital cannot be a
 * French one: "Ministère" after an article and before the field it is of ("le
 * Ministère" alone, for a ministry the text has named, may take a capital); a
 * month in a full date with its year ("le 25 Novembre 2020", not "le 14
 * Juillet" or "le 1er Mai", which are holidays); a weekday before a date ("le
 * Lundi 3 mai", not "Mardi gras"). Not at the start of a sentence, a line, a
 * heading or a list item, nor in a title of a work (italics) or a quotation.
 */
export const frenchCapitals: Rule = {
  meta: {
    id: 'french-capitals',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'A capital French does not put: "le Ministère de la Justice", a month or weekday capitalized in the middle of a sentence.',
    messages: {
      ministry: 'the French writes "{{text}}": in French the word ministère takes a lowercase before the name of its field ("{{fix}}")',
      month: 'the French writes "{{text}}": French writes the names of months in lowercase ("{{fix}}")',
      weekday: 'the French writes "{{text}}": French writes the names of days in lowercase ("{{fix}}")',
    },
  },
  check(context) {
    if (frenchProfile(context.profile) === undefined) return
    for (const prose of proseBlocks(context, 'fr', {quoted: false})) {
      for (const pattern of patterns) find(context, prose, pattern)
    }
  },
}

function find(context: RuleContext, prose: ProseBlock, pattern: (typeof patterns)[number]): void {
  const {block} = prose
  const text = block.text
  for (const match of text.matchAll(pattern.word)) {
    const word = match[0]
    const start = match.index
    const end = start + word.length
    // Inside a word ("Marsh"), at a sentence's start, in a title of a work or a quotation: the capital may be right.
    if (/[\p{L}\p{N}-]/u.test(text.charAt(start - 1)) || opensSentence(text, start)) continue
    if (isSkipped(prose, start, end) || inEmphasis(block, start, end) || inQuotes(text, start, end)) continue
    const tail = pattern.tail.exec(text.slice(end, end + 60))?.[0] ?? ''
    const lower = word.charAt(0).toLowerCase() + word.slice(1)
    context.report({
      messageId: pattern.messageId,
      data: {text: `${word}${tail}`, fix: `${lower}${tail}`},
      confidence: pattern.confidence,
      en: null,
      fr: context.span(block, start, end),
    })
  }
}
