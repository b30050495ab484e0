import type {Lang} from '../../types.js'
import {wholeWordIndex} from '../spans.js'

/** A name found in text, keyed so that both languages' forms meet: "the United Kingdom" and "le Royaume-Uni". */
export interface FoundName {
  key: string
  /** What kind of name, for messages: "web address", "country"… */
  kind: string
  start: number
  end: number
}

/** Country names in both languages from Intl.DisplayNames, longest first, keyed by region code. */
const countries = (() => {
  const byLang: Record<Lang, Array<[string, string]>> = {en: [], fr: []}
  for (const lang of ['en', 'fr'] as const) {
    const names = new Intl.DisplayNames([lang === 'en' ? 'en-CA' : 'fr-CA'], {type: 'region', fallback: 'none'})
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b)
        const name = names.of(code)
        if (name !== undefined && name !== code && !/\d/.test(name)) byLang[lang].push([name, code])
      }
    }
    byLang[lang].sort((x, y) => y[0].length - x[0].length)
  }
  return byLang
})()

/**
 * Institutions of the Government of Canada by their English and French names (and acronyms). A small table kept
 * in the project; users add their own pairs through the glossary (checked by `term-consistency`).
 */
export const institutions: ReadonlyArray<{en: readonly string[]; fr: readonly string[]}> = [
  {en: ['Royal Canadian Mounted Police', 'RCMP'], fr: ['Gendarmerie royale du Canada', 'GRC']},
  {en: ['Department of Justice', 'Justice Canada'], fr: ['ministère de la Justice', 'Justice Canada']},
  {en: ['Canadian Heritage'], fr: ['Patrimoine canadien']},
  {en: ['Public Safety Canada'], fr: ['Sécurité publique Canada']},
  {en: ['Treasury Board of Canada Secretariat', 'TBS'], fr: ['Secrétariat du Conseil du Trésor du Canada', 'SCT']},
  {en: ['Treasury Board'], fr: ['Conseil du Trésor']},
  {en: ['Privy Council Office', 'PCO'], fr: ['Bureau du Conseil privé', 'BCP']},
  {en: ['Statistics Canada'], fr: ['Statistique Canada']},
  {en: ['Health Canada'], fr: ['Santé Canada']},
  {en: ['Canada Revenue Agency', 'CRA'], fr: ['Agence du revenu du Canada', 'ARC']},
  {en: ['Employment and Social Development Canada', 'ESDC'], fr: ['Emploi et Développement social Canada', 'EDSC']},
  {en: ['Immigration, Refugees and Citizenship Canada', 'IRCC'], fr: ['Immigration, Réfugiés et Citoyenneté Canada', 'IRCC']},
  {en: ['Shared Services Canada', 'SSC'], fr: ['Services partagés Canada', 'SPC']},
  {en: ['Canadian Digital Service', 'CDS'], fr: ['Service numérique canadien', 'SNC']},
  {en: ['Fisheries and Oceans Canada', 'DFO'], fr: ['Pêches et Océans Canada', 'MPO']},
  {en: ['Natural Resources Canada', 'NRCan'], fr: ['Ressources naturelles Canada', 'RNCan']},
  {en: ['Global Affairs Canada'], fr: ['Affaires mondiales Canada']},
  {en: ['Canadian Space Agency', 'CSA'], fr: ['Agence spatiale canadienne', 'ASC']},
  {en: ['House of Commons'], fr: ['Chambre des communes']},
  {en: ['Supreme Court of Canada'], fr: ['Cour suprême du Canada']},
  {en: ['Senate of Canada'], fr: ['Sénat du Canada']},
  {en: ['Parliament'], fr: ['Parlement']},
]

const patterns: Array<{kind: string; pattern: RegExp; key: (match: string) => string}> = [
  // Bilingual sites translate their host names and paths (open.canada.ca / ouvert.canada.ca, /en-us/ / /fr-fr/):
  // a web address is keyed by the last two labels of its host.
  {kind: 'web address', pattern: /\b(?:https?:\/\/|www\.)[^\s<>()"«»]+[^\s<>()"«».,;:!?]/giu, key: (url) => `url ${siteOf(url)}`},
  {kind: 'e-mail address', pattern: /\b(?<=(?:^|[^\w.+-])[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu, key: (email) => `email ${email.toLowerCase()}`},
  {
    kind: 'phone number',
    pattern: /(?<!\d)(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/gu,
    key: (phone) => `phone ${phone.replace(/\D/g, '').slice(-10)}`,
  },
  // File, reference and bill numbers: 2021-0457-TBS, A-2023-00342, RDIMS #4123567, C-46, SOR/2021-123.
  {
    kind: 'reference number',
    // Letters before or after the digits tell a reference from a year range or a phone number. A run of numbers
    // with no letters after it is matched all the same as `skip` and left out: every number of the run fails the same
    // way, and the run is read once, not once for each of its numbers (`\b\d{2,}(?:[-/]\d+)+-[A-Z]{2,6}\b` is quadratic).
    pattern: /\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}(?:[-/]\d+)+(?:-[A-Z]{2,6}\b|(?<skip>))|\b[A-Z]{1,6}\s?#\d{4,}\b/gu,
    // SOR / DORS and RDIMS / SGDDI are the same references in each language: they meet by their numbers.
    key: (reference) =>
      `reference ${reference
        .replace(/^(?:SOR|DORS)\//, 'SOR/')
        .replace(/^[A-Z]{1,6}\s?#/, '#')
        .replace(/\s/g, '')}`,
  },
  // Section references, by number: s. 163.1 = section 163.1 = article 163.1 = l'art. 163.1.
  {
    kind: 'section reference',
    pattern: /\b(?:ss?\.|sections?|subsections?|art\.|articles?|paragraphs?|paragraphes?|para\.|par\.|alinéas?)\s*\d+(?:\.\d+)*(?:\(\d+\))*(?:\([a-z]\))?/giu,
    key: (reference) => `section ${/\d[\d.()a-z]*/u.exec(reference)?.[0] ?? reference}`,
  },
  {
    kind: 'postal code',
    pattern: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00A0]?\d[ABCEGHJ-NPRSTV-Z]\d\b/gu,
    key: (code) => `postal ${code.replace(/\s/g, '')}`,
  },
]

/**
 * Runs of letters and digits, as `wholeWordIndex` bounds words: a name found as whole words has its first run among
 * the text's runs ("Côte d’Ivoire" starts with "Côte", "Canada's" holds "Canada").
 */
const namePattern = /[\p{L}\p{N}]+/gu

interface KnownName {
  name: string
  kind: string
  key: string
}

/**
 * The institutions' and countries' names of a language in the order they are looked for (institutions, then
 * countries longest first: the first found wins a place), indexed by first word: a sentence names few of 500.
 */
const knownNames = (() => {
  const index = (lang: Lang) => {
    const names: KnownName[] = [
      ...institutions.flatMap((institution, k) => institution[lang].map((name) => ({name, kind: 'institution', key: `institution ${k}`}))),
      ...countries[lang].map(([name, code]) => ({name, kind: 'country', key: `country ${code}`})),
    ]
    const byFirstWord = new Map<string, number[]>()
    names.forEach(({name}, order) => {
      const first = name.match(namePattern)?.[0] ?? name
      const orders = byFirstWord.get(first)
      if (orders === undefined) byFirstWord.set(first, [order])
      else orders.push(order)
    })
    return {names, byFirstWord}
  }
  return {en: index('en'), fr: index('fr')}
})()

/**
 * The names of a text that must have a counterpart on the other side: web and e-mail addresses, phone numbers,
 * postal codes, file and reference numbers, section references, countries (by region code, so that "the United
 * Kingdom" meets "le Royaume-Uni") and institutions of the Government of Canada (by the table above).
 */
export function findNames(text: string, lang: Lang): FoundName[] {
  const found: FoundName[] = []
  const free = (start: number, end: number) => !found.some((name) => start < name.end && name.start < end)
  const add = (kind: string, key: string, start: number, end: number) => {
    if (free(start, end)) found.push({kind, key, start, end})
  }
  for (const {kind, pattern, key} of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (match.groups?.['skip'] === undefined) add(kind, key(match[0]), match.index, match.index + match[0].length)
    }
  }
  const {names, byFirstWord} = knownNames[lang]
  const candidates = new Set<number>()
  for (const word of new Set(text.match(namePattern))) for (const order of byFirstWord.get(word) ?? []) candidates.add(order)
  for (const order of [...candidates].sort((a, b) => a - b)) {
    const {name, kind, key} = names[order] as KnownName
    const at = wholeWordIndex(text, name)
    if (at >= 0) add(kind, key, at, at + name.length)
  }
  return found.sort((a, b) => a.start - b.start)
}

function siteOf(url: string): string {
  const host =
    url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .split(/[/?#:]/)[0] ?? ''
  return host.split('.').slice(-2).join('.')
}
