import {findNames} from '../values/names.js'
import type {Rule} from '../rule.js'
import {compareValues, type Located} from './compare-values.js'

interface Named {
  key: string
  kind: string
}

/**
 * Names present on one side only: web and e-mail addresses, phone numbers, postal codes, file and reference
 * numbers and section references; countries and institutions of the Government of Canada when the other side
 * names a different one in their place.
 */
export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    category: 'name',
    defaultSeverity: 'error',
    description: 'An address, phone number, postal code, reference number or section is on one side only, or a country or institution is swapped.',
  },
  check(context) {
    compareValues<Named>(context, {
      find: (sentence, lang) => findNames(sentence, lang).map(({key, kind, start, end}) => ({value: {key, kind}, start, end})),
      same: (a, b) => a.key === b.key,
      message: describe,
      confidence: 0.85,
      // Countries and institutions are often rephrased ("Canada's law" / "le droit canadien"): only a swap counts.
      alone: (value) => value.kind !== 'country' && value.kind !== 'institution',
    })
  },
}

function describe(en: Located<Named> | undefined, fr: Located<Named> | undefined): string {
  if (en !== undefined && fr !== undefined && en.value.kind === fr.value.kind) {
    return `the English ${en.value.kind} “${en.span.text}” became “${fr.span.text}” in the French`
  }
  if (en !== undefined) return `the French has no counterpart for the English ${en.value.kind} “${en.span.text}”`
  return `the English has no counterpart for the French ${fr?.value.kind ?? 'name'} “${fr?.span.text ?? ''}”`
}
