import {findNames} from '../values/names.js'
import {conventionalRole} from '../../align/conventions.js'
import {findProperNames, sameName} from '../values/proper-names.js'
import type {Rule} from '../rule.js'
import {compareValues, type Located, type ValueMessage} from '../compare-values.js'
import {tokenize} from '../../words/tokens.js'

interface Named {
  key: string
  kind: string
  /** For proper names: their folded words; two names meet when they share one ("David Lametti" / "Lametti"). */
  words?: string[]
}

/**
 * Names present on one side only: web and e-mail addresses, phone numbers, postal codes, file and reference
 * numbers and section references, proper names (people, places, products: capitalised words neither language's
 * lexicon knows); countries and institutions of the Government of Canada when the other side names a different one
 * in their place.
 */
export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    category: 'name',
    // Measured on real documents, names are right far less than 80% of the time: a warning, proper names an info.
    defaultSeverity: 'warning',
    description: 'An address, phone number, postal code, reference number, section or proper name is on one side only, or a country or institution is swapped.',
    // `kind`: what kind of name, as messages name it ("web address", "country", "name").
    messages: {
      nameChanged: 'the English {{kind}} “{{enText}}” became “{{frText}}” in the French',
      nameUnmatched: 'the {{absentLang}} has no counterpart for the {{presentLang}} {{kind}} “{{text}}”',
    },
  },
  check(context) {
    compareValues<Named>(context, {
      find: (sentence, lang) => {
        const found = findNames(sentence, lang).map(({key, kind, start, end}) => ({value: {key, kind} as Named, start, end}))
        // Salutations and closings leave names out by convention ("Dear Senator Miville-Dechêne" / "Madame la Sénatrice").
        const names = conventionalRole(sentence, lang) === undefined ? findProperNames(sentence, lang, context.lexicon) : []
        for (const name of names) {
          if (found.some((other) => name.start < other.end && other.start < name.end)) continue
          found.push({value: {key: name.words.join(' '), kind: 'name', words: name.words}, start: name.start, end: name.end})
        }
        return found
      },
      same: (a, b) => a.key === b.key || (a.words !== undefined && b.words !== undefined && sameName(a.words, b.words)),
      // A name the lexicon does not know may still be a rare word: one level below the rule's severity.
      minor: (value) => value.kind === 'name',
      // A name leading a sentence is not told from a capitalised word, and an address may stand as a link's target.
      presentIn: ({value, span}, text, lang) =>
        value.words !== undefined
          ? value.words.some((word) => tokenize(text, lang).some((token) => token.folded === word))
          : (value.kind === 'web address' || value.kind === 'e-mail address') && text.toLowerCase().includes(span.text.toLowerCase()),
      message: describe,
      confidence: 0.85,
      // Countries and institutions are often rephrased ("Canada's law" / "le droit canadien"): only a swap counts.
      alone: (value) => value.kind !== 'country' && value.kind !== 'institution',
    })
  },
}

function describe(en: Located<Named> | undefined, fr: Located<Named> | undefined): ValueMessage {
  if (en !== undefined && fr !== undefined && en.value.kind === fr.value.kind) {
    return {messageId: 'nameChanged', data: {kind: en.value.kind, enText: en.span.text, frText: fr.span.text}}
  }
  if (en !== undefined) return {messageId: 'nameUnmatched', data: {absentLang: 'fr', presentLang: 'en', kind: en.value.kind, text: en.span.text}}
  return {messageId: 'nameUnmatched', data: {absentLang: 'en', presentLang: 'fr', kind: fr?.value.kind ?? 'name', text: fr?.span.text ?? ''}}
}
