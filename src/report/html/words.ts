import type {Locale} from '../../i18n/locale.js'
import {type ReportWords, reportWords} from '../../i18n/report-words.js'
import {frenchDecimal, noBreakSpace} from '../../i18n/typography.js'
import type {Lang} from '../../types.js'

/**
 * The HTML report's own words in one locale (Canadian French typography: no-break spaces before « : »). The finding
 * messages come from the rules, already in the locale `check` ran with; the layouts, severities, counts and
 * confidence are the text report's (`reportWords`).
 */
export interface HtmlWords {
  /** `<html lang>`. */
  lang: string
  /** The text report's words: severities, layouts, confidence, counts. */
  report: ReportWords
  /** A number with two decimals, the locale's way (0.80, 0,80). */
  decimal(value: number): string
  /** What follows a label before its value: `: ` or ` : ` with a no-break space. */
  colon: string
  title(paths: string): string
  skipLink: string
  compared(tool: string, counts: string): string
  summary: string
  facts: {sources: string; layout: string; parts: string; blocks: string; note: string}
  noParts: string
  partsInRuns(en: number, fr: number): string
  blocks(blocks: number, pairs: number, unpaired: number): string
  findingsBySeverity: string
  findingsByRule: string
  ruleColumn: string
  noFindings: string
  filters: string
  severityLegend: string
  ruleLegend: string
  pairsLegend: string
  onlyPairsWithFindings: string
  previousFinding: string
  nextFinding: string
  findingsShown(count: number): string
  /** The script's templates for the status line: `{shown}`, `{total}`, `{n}` are filled in by it. */
  statusShown: string
  statusCurrent: string
  documentFindings: string
  pairsTitle: string
  columns: {pair: string; findings: string}
  /** A column's name: `English`, `French` (a heading, a label). */
  side(lang: Lang): string
  pair(number: number): string
  scoreTitle: string
  /** The pair's numbers, named: alignment confidence, then equivalence. */
  scoreLabel: string
  equivalenceLabel: string
  equivalenceTitle: string
  findingsOfPair(number: number): string
  noCounterpart(lang: Lang): string
  missingHere(lang: Lang, finding: number): string
  navigation: string
  inNoPair: string
  blocksInNoPair: string
  noPlace: string
  missing: string
  also: string
  sameDivergence: string
  ruleDocs(docs: string): string
}

const englishCount = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
/** French takes the singular for 0 and 1. */
const frenchCount = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n < 2 ? singular : plural}`

const englishSides: Record<Lang, string> = {en: 'English', fr: 'French'}

const english: HtmlWords = {
  lang: 'en',
  report: reportWords('en'),
  decimal: (value) => value.toFixed(2),
  colon: ': ',
  title: (paths) => `pareil report: ${paths}`,
  skipLink: 'Skip to the two versions',
  compared: (tool, counts) => `English and French versions compared by ${tool}: ${counts}.`,
  summary: 'Summary',
  facts: {sources: 'Sources', layout: 'Layout', parts: 'Parts', blocks: 'Blocks', note: 'Note'},
  noParts: 'none found',
  partsInRuns: (en, fr) => `${en} English and ${fr} French parts, in runs`,
  blocks: (blocks, pairs, unpaired) => `${blocks} in ${pairs} aligned pairs (${unpaired} with no counterpart)`,
  findingsBySeverity: 'Findings by severity',
  findingsByRule: 'Findings by rule',
  ruleColumn: 'rule',
  noFindings: 'No findings: the two versions say the same thing, as far as the rules see.',
  filters: 'Filters',
  severityLegend: 'Severity',
  ruleLegend: 'Rule',
  pairsLegend: 'Pairs',
  onlyPairsWithFindings: 'only pairs with findings',
  previousFinding: 'Previous finding',
  nextFinding: 'Next finding',
  findingsShown: (count) => `${englishCount(count, 'finding')} shown`,
  statusShown: '{shown} of {total} findings shown',
  statusCurrent: 'Finding {n} of {total}: ',
  documentFindings: 'Findings on the document as a whole',
  pairsTitle: 'The two versions, pair by pair',
  columns: {pair: 'pair', findings: 'Findings'},
  side: (lang) => englishSides[lang],
  pair: (number) => `Pair ${number}`,
  scoreTitle: 'alignment confidence: how surely these blocks are counterparts, not whether they say the same thing',
  scoreLabel: 'alignment',
  equivalenceLabel: 'equivalence',
  equivalenceTitle: 'estimated probability that the two sides say the same thing',
  findingsOfPair: (number) => `findings of pair ${number}`,
  noCounterpart: (lang) => `no counterpart in the ${englishSides[lang]}`,
  missingHere: (lang, finding) => `${englishSides[lang]} missing here, finding ${finding}`,
  navigation: 'navigation, not compared',
  inNoPair: 'in no pair',
  blocksInNoPair: 'Blocks in no pair',
  noPlace: 'no place',
  missing: 'missing here',
  also: 'also',
  sameDivergence: 'the same divergence as other rules saw it',
  ruleDocs: (docs) => `the rule's documentation: ${docs}`,
}

const frenchSides: Record<Lang, string> = {en: 'Anglais', fr: 'Français'}
const frenchVersions: Record<Lang, string> = {en: 'la version anglaise', fr: 'la version française'}
const colon = `${noBreakSpace}: `

const french: HtmlWords = {
  lang: 'fr-CA',
  report: reportWords('fr'),
  decimal: (value) => frenchDecimal(value, 2),
  colon,
  title: (paths) => `Rapport de pareil${colon}${paths}`,
  skipLink: 'Aller aux deux versions',
  compared: (tool, counts) => `Versions anglaise et française comparées par ${tool}${colon}${counts}.`,
  summary: 'Sommaire',
  facts: {sources: 'Sources', layout: 'Disposition', parts: 'Parties', blocks: 'Blocs', note: 'Remarque'},
  noParts: 'aucune trouvée',
  partsInRuns: (en, fr) =>
    `${frenchCount(en, 'partie anglaise', 'parties anglaises')} et ${frenchCount(fr, 'partie française', 'parties françaises')}, en alternance`,
  blocks: (blocks, pairs, unpaired) =>
    `${frenchCount(blocks, 'bloc')} en ${frenchCount(pairs, 'paire alignée', 'paires alignées')} (${unpaired} sans équivalent)`,
  findingsBySeverity: 'Constats par gravité',
  findingsByRule: 'Constats par règle',
  ruleColumn: 'règle',
  noFindings: `Aucun constat${colon}les deux versions disent la même chose, pour autant que les règles puissent en juger.`,
  filters: 'Filtres',
  severityLegend: 'Gravité',
  ruleLegend: 'Règle',
  pairsLegend: 'Paires',
  onlyPairsWithFindings: 'seulement les paires avec constats',
  previousFinding: 'Constat précédent',
  nextFinding: 'Constat suivant',
  findingsShown: (count) => `${frenchCount(count, 'constat affiché', 'constats affichés')}`,
  statusShown: `Constats affichés${colon}{shown} sur {total}`,
  statusCurrent: `Constat {n} sur {total}${colon}`,
  documentFindings: 'Constats sur l’ensemble du document',
  pairsTitle: 'Les deux versions, paire par paire',
  columns: {pair: 'paire', findings: 'Constats'},
  side: (lang) => frenchSides[lang],
  pair: (number) => `Paire ${number}`,
  scoreTitle: 'confiance de l’alignement : à quel point ces blocs se correspondent, et non s’ils disent la même chose',
  scoreLabel: 'alignement',
  equivalenceLabel: 'équivalence',
  equivalenceTitle: 'probabilité estimée que les deux côtés disent la même chose',
  findingsOfPair: (number) => `constats de la paire ${number}`,
  noCounterpart: (lang) => `aucun équivalent dans ${frenchVersions[lang]}`,
  missingHere: (lang, finding) => `manque ici dans ${frenchVersions[lang]}, constat ${finding}`,
  navigation: 'navigation, non comparée',
  inNoPair: 'dans aucune paire',
  blocksInNoPair: 'Blocs hors paire',
  noPlace: 'aucun endroit',
  missing: 'manque ici',
  also: 'aussi',
  sameDivergence: 'la même divergence, vue par d’autres règles',
  ruleDocs: (docs) => `la documentation de la règle${colon}${docs}`,
}

/** The HTML report's words in a locale (default English). */
export function htmlWords(locale: Locale = 'en'): HtmlWords {
  return locale === 'fr' ? french : english
}
