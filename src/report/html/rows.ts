import type {BlockPair, Finding, Lang, Report, ReportBlock} from '../../types.js'
import {escapeHtml} from './escape.js'
import {type CardContext, findingCard, findingData, findingId} from './findings.js'
import {type Wrap, wrapRanges} from './nest.js'
import type {FindingPlaces, Highlight} from './places.js'
import {blockPlace} from './places-text.js'

/** What the rows of a report need: its blocks by id, the findings' places and the cards' context. */
export interface RowContext extends CardContext {
  blocks: ReadonlyMap<string, ReportBlock>
  findings: readonly Finding[]
  places: FindingPlaces
  /** Pair index → indices of the findings its row shows, in report order. */
  findingsOfPair: ReadonlyMap<number, readonly number[]>
}

/**
 * One aligned pair as a row: its number, the English blocks, the French blocks (a side with no block is an empty
 * cell saying so) and the cards of its findings beside them.
 */
export function pairRow(pair: BlockPair, index: number, context: RowContext): string {
  const {words} = context
  const findings = context.findingsOfPair.get(index) ?? []
  const classes = ['pair', findings.length > 0 ? 'has-findings' : '', pair.en.length === 0 || pair.fr.length === 0 ? 'unpaired' : '']
  const notes = findings.map((finding) => findingCard(context.findings[finding] as Finding, finding, context)).join('')
  return (
    // A div, not a labelled section: 2,000 rows must not become 2,000 landmarks; each has its heading.
    `<div class="${classes.filter(Boolean).join(' ')}" id="pair-${index + 1}">` +
    `<h3 class="pair-title" id="pair-${index + 1}-title">${words.pair(index + 1)}` +
    `<span class="score"><span title="${words.scoreTitle}">${words.scoreLabel} ${words.decimal(pair.score)}</span>` +
    (pair.equivalence === undefined ? '' : `, <span title="${words.equivalenceTitle}">${words.equivalenceLabel} ${words.decimal(pair.equivalence)}</span>`) +
    `</span></h3>` +
    side('en', pair.en, context) +
    side('fr', pair.fr, context) +
    `<div class="notes">${notes === '' ? '' : `<ol class="finding-list" aria-label="${words.findingsOfPair(index + 1)}">${notes}</ol>`}</div>` +
    `</div>`
  )
}

function side(lang: Lang, ids: readonly string[], context: RowContext): string {
  const blocks = ids.map((id) => context.blocks.get(id)).filter((block) => block !== undefined)
  if (blocks.length === 0) return `<div class="side side-${lang} empty"><p class="no-counterpart">${context.words.noCounterpart(lang)}</p></div>`
  return `<div class="side side-${lang}" lang="${lang}">${blocks.map((block) => blockHtml(block, lang, context)).join('')}</div>`
}

/** A block: its source lines, then its text with its findings' places highlighted and its emphasis kept. */
export function blockHtml(block: ReportBlock, column: Lang, context: RowContext): string {
  // A French block in the English column (a bilingual letterhead) is read in French.
  const lang = (block.lang === 'en' || block.lang === 'fr') && block.lang !== column ? ` lang="${block.lang}"` : ''
  const wraps = [...inlineWraps(block), ...(context.places.highlights.get(block.id) ?? []).map((highlight) => markWrap(highlight, context))]
  return (
    `<div class="block kind-${block.kind}" id="block-${escapeHtml(block.id)}">` +
    `<p class="lines">${escapeHtml(blockPlace(block, context.paths))}</p>` +
    `<p class="text"${lang}>${wrapRanges(block.text, wraps)}</p>` +
    `</div>`
  )
}

function markWrap(highlight: Highlight, context: RowContext): Wrap {
  const {words} = context
  const finding = context.findings[highlight.finding] as Finding
  const id = findingId(highlight.finding)
  const attributes = `class="finding-mark sev-${finding.severity}${highlight.start === highlight.end ? ' caret' : ''}" data-side="${highlight.side}" ${findingData(finding, highlight.finding)}`
  const title = escapeHtml(`${words.report.severity(finding.severity)} [${finding.rule}]${words.colon}${finding.message}`)
  if (highlight.start === highlight.end) {
    // Something is missing here: a caret, with words for screen readers.
    const missing = `<span class="visually-hidden">(${words.missingHere(highlight.side, highlight.finding + 1)})</span>`
    return {
      start: highlight.start,
      end: highlight.end,
      open: () => `<mark id="${id}-${highlight.side}" ${attributes} title="${title}">${missing}</mark>`,
      close: '',
    }
  }
  return {
    start: highlight.start,
    end: highlight.end,
    open: (first) => `<mark${first ? ` id="${id}-${highlight.side}"` : ''} ${attributes} title="${title}">`,
    close: '</mark>',
  }
}

const inlineTags: Partial<Record<string, string>> = {emphasis: 'em', strong: 'strong', 'inline-code': 'code'}

/** Emphasis, bold and code as the document has them; links are shown as text, their targets not followed. */
function inlineWraps(block: ReportBlock): Wrap[] {
  const wraps: Wrap[] = []
  for (const mark of block.marks) {
    const tag = inlineTags[mark.kind]
    if (tag !== undefined) wraps.push({start: mark.start, end: mark.end, open: () => `<${tag}>`, close: `</${tag}>`})
    else if (mark.kind === 'link') wraps.push({start: mark.start, end: mark.end, open: () => '<span class="link">', close: '</span>'})
  }
  return wraps
}

/** Blocks no pair holds (language switch links, notices): shown at the end, each against an empty cell. */
export function unpairedBlocks(report: Report, context: RowContext): string {
  const paired = new Set(report.pairs.flatMap((pair) => [...pair.en, ...pair.fr]))
  const rest = report.blocks.filter((block) => !paired.has(block.id))
  if (rest.length === 0) return ''
  const rows = rest.map((block) => {
    const column: Lang = block.lang === 'fr' ? 'fr' : 'en'
    const cell = `<div class="side side-${column}" lang="${column}">${blockHtml(block, column, context)}</div>`
    const empty = `<div class="side empty"><p class="no-counterpart">${block.role === 'navigation' ? context.words.navigation : context.words.inNoPair}</p></div>`
    return `<div class="pair unpaired"><p class="pair-title">${escapeHtml(block.id)}</p>${column === 'en' ? cell + empty : empty + cell}<div class="notes"></div></div>`
  })
  return `<section class="rest" aria-labelledby="rest-title"><h2 id="rest-title">${context.words.blocksInNoPair}</h2>${rows.join('')}</section>`
}
