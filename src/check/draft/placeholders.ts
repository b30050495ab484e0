import {matchesOf, type TextMatch} from './matches.js'

/**
 * Placeholders a draft leaves for text still to come: "TBD", "XXX", "$XX million", "???", "[insert date]",
 * "[À confirmer]", "lorem ipsum". Found in plain text; the caller blanks out code first.
 */

/** What a bracketed placeholder opens with: an instruction or the kind of value to come (English and French). */
const bracketed =
  /\[\s*(?:insert|add|enter|type|fill in|name of|date of|title of|amount|number|placeholder|tbd|tbc|tba|to come|to be (?:confirmed|determined|added|inserted|completed|provided)|x{2,}|\.{3}|…|ins[ée]rer|ajouter|inscrire|indiquer|nom d[eu]|date d[eu]|montant|num[ée]ro d[eu]|titre d[eu]|[àa] (?:venir|confirmer|d[ée]terminer|compl[ée]ter|pr[ée]ciser|fournir)|(?:french|english) (?:to come|to follow|translation)|traduction (?:[àa] venir|fran[çc]aise|anglaise))[^\]\n]{0,80}\]/giu

/** Capital abbreviations for "to be decided", in both languages (À D. is the French one). */
const abbreviation = /(?<![\p{L}\d])(?:TBD|TBC|TBA|T\.B\.D\.|À DÉTERMINER|À CONFIRMER|ÀD)(?![\p{L}\d])/gu

/**
 * Runs of X standing for a value: three or more (XXX, xxxx), or two or more beside a currency, a percent or a
 * magnitude ("$XX million", "XX %", "20XX"), or a date written in X's. Two X's alone are the Roman twenty.
 */
const crosses =
  /(?<![\p{L}\d])(?:X{3,}|x{3,})(?![\p{L}\d])|\$\s?(?:X+|x{2,})(?:[.,](?:X+|x+))?(?![\p{L}\d])|(?<![\p{L}\d$])(?:X+|x{2,})(?:[.,](?:X+|x+))?(?=\s?(?:%|\$|millions?\b|milliards?\b|billions?\b|M\$))|(?<![\p{L}\d])(?:19|20)XX(?![\p{L}\d])/gu

/** Words after which XXX is a Roman numeral (Part XXX, chapitre XXX). */
const romanContext = new Set([
  'part',
  'chapter',
  'title',
  'section',
  'article',
  'schedule',
  'division',
  'volume',
  'book',
  'annex',
  'partie',
  'chapitre',
  'titre',
  'annexe',
  'livre',
  'tome',
])

/** Queries written in the text: "???", "[?]", "(?)". */
const queries = /\?{3,}|\[\s*\?+\s*\]|\(\s*\?+\s*\)/gu

const filler = /\blorem ipsum\b/giu

/** Every placeholder of a text, in text order. */
export function findPlaceholders(text: string): TextMatch[] {
  return matchesOf(
    text,
    [bracketed, abbreviation, crosses, queries, filler],
    (match) => !(/^X{3}$/.test(match.text) && romanContext.has(lastWord(text.slice(0, match.start)))),
  )
}

/** The last word of a text, lowercased ('' for none). */
function lastWord(text: string): string {
  const words = text.trimEnd().split(/\s/)
  return (words.at(-1) ?? '').toLowerCase()
}
