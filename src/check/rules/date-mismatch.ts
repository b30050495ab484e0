import {findDates, sameDate} from '../values/dates.js'
import type {Rule} from '../rule.js'
import {compareValues, type Located, type ValueMessage} from '../compare-values.js'

/** Dates and times that differ between paired sentences, compared by value: "November 25, 2020" = "25 novembre 2020". */
export const dateMismatch: Rule = {
  meta: {
    id: 'date-mismatch',
    category: 'date',
    defaultSeverity: 'error',
    description: 'A date or time of one version has no equal in the paired sentence of the other.',
    messages: {
      dateChanged: 'the English date “{{enText}}” ({{enValue}}) became “{{frText}}” ({{frValue}}) in the French',
      dateUnmatched: 'the {{absentLang}} has no counterpart for the {{presentLang}} date “{{text}}” ({{value}})',
    },
  },
  check(context) {
    compareValues<string>(context, {
      find: (text) => findDates(text),
      same: sameDate,
      message: describe,
      confidence: 0.9,
    })
  },
}

function describe(en: Located<string> | undefined, fr: Located<string> | undefined): ValueMessage {
  if (en !== undefined && fr !== undefined) {
    return {messageId: 'dateChanged', data: {enText: en.span.text, enValue: en.value, frText: fr.span.text, frValue: fr.value}}
  }
  if (en !== undefined) return {messageId: 'dateUnmatched', data: {absentLang: 'fr', presentLang: 'en', text: en.span.text, value: en.value}}
  return {messageId: 'dateUnmatched', data: {absentLang: 'en', presentLang: 'fr', text: fr?.span.text ?? '', value: fr?.value ?? ''}}
}
