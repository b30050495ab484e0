import type {Finding, Report, Severity} from '../../types.js'
import {escapeHtml} from './escape.js'
import {ruleLink} from './findings.js'
import type {HtmlWords} from './words.js'

const severities: readonly Severity[] = ['error', 'warning', 'info']

/** More parts than this are counted rather than listed (an XLIFF file is one run per unit). */
const maxListedParts = 8

/**
 * The summary the report opens on: sources, layout, parts with their lines, counts by severity and by rule, then
 * the filters and the finding-to-finding buttons (hidden until the script runs, since only it makes them work).
 */
export function summary(report: Report, words: HtmlWords): string {
  const paths = report.sources.map((source) => source.path)
  const unpaired = report.pairs.filter((pair) => pair.en.length === 0 || pair.fr.length === 0).length
  const facts = [
    fact(
      words.facts.sources,
      report.sources.map((source) => `${escapeHtml(source.path)} <span class="muted">(${escapeHtml(source.format)})</span>`).join('<br>'),
    ),
    fact(words.facts.layout, `<code>${report.layout}</code> — ${words.report.layout(report.layout)}`),
    fact(words.facts.parts, parts(report, paths, words)),
    fact(words.facts.blocks, words.blocks(report.blocks.length, report.pairs.length, unpaired)),
    ...report.sources.flatMap((source) => (source.notices ?? []).map((notice) => fact(words.facts.note, escapeHtml(notice)))),
  ]
  return (
    `<nav class="summary" id="summary" aria-labelledby="summary-title">` +
    `<h2 id="summary-title">${words.summary}</h2>` +
    `<dl class="facts">${facts.join('')}</dl>` +
    severityCounts(report, words) +
    ruleCounts(report.findings, words) +
    controls(report.findings, words) +
    `</nav>`
  )
}

function fact(term: string, value: string): string {
  return `<div><dt>${term}</dt><dd>${value}</dd></div>`
}

function parts(report: Report, paths: readonly string[], words: HtmlWords): string {
  if (report.parts.length === 0) return `<span class="muted">${words.noParts}</span>`
  if (report.parts.length > maxListedParts) {
    const count = (lang: string) => report.parts.filter((part) => part.lang === lang).length
    return words.partsInRuns(count('en'), count('fr'))
  }
  return report.parts
    .map((part) => {
      const {start, end} = part.position
      return `${words.side(part.lang === 'en' ? 'en' : 'fr')}${words.colon}${escapeHtml(paths[part.source] ?? '')}:${start.line}–${end.line}`
    })
    .join('<br>')
}

function severityCounts(report: Report, words: HtmlWords): string {
  const {errors, warnings, infos} = report.summary
  const counts: Record<Severity, number> = {error: errors, warning: warnings, info: infos}
  const cells = severities.map(
    (severity) => `<tr><th scope="row"><span class="badge sev-${severity}">${words.report.severity(severity)}</span></th><td>${counts[severity]}</td></tr>`,
  )
  return `<table class="counts"><caption>${words.findingsBySeverity}</caption><tbody>${cells.join('')}</tbody></table>`
}

/** Each rule with its findings counted by severity. */
function ruleCounts(findings: readonly Finding[], words: HtmlWords): string {
  const rules = byRule(findings)
  if (rules.length === 0) return `<p class="counts">${words.noFindings}</p>`
  const head = `<tr><th scope="col">${words.ruleColumn}</th>${severities.map((severity) => `<th scope="col">${words.report.severity(severity)}</th>`).join('')}</tr>`
  const rows = rules.map(
    ({finding, counts}) =>
      `<tr><th scope="row">${ruleLink(finding, words)}</th>${severities.map((severity) => `<td>${counts[severity] || ''}</td>`).join('')}</tr>`,
  )
  return `<table class="counts"><caption>${words.findingsByRule}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`
}

interface RuleCount {
  /** The first finding of the rule: its id and docs page. */
  finding: Finding
  counts: Record<Severity, number>
}

function byRule(findings: readonly Finding[]): RuleCount[] {
  const rules = new Map<string, RuleCount>()
  for (const finding of findings) {
    const entry = rules.get(finding.rule) ?? {finding, counts: {error: 0, warning: 0, info: 0}}
    entry.counts[finding.severity]++
    rules.set(finding.rule, entry)
  }
  return [...rules.values()].sort((a, b) => a.finding.rule.localeCompare(b.finding.rule))
}

function controls(findings: readonly Finding[], words: HtmlWords): string {
  const severityBoxes = severities.map((severity) =>
    checkbox('severity', severity, findings.filter((finding) => finding.severity === severity).length, words.report.severity(severity)),
  )
  const ruleBoxes = byRule(findings).map(({finding, counts}) => checkbox('rule', finding.rule, counts.error + counts.warning + counts.info))
  return (
    `<div class="controls" id="controls" hidden>` +
    `<h2 id="filters-title">${words.filters}</h2>` +
    `<form class="filters" aria-labelledby="filters-title">` +
    `<fieldset><legend>${words.severityLegend}</legend>${severityBoxes.join('')}</fieldset>` +
    (ruleBoxes.length > 0 ? `<fieldset><legend>${words.ruleLegend}</legend>${ruleBoxes.join('')}</fieldset>` : '') +
    `<fieldset><legend>${words.pairsLegend}</legend><label><input type="checkbox" name="only-findings"> ${words.onlyPairsWithFindings}</label></fieldset>` +
    `</form>` +
    `<div class="stepper">` +
    `<button type="button" id="previous-finding" aria-keyshortcuts="k">${words.previousFinding} <kbd>k</kbd></button>` +
    `<button type="button" id="next-finding" aria-keyshortcuts="j">${words.nextFinding} <kbd>j</kbd></button>` +
    `</div>` +
    `<p class="status" id="finding-status" role="status" aria-live="polite" data-shown="${escapeHtml(words.statusShown)}" data-current="${escapeHtml(words.statusCurrent)}">${words.findingsShown(findings.length)}</p>` +
    `</div>`
  )
}

function checkbox(name: string, value: string, count: number, label = value): string {
  return `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}" checked> ${escapeHtml(label)} <span class="muted">(${count})</span></label>`
}
