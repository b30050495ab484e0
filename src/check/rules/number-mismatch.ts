import {findDates} from '../values/dates.js'
import {findNumbers} from '../values/numbers.js'
import type {Rule, RuleContext} from '../rule.js'
import {compareValues, type Located, type ValueMessage} from '../compare-values.js'

type Numeric = number[]

/** Numbers that differ between paired sentences, compared by value in each language's conventions. */
export const numberMismatch: Rule = {
  meta: {
    id: 'number-mismatch',
    category: 'number',
    defaultSeverity: 'error',
    description: 'A number of one version has no equal in the paired sentence of the other.',
    // `…Reading`: the value read, in parentheses after the number as written (" (1000)"), or nothing when it reads
    // as written ("25").
    messages: {
      numberChanged: 'the English “{{enText}}”{{enReading}} became “{{frText}}”{{frReading}} in the French',
      numberUnmatched: 'the {{absentLang}} has no counterpart for the {{presentLang}} number “{{text}}”{{reading}}',
    },
  },
  check(context) {
    compareValues<Numeric>(context, {
      // Numbers inside dates are the date rule's.
      find: (text, lang) => {
        const dates = findDates(text)
        return findNumbers(text, lang)
          .filter((number) => !dates.some((date) => number.start < date.end && date.start < number.end))
          .map(({values, start, end, soft}) => ({value: values, start, end, ...(soft === true || isListMarker(text, start, end) ? {soft: true} : {})}))
      },
      same: (a, b) => a.some((value) => b.includes(value)),
      // "At least 1 reviewer" / « au moins un évaluateur »: one, written as the article it also is.
      presentIn: ({value}, text, lang) =>
        value.includes(1) && (lang === 'fr' ? /(?:^|[^\p{L}])une?(?![\p{L}])/iu : /(?:^|[^\p{L}])one(?![\p{L}])/iu).test(text),
      message: describe,
      confidence: 0.9,
    })
    compareSectionNumbers(context)
  },
}

/** The number a heading opens on: "4.", "2.3", "7)". */
const sectionNumber = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?(?=\s)/

/**
 * The numbers of paired headings ("4. Make use of open standards" / "7. Utilisez des normes ouvertes"): a list
 * marker run into a paragraph is left alone (its list may have been cut differently), but a heading's number is the
 * section's, and a changed one sends the reader to another section.
 */
function compareSectionNumbers(context: RuleContext): void {
  for (const pair of context.pairs) {
    if (pair.en.length !== 1 || pair.fr.length !== 1) continue
    const en = context.block(pair.en[0] as string)?.block
    const fr = context.block(pair.fr[0] as string)?.block
    if (en?.kind !== 'heading' || fr?.kind !== 'heading') continue
    const enNumber = sectionNumber.exec(en.text)?.[1]
    const frNumber = sectionNumber.exec(fr.text)?.[1]
    if (enNumber === undefined || frNumber === undefined || enNumber === frNumber) continue
    context.report({
      messageId: 'numberChanged',
      data: {enText: enNumber, enReading: '', frText: frNumber, frReading: ''},
      confidence: 0.9,
      en: context.span(en, 0, enNumber.length),
      fr: context.span(fr, 0, frNumber.length),
    })
  }
}

/**
 * The number of a list item run into a paragraph ("… hosts. 3. Modifiez votre fichier", a list whose line breaks
 * were lost): it numbers the items, it says nothing of them. It meets its counterpart but is not reported missing.
 */
function isListMarker(text: string, start: number, end: number): boolean {
  return /^\d{1,2}$/.test(text.slice(start, end)) && /(?:^|[\s>])$/.test(text.slice(0, start)) && /^[.)]\s+\p{Lu}/u.test(text.slice(end))
}

function describe(en: Located<Numeric> | undefined, fr: Located<Numeric> | undefined): ValueMessage {
  if (en !== undefined && fr !== undefined) {
    return {messageId: 'numberChanged', data: {enText: en.span.text, enReading: reading(en), frText: fr.span.text, frReading: reading(fr)}}
  }
  if (en !== undefined) return {messageId: 'numberUnmatched', data: {absentLang: 'fr', presentLang: 'en', text: en.span.text, reading: reading(en)}}
  return {messageId: 'numberUnmatched', data: {absentLang: 'en', presentLang: 'fr', text: fr?.span.text ?? '', reading: fr === undefined ? '' : reading(fr)}}
}

/** The value read from a number, when it is not written as is: " (1000)" for "1,000". */
function reading(item: Located<Numeric>): string {
  return String(item.value[0]) === item.span.text ? '' : ` (${item.value[0]})`
}
