import type {Lang} from '../../types.js'
import {requote} from '../typography.js'
import type {ValueWriter} from '../template.js'

/**
 * The forms a language takes in French sentences, asked for as
 * `{{absentLang|form}}`: French names a version by a noun phrase with its
 * article and agreement, where English writes "the French".
 */
const languageForms: Record<string, Record<Lang, string>> = {
  // "est en anglais"
  name: {en: 'anglais', fr: 'français'},
  // "la version anglaise n'a pas d'équivalent…"
  version: {en: 'la version anglaise', fr: 'la version française'},
  // "le titre de la version anglaise"
  ofVersion: {en: 'de la version anglaise', fr: 'de la version française'},
  // "la liste anglaise", "l'énumération française"
  adj: {en: 'anglaise', fr: 'française'},
}

/** A noun with the gender its articles agree with. */
interface Noun {
  noun: string
  feminine: boolean
}

/**
 * The kinds messages name (`{{kind}}`), English as the rules write them → French:
 * the kinds of block (`blockKindNames`) and of name (name-mismatch).
 */
const kindNames: Record<string, Noun> = {
  paragraph: {noun: 'paragraphe', feminine: false},
  heading: {noun: 'titre', feminine: false},
  'list item': {noun: 'élément de liste', feminine: false},
  'table cell': {noun: 'cellule de tableau', feminine: true},
  'quoted paragraph': {noun: 'paragraphe cité', feminine: false},
  'code block': {noun: 'bloc de code', feminine: false},
  'HTML block': {noun: 'bloc HTML', feminine: false},
  'web address': {noun: 'adresse Web', feminine: true},
  'e-mail address': {noun: 'adresse courriel', feminine: true},
  'phone number': {noun: 'numéro de téléphone', feminine: false},
  'reference number': {noun: 'numéro de référence', feminine: false},
  'section reference': {noun: 'renvoi à une disposition', feminine: false},
  'postal code': {noun: 'code postal', feminine: false},
  institution: {noun: 'institution', feminine: true},
  country: {noun: 'pays', feminine: false},
  name: {noun: 'nom', feminine: false},
}

const elides = (noun: string) => /^[aeiouyéèêh]/i.test(noun)

/** `{{kind}}` → the noun, `{{kind|the}}` → with its definite article, `{{kind|this}}` → with its demonstrative. */
function kindForm(value: string, form: string | undefined): string | undefined {
  // A kind of a rule of the user's, not in the table: its own words, taken as masculine.
  const {noun, feminine} = kindNames[value] ?? {noun: value, feminine: false}
  if (form === undefined) return noun
  if (form === 'the') return elides(noun) ? `l’${noun}` : `${feminine ? 'la' : 'le'} ${noun}`
  if (form === 'this') return `${feminine ? 'cette' : elides(noun) ? 'cet' : 'ce'} ${noun}`
  return undefined
}

/**
 * How the French templates write the values of a message's data: a key ending
 * in `Lang` in the form asked for (the name of the language by default), `kind`
 * as a French noun, the quoted items of `missing` in guillemets; anything else as is.
 */
export const writeFrenchValue: ValueWriter = (name, value, form) => {
  if (name.endsWith('Lang') && (value === 'en' || value === 'fr')) return languageForms[form ?? 'name']?.[value]
  if (name === 'kind' && typeof value === 'string') return kindForm(value, form)
  if (form !== undefined) return undefined
  return name === 'missing' ? requote(String(value)) : String(value)
}
