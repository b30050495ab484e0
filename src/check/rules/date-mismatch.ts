import {findDates, sameDate} from '../values/dates.js'
import type {Rule} from '../rule.js'
import {compareValues, type Located} from '../compare-values.js'

/** Dates and times that differ between paired sentences, compared by value: "November 25, 2020" = "25 novembre 2020". */
export const dateMismatch: Rule = {
  meta: {
    id: 'date-mismatch',
    category: 'date',
    defaultSeverity: 'error',
    description: 'A date or time of one version has no equal in the paired sentence of the other.',
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

function describe(en: Located<string> | undefined, fr: Located<string> | undefined): string {
  if (en !== undefined && fr !== undefined) {
    return `the English date “${en.span.text}” (${en.value}) became “${fr.span.text}” (${fr.value}) in the French`
  }
  if (en !== undefined) return `the French has no counterpart for the English date “${en.span.text}” (${en.value})`
  return `the English has no counterpart for the French date “${fr?.span.text ?? ''}” (${fr?.value ?? ''})`
}
