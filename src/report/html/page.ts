import type {Report} from '../../types.js'
import {escapeHtml} from './escape.js'
import {findingCard} from './findings.js'
import {placeFindings} from './places.js'
import {pairRow, type RowContext, unpairedBlocks} from './rows.js'
import {reportScript, scriptHash} from './script.js'
import {reportStyle} from './style.js'
import {summary} from './summary.js'

/**
 * Nothing may be loaded or sent: no connection, no image, font or frame; the one script by its hash, styles inline.
 * Links (to the rules' pages) remain plain navigation.
 */
const contentSecurityPolicy = `default-src 'none'; connect-src 'none'; img-src 'none'; font-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash}'; base-uri 'none'; form-action 'none'`

/** The whole report as one self-contained HTML page: see docs/html-report.md. */
export function reportPage(report: Report): string {
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
  }
  const title = `pareil report: ${paths.join(' + ')}`
  const rows = report.pairs.map((pair, index) => pairRow(pair, index, context))
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#pairs-title">Skip to the two versions</a>',
    '<header class="report-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>English and French versions compared by ${escapeHtml(`${report.tool.name} ${report.tool.version}`)}: ${findingCount(report)}</p>`,
    '</header>',
    summary(report),
    '<main id="main">',
    documentSection(documentFindings, context),
    '<h2 id="pairs-title" tabindex="-1">The two versions, pair by pair</h2>',
    '<div class="columns" aria-hidden="true"><span>pair</span><span>English</span><span>French</span><span>Findings</span></div>',
    ...rows,
    unpairedBlocks(report, context),
    '</main>',
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function findingCount(report: Report): string {
  const {errors, warnings, infos} = report.summary
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}.`
}

/** Findings of the document as a whole, or of text in no row: before the rows, where they are seen first. */
function documentSection(indices: readonly number[], context: RowContext): string {
  if (indices.length === 0) return ''
  const cards = indices.map((index) => {
    const finding = context.findings[index]
    return finding === undefined ? '' : findingCard(finding, index, context)
  })
  return `<section class="document-findings" aria-labelledby="document-findings-title"><h2 id="document-findings-title">Findings on the document as a whole</h2><ol class="finding-list">${cards.join('')}</ol></section>`
}
