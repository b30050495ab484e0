import type {Report} from '../../types.js'
import {escapeHtml} from './escape.js'
import {findingCard} from './findings.js'
import {pageOpening} from './head.js'
import {placeFindings} from './places.js'
import {pairRow, type RowContext, unpairedBlocks} from './rows.js'
import {reportScript, scriptHash} from './script.js'
import {reportStyle} from './style.js'
import {summary} from './summary.js'
import {type HtmlWords, htmlWords} from './words.js'
import type {Locale} from '../../i18n/locale.js'

/**
 * Nothing may be loaded or sent: no connection, no image, font or frame; the one script by its hash, styles inline.
 * Links (to the rules' pages) remain plain navigation.
 */
const contentSecurityPolicy = `default-src 'none'; connect-src 'none'; img-src 'none'; font-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash}'; base-uri 'none'; form-action 'none'`

/** The whole report as one self-contained HTML page: see docs/html-report.md. */
export function reportPage(report: Report, locale: Locale = 'en'): string {
  const words = htmlWords(locale)
  const paths = report.sources.map((source) => source.path)
  const places = placeFindings(report)
  const findingsOfPair = new Map<number, number[]>()
  const documentFindings: number[] = []
  report.findings.forEach((_, index) => {
    const pair = places.pairOf.get(index)
    if (pair === undefined) documentFindings.push(index)
    else findingsOfPair.set(pair, [...(findingsOfPair.get(pair) ?? []), index])
  })
  const context: RowContext = {
    paths,
    anchors: places.anchors,
    places,
    findings: report.findings,
    blocks: new Map(report.blocks.map((block) => [block.id, block])),
    findingsOfPair,
    words,
  }
  const title = words.title(paths.join(' + '))
  const rows = report.pairs.map((pair, index) => pairRow(pair, index, context))
  return [
    ...pageOpening({
      lang: words.lang,
      contentSecurityPolicy,
      generator: `${report.tool.name} ${report.tool.version}`,
      title,
      style: `:root { --side-en: "${words.side('en')}"; --side-fr: "${words.side('fr')}"; }${reportStyle}`,
    }),
    `<a class="skip-link" href="#pairs-title">${words.skipLink}</a>`,
    '<header class="report-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(words.compared(`${report.tool.name} ${report.tool.version}`, findingCount(report, words)))}</p>`,
    '</header>',
    summary(report, words),
    '<main id="main">',
    documentSection(documentFindings, context),
    `<h2 id="pairs-title" tabindex="-1">${words.pairsTitle}</h2>`,
    `<div class="columns" aria-hidden="true"><span>${words.columns.pair}</span><span>${words.side('en')}</span><span>${words.side('fr')}</span><span>${words.columns.findings}</span></div>`,
    ...rows,
    unpairedBlocks(report, context),
    '</main>',
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function findingCount(report: Report, words: HtmlWords): string {
  const {errors, warnings, infos} = report.summary
  return words.report.summary(errors, warnings, infos)
}

/** Findings of the document as a whole, or of text in no row: before the rows, where they are seen first. */
function documentSection(indices: readonly number[], context: RowContext): string {
  if (indices.length === 0) return ''
  const cards = indices.map((index) => {
    const finding = context.findings[index]
    return finding === undefined ? '' : findingCard(finding, index, context)
  })
  return `<section class="document-findings" aria-labelledby="document-findings-title"><h2 id="document-findings-title">${context.words.documentFindings}</h2><ol class="finding-list">${cards.join('')}</ol></section>`
}
