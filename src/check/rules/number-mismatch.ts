import {findDates} from '../values/dates.js'
import {findNumbers} from '../values/numbers.js'
import type {Rule} from '../rule.js'
import {compareValues, type Located} from '../compare-values.js'

type Numeric = number[]

/** Numbers that differ between paired sentences, compared by value in each language's conventions. */
export const numberMismatch: Rule = {
  meta: {
    id: 'number-mismatch',
    category: 'number',
    defaultSeverity: 'error',
    description: 'A number of one version has no equal in the paired sentence of the other.',
  },
  check(context) {
    compareValues<Numeric>(context, {
      // Numbers inside dates are the date rule's.
      find: (text, lang) => {
        const dates = findDates(text)
        return findNumbers(text, lang)
          .filter((number) => !dates.some((date) => number.start < date.end && date.start < number.end))
          .map(({values, start, end, soft}) => ({value: values, start, end, ...(soft === true ? {soft} : {})}))
      },
      same: (a, b) => a.some((value) => b.includes(value)),
      message: (en, fr) => describe(en, fr),
      confidence: 0.9,
    })
  },
}

function describe(en: Located<Numeric> | undefined, fr: Located<Numeric> | undefined): string {
  if (en !== undefined && fr !== undefined) return `the English ${show(en)} became ${show(fr)} in the French`
  if (en !== undefined) return `the French has no counterpart for the English number ${show(en)}`
  return `the English has no counterpart for the French number ${fr === undefined ? '' : show(fr)}`
}

function show(item: Located<Numeric>): string {
  return `“${item.span.text}”${String(item.value[0]) === item.span.text ? '' : ` (${item.value[0]})`}`
}
