import type {Finding, Lang, RelatedFinding} from '../../types.js'
import {escapeHtml} from './escape.js'
import {spanPlace} from './places-text.js'
import type {HtmlWords} from './words.js'

/** What a finding card needs besides the finding: its number, the source paths and which places have an anchor. */
export interface CardContext {
  paths: readonly string[]
  anchors: ReadonlySet<string>
  /** The page's words, in its locale. */
  words: HtmlWords
}

/** `f3`: the id of the finding at `index` in the report, its card's id; its marks are `f3-en` and `f3-fr`. */
export function findingId(index: number): string {
  return `f${index + 1}`
}

/** The attributes that tie a card or a mark to its finding, for the filters and the keyboard. */
export function findingData(finding: Finding, index: number): string {
  return `data-finding="${findingId(index)}" data-severity="${finding.severity}" data-rule="${escapeHtml(finding.rule)}"`
}

/**
 * A finding as a card beside its pair: severity, rule (linked to its page), confidence, message, and a link to each
 * of its two places with the place's file, line and column; other rules' findings of the same divergence under it.
 */
export function findingCard(finding: Finding, index: number, context: CardContext): string {
  const id = findingId(index)
  const places = (['en', 'fr'] as const).map((side) => placeItem(finding, side, id, context)).join('')
  return (
    `<li class="finding-card sev-${finding.severity}" id="${id}" tabindex="-1" ${findingData(finding, index)}>` +
    `<p class="finding-head">${badge(finding, context.words)} ${ruleLink(finding, context.words)} <span class="confidence">${escapeHtml(context.words.report.confidence(finding.confidence))}</span>` +
    ` <span class="finding-number">#${index + 1}</span></p>` +
    `<p class="message">${escapeHtml(finding.message)}</p>` +
    `<ul class="places">${places}</ul>` +
    related(finding.related ?? [], context.words) +
    `</li>`
  )
}

function placeItem(finding: Finding, side: Lang, id: string, context: CardContext): string {
  const {words} = context
  const label = `${words.side(side)}${words.colon}`
  const span = finding[side]
  if (span === null) return `<li>${label}<span class="muted">${words.noPlace}</span></li>`
  const where = escapeHtml(spanPlace(span, context.paths))
  const what = span.text === '' ? ` <span class="muted">(${words.missing})</span>` : ''
  const anchor = `${id}-${side}`
  // A span the report could not find in a block's text still gets its place, quoted, without a link.
  const target = context.anchors.has(anchor)
    ? `<a href="#${anchor}">${where}</a>${what}`
    : `${where}${what}${span.text === '' ? '' : ` <q lang="${side}">${escapeHtml(span.text)}</q>`}`
  return `<li>${label}${target}</li>`
}

function badge(finding: Pick<Finding, 'severity'>, words: HtmlWords): string {
  return `<span class="badge sev-${finding.severity}">${words.report.severity(finding.severity)}</span>`
}

/** The rule's name linked to its page: a URL a third-party rule gives, or pareil's path relative to the package root. */
export function ruleLink(finding: Pick<Finding, 'rule' | 'docs'>, words: HtmlWords): string {
  const name = `<code>${escapeHtml(finding.rule)}</code>`
  const docs = finding.docs
  // Only web addresses and plain relative paths become links: a `javascript:` URL from a rule must stay text.
  if (docs === undefined || !/^(?:https?:\/\/[^\s"<>]+|[\w.-]+(?:\/[\w.-]+)*)$/.test(docs)) return `<span class="rule">${name}</span>`
  return `<a class="rule" href="${escapeHtml(docs)}" title="${escapeHtml(words.ruleDocs(docs))}">${name}</a>`
}

function related(findings: readonly RelatedFinding[], words: HtmlWords): string {
  if (findings.length === 0) return ''
  const items = findings.map(
    (finding) => `<li>${words.also} ${badge(finding, words)} ${ruleLink(finding, words)}${words.colon}${escapeHtml(finding.message)}</li>`,
  )
  return `<ul class="related" aria-label="${words.sameDivergence}">${items.join('')}</ul>`
}
