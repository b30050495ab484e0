import type {DraftChange, DraftComparison} from '../../compare/types.js'
import type {Locale} from '../../i18n/locale.js'
import {reportWords} from '../../i18n/report-words.js'
import type {Lang, Span} from '../../types.js'
import {escapeHtml} from './escape.js'
import {pageOpening} from './head.js'

/** Nothing may be loaded, sent or run: the page is text and inline styles only. */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/** How a place is shown in its cell: taken out, put in, or the text that stayed as it was. */
type Emphasis = 'del' | 'ins' | 'mark'

/** The page's own words. */
interface PageWords {
  lang: string
  title(old: string, now: string): string
  changesTitle: string
  none: string
  version: string
  oldDraft: string
  newDraft: string
  side(lang: Lang): string
  absent: string
  inserted: string
  caption(index: number): string
}

const english: PageWords = {
  lang: 'en',
  title: (old: string, now: string) => `Draft comparison: ${old} → ${now}`,
  changesTitle: 'Changes',
  none: 'No change in one version that the other did not follow.',
  version: 'Version',
  oldDraft: 'Old draft',
  newDraft: 'New draft',
  side: (lang: Lang) => (lang === 'en' ? 'English' : 'French'),
  absent: 'nothing here',
  inserted: 'inserted here',
  caption: (index: number) => `Places of change ${index}`,
}

const french: PageWords = {
  lang: 'fr-CA',
  title: (old, now) => `Comparaison d’ébauches\u00a0: ${old} → ${now}`,
  changesTitle: 'Changements',
  none: 'Aucun changement d’une version que l’autre n’a pas suivi.',
  version: 'Version',
  oldDraft: 'Ancienne ébauche',
  newDraft: 'Nouvelle ébauche',
  side: (lang) => (lang === 'en' ? 'Anglais' : 'Français'),
  absent: 'rien ici',
  inserted: 'ajouté ici',
  caption: (index) => `Emplacements du changement ${index}`,
}

const style = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 2rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5rem; }
.changes { padding-left: 1.5rem; }
.change { margin: 0 0 2rem; }
.message { margin: 0 0 .5rem; }
.severity { font-weight: bold; text-transform: uppercase; font-size: .8rem; padding: .1rem .4rem; border-radius: .2rem; color: #fff; }
.severity-error { background: #a4000f; } .severity-warning { background: #7a4d00; } .severity-info { background: #2b4c7e; }
.meta { color: #555; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .4rem .6rem; vertical-align: top; text-align: left; }
thead th:first-child, tbody th { width: 7rem; }
.place { display: block; color: #555; font-size: .8rem; }
del { background: #ffd7d5; color: #5c0000; }
ins { background: #d2f4d3; color: #00380b; text-decoration: none; }
mark { background: #fff1a8; color: inherit; }
.absent { color: #555; font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

/**
 * The comparison of two drafts as one self-contained page: each change with its four places, each in the sentence
 * around it, the words taken out struck through, those put in underlined in green, the other version's text that
 * stayed as it was highlighted. No script, nothing loaded.
 */
export function comparisonPage(report: DraftComparison, locale: Locale = 'en'): string {
  const words = locale === 'fr' ? french : english
  const reportText = reportWords(locale)
  const oldPaths = report.old.sources.map((source) => source.path)
  const newPaths = report.new.sources.map((source) => source.path)
  const title = words.title(oldPaths.join(' + '), newPaths.join(' + '))
  const {unchanged, edited, added, removed} = report.pairs
  const changes =
    report.changes.length === 0
      ? `<p>${escapeHtml(words.none)}</p>`
      : `<ol class="changes">${report.changes.map((change, index) => changeItem(change, index + 1, oldPaths, newPaths, words, reportText)).join('\n')}</ol>`
  return [
    ...pageOpening({lang: words.lang, contentSecurityPolicy, generator: `${report.tool.name} ${report.tool.version}`, title, style}),
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(reportText.summary(report.summary.errors, report.summary.warnings, report.summary.infos))}. ${escapeHtml(sentence(reportText.draftPairs(unchanged, edited, added, removed)))}</p>`,
    '</header>',
    '<main>',
    `<h2>${escapeHtml(words.changesTitle)}</h2>`,
    changes,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function changeItem(
  change: DraftChange,
  index: number,
  oldPaths: readonly string[],
  newPaths: readonly string[],
  words: PageWords,
  reportText: ReturnType<typeof reportWords>,
): string {
  // The version that changed shows what went out and what came in; the other, what stayed (both change when both did).
  const both = change.kind === 'edits-disagree'
  const emphasis = (lang: Lang, draft: 'old' | 'new'): Emphasis => (both || lang === change.lang ? (draft === 'old' ? 'del' : 'ins') : 'mark')
  const row = (lang: Lang) =>
    `<tr><th scope="row">${escapeHtml(words.side(lang))}</th>${cell(change.old[lang], change.context.old[lang], emphasis(lang, 'old'), oldPaths, words)}${cell(change.new[lang], change.context.new[lang], emphasis(lang, 'new'), newPaths, words)}</tr>`
  const severity = `<span class="severity severity-${change.severity}">${escapeHtml(reportText.severity(change.severity))}</span>`
  const meta = `<span class="meta">[${escapeHtml(change.kind)}, ${escapeHtml(reportText.confidence(change.confidence))}]</span>`
  return [
    `<li class="change" id="change-${index}">`,
    `<p class="message">${severity} ${escapeHtml(change.message)} ${meta}</p>`,
    '<table>',
    `<caption class="visually-hidden">${escapeHtml(words.caption(index))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(words.version)}</th><th scope="col">${escapeHtml(words.oldDraft)}</th><th scope="col">${escapeHtml(words.newDraft)}</th></tr></thead>`,
    `<tbody>${row('en')}${row('fr')}</tbody>`,
    '</table>',
    '</li>',
  ].join('')
}

/** One place in the sentence around it, with its place in the file. */
function cell(place: Span | null, context: Span | null, emphasis: Emphasis, paths: readonly string[], words: PageWords): string {
  if (place === null) return `<td><span class="absent">${escapeHtml(words.absent)}</span></td>`
  const where = `${paths[place.source] ?? ''}:${place.position.start.line}:${place.position.start.column}`
  return `<td><span class="place">${escapeHtml(where)}</span>${highlighted(place, context ?? place, emphasis, words)}</td>`
}

/** The context's text with the place in it emphasized: found by its text nearest to where its offset puts it. */
function highlighted(place: Span, context: Span, emphasis: Emphasis, words: PageWords): string {
  const text = context.text
  const guess = Math.max(0, Math.min(text.length, place.position.start.offset - context.position.start.offset))
  if (place.text === '') {
    const point = `<${emphasis === 'mark' ? 'mark' : 'ins'} class="point" title="${escapeHtml(words.inserted)}">‸</${emphasis === 'mark' ? 'mark' : 'ins'}>`
    return `${escapeHtml(text.slice(0, guess))}${point}${escapeHtml(text.slice(guess))}`
  }
  let at = -1
  for (let found = text.indexOf(place.text); found >= 0; found = text.indexOf(place.text, found + 1)) {
    if (at < 0 || Math.abs(found - guess) < Math.abs(at - guess)) at = found
  }
  if (at < 0) return `<${emphasis}>${escapeHtml(place.text)}</${emphasis}>`
  return `${escapeHtml(text.slice(0, at))}<${emphasis}>${escapeHtml(place.text)}</${emphasis}>${escapeHtml(text.slice(at + place.text.length))}`
}

/** A phrase of the text report as a sentence of the page: a capital, a full stop. */
function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`
}
