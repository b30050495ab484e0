import type {Category, Lang, Layout, Severity} from '../types.js'
import type {Locale} from './locale.js'
import {frenchDecimal, guillemets, noBreakSpace} from './typography.js'

/** The words of the reports for people (`--format text`, `pareil rules`), in one locale. */
export interface ReportWords {
  layout(layout: Layout): string
  /** The label of a header line (`layout`, `note`), with its colon. */
  label(name: 'layout' | 'note'): string
  part(lang: Lang, where: string): string
  partsInRuns(en: number, fr: number): string
  blocksAndPairs(blocks: number, pairs: number): string
  /** How the new draft's paragraph pairs stand against the old one's (`pareil compare`). */
  draftPairs(unchanged: number, edited: number, added: number, removed: number): string
  documentGroup: string
  /** A pair's heading: its blocks, its alignment confidence and, when known, its equivalence. */
  pairGroup(ids: string, score: number, equivalence?: number): string
  severity(severity: Severity): string
  /** What follows the severity of a finding's line before its message. */
  afterSeverity: string
  confidence(value: number): string
  also(severity: Severity, rule: string, message: string): string
  quote(text: string): string
  summary(errors: number, warnings: number, infos: number): string
  category(category: Category): string
}

const englishLayouts: Record<Layout, string> = {
  'en-fr-halves': 'English half, then French half',
  'fr-en-halves': 'French half, then English half',
  interleaved: 'English and French interleaved',
  'side-by-side': 'English and French side by side',
  separate: 'English and French in separate files',
  monolingual: 'one language only',
  mixed: 'mixed, no clear layout',
  unknown: 'unknown (no English or French text found)',
}

const frenchLayouts: Record<Layout, string> = {
  'en-fr-halves': 'moitié anglaise, puis moitié française',
  'fr-en-halves': 'moitié française, puis moitié anglaise',
  interleaved: 'anglais et français en alternance',
  'side-by-side': 'anglais et français côte à côte',
  separate: 'anglais et français dans des fichiers distincts',
  monolingual: 'une seule langue',
  mixed: 'mixte, sans disposition claire',
  unknown: 'inconnue (aucun texte anglais ou français trouvé)',
}

const englishCount = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
/** French takes the singular for 0 and 1 (« 0 erreur », « 1 erreur », « 2 erreurs »). */
const frenchCount = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n < 2 ? singular : plural}`

const english: ReportWords = {
  layout: (layout) => englishLayouts[layout],
  label: (name) => `${name}:`,
  part: (lang, where) => `${lang === 'en' ? 'English' : 'French'} part: ${where}`,
  partsInRuns: (en, fr) => `${en} English parts and ${fr} French parts, in runs (the JSON report lists them)`,
  blocksAndPairs: (blocks, pairs) => `${englishCount(blocks, 'block')}, ${englishCount(pairs, 'aligned pair')}`,
  draftPairs: (unchanged, edited, added, removed) =>
    `paragraph pairs: ${unchanged} unchanged, ${edited} edited, ${added} added; ${englishCount(removed, 'paragraph')} removed`,
  documentGroup: 'document',
  pairGroup: (ids, score, equivalence) =>
    `pair ${ids} (alignment ${score.toFixed(2)}${equivalence === undefined ? '' : `, equivalence ${equivalence.toFixed(2)}`})`,
  severity: (severity) => severity,
  afterSeverity: ': ',
  confidence: (value) => `confidence ${value.toFixed(2)}`,
  also: (severity, rule, message) => `also ${severity} [${rule}]: ${message}`,
  quote: (text) => `"${text}"`,
  summary: (errors, warnings, infos) => `${englishCount(errors, 'error')}, ${englishCount(warnings, 'warning')}, ${englishCount(infos, 'info')}`,
  category: (category) => category,
}

const frenchSeverities: Record<Severity, string> = {error: 'erreur', warning: 'avertissement', info: 'info'}

const frenchCategories: Record<Category, string> = {
  omission: 'omission',
  addition: 'ajout',
  meaning: 'sens',
  number: 'nombre',
  date: 'date',
  name: 'nom',
  term: 'terme',
  format: 'mise en forme',
  untranslated: 'non traduit',
  structure: 'structure',
  typography: 'typographie',
  draft: 'brouillon',
}

const french: ReportWords = {
  layout: (layout) => frenchLayouts[layout],
  label: (name) => `${name === 'layout' ? 'disposition' : 'remarque'}${noBreakSpace}:`,
  part: (lang, where) => `partie ${lang === 'en' ? 'anglaise' : 'française'}${noBreakSpace}: ${where}`,
  partsInRuns: (en, fr) =>
    `${frenchCount(en, 'partie anglaise', 'parties anglaises')} et ${frenchCount(fr, 'partie française', 'parties françaises')}, en alternance (le rapport JSON les énumère)`,
  blocksAndPairs: (blocks, pairs) => `${frenchCount(blocks, 'bloc')}, ${frenchCount(pairs, 'paire alignée', 'paires alignées')}`,
  draftPairs: (unchanged, edited, added, removed) =>
    `paires de paragraphes${noBreakSpace}: ${frenchCount(unchanged, 'inchangée')}, ${frenchCount(edited, 'modifiée')}, ${frenchCount(added, 'ajoutée')}; ${frenchCount(removed, 'paragraphe retiré', 'paragraphes retirés')}`,
  documentGroup: 'document',
  pairGroup: (ids, score, equivalence) =>
    `paire ${ids} (alignement ${frenchDecimal(score, 2)}${equivalence === undefined ? '' : `, équivalence ${frenchDecimal(equivalence, 2)}`})`,
  severity: (severity) => frenchSeverities[severity],
  afterSeverity: `${noBreakSpace}: `,
  confidence: (value) => `confiance ${frenchDecimal(value, 2)}`,
  also: (severity, rule, message) => `aussi ${frenchSeverities[severity]} [${rule}]${noBreakSpace}: ${message}`,
  quote: (text) => guillemets(text),
  summary: (errors, warnings, infos) => `${frenchCount(errors, 'erreur')}, ${frenchCount(warnings, 'avertissement')}, ${frenchCount(infos, 'info')}`,
  category: (category) => frenchCategories[category] ?? category,
}

/** The report words of a locale. */
export function reportWords(locale: Locale = 'en'): ReportWords {
  return locale === 'fr' ? french : english
}
