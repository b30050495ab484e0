import type {Finding, Report, Severity} from '../../types.js'
import {escapeHtml} from './escape.js'
import {ruleLink} from './findings.js'

/** The layouts in words, as the text report says them. */
const layoutNames: Record<Report['layout'], string> = {
  'en-fr-halves': 'English half, then French half',
  'fr-en-halves': 'French half, then English half',
  interleaved: 'English and French interleaved',
  'side-by-side': 'English and French side by side',
  separate: 'English and French in separate files',
  monolingual: 'one language only',
  mixed: 'mixed, no clear layout',
  unknown: 'unknown (no English or French text found)',
}

const severities: readonly Severity[] = ['error', 'warning', 'info']

/** More parts than this are counted rather than listed (an XLIFF file is one run per unit). */
const maxListedParts = 8

/**
 * The summary the report opens on: sources, layout, parts with their lines, counts by severity and by rule, then
 * the filters and the finding-to-finding buttons (hidden until the script runs, since only it makes them work).
 */
export function summary(report: Report): string {
  const paths = report.sources.map((source) => source.path)
  const unpaired = report.pairs.filter((pair) => pair.en.length === 0 || pair.fr.length === 0).length
  const facts = [
    fact('Sources', report.sources.map((source) => `${escapeHtml(source.path)} <span class="muted">(${escapeHtml(source.format)})</span>`).join('<br>')),
    fact('Layout', `<code>${report.layout}</code> — ${layoutNames[report.layout]}`),
    fact('Parts', parts(report, paths)),
    fact('Blocks', `${report.blocks.length} in ${report.pairs.length} aligned pairs (${unpaired} with no counterpart)`),
    ...report.sources.flatMap((source) => (source.notices ?? []).map((notice) => fact('Note', escapeHtml(notice)))),
  ]
  return (
    `<nav class="summary" id="summary" aria-labelledby="summary-title">` +
    `<h2 id="summary-title">Summary</h2>` +
    `<dl class="facts">${facts.join('')}</dl>` +
    severityCounts(report) +
    ruleCounts(report.findings) +
    controls(report.findings) +
    `</nav>`
  )
}

function fact(term: string, value: string): string {
  return `<div><dt>${term}</dt><dd>${value}</dd></div>`
}

function parts(report: Report, paths: readonly string[]): string {
  if (report.parts.length === 0) return '<span class="muted">none found</span>'
  if (report.parts.length > maxListedParts) {
    const count = (lang: string) => report.parts.filter((part) => part.lang === lang).length
    return `${count('en')} English and ${count('fr')} French parts, in runs`
  }
  return report.parts
    .map((part) => {
      const {start, end} = part.position
      return `${part.lang === 'en' ? 'English' : 'French'}: ${escapeHtml(paths[part.source] ?? '')}:${start.line}–${end.line}`
    })
    .join('<br>')
}

function severityCounts(report: Report): string {
  const {errors, warnings, infos} = report.summary
  const counts: Record<Severity, number> = {error: errors, warning: warnings, info: infos}
  const cells = severities.map((severity) => `<tr><th scope="row"><span class="badge sev-${severity}">${severity}</span></th><td>${counts[severity]}</td></tr>`)
  return `<table class="counts"><caption>Findings by severity</caption><tbody>${cells.join('')}</tbody></table>`
}

/** Each rule with its findings counted by severity. */
function ruleCounts(findings: readonly Finding[]): string {
  const rules = byRule(findings)
  if (rules.length === 0) return '<p class="counts">No findings: the two versions say the same thing, as far as the rules see.</p>'
  const head = `<tr><th scope="col">rule</th>${severities.map((severity) => `<th scope="col">${severity}</th>`).join('')}</tr>`
  const rows = rules.map(
    ({finding, counts}) => `<tr><th scope="row">${ruleLink(finding)}</th>${severities.map((severity) => `<td>${counts[severity] || ''}</td>`).join('')}</tr>`,
  )
  return `<table class="counts"><caption>Findings by rule</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`
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

function controls(findings: readonly Finding[]): string {
  const severityBoxes = severities.map((severity) => checkbox('severity', severity, findings.filter((finding) => finding.severity === severity).length))
  const ruleBoxes = byRule(findings).map(({finding, counts}) => checkbox('rule', finding.rule, counts.error + counts.warning + counts.info))
  return (
    `<div class="controls" id="controls" hidden>` +
    `<h2 id="filters-title">Filters</h2>` +
    `<form class="filters" aria-labelledby="filters-title">` +
    `<fieldset><legend>Severity</legend>${severityBoxes.join('')}</fieldset>` +
    (ruleBoxes.length > 0 ? `<fieldset><legend>Rule</legend>${ruleBoxes.join('')}</fieldset>` : '') +
    `<fieldset><legend>Pairs</legend><label><input type="checkbox" name="only-findings"> only pairs with findings</label></fieldset>` +
    `</form>` +
    `<div class="stepper">` +
    `<button type="button" id="previous-finding" aria-keyshortcuts="k">Previous finding <kbd>k</kbd></button>` +
    `<button type="button" id="next-finding" aria-keyshortcuts="j">Next finding <kbd>j</kbd></button>` +
    `</div>` +
    `<p class="status" id="finding-status" role="status" aria-live="polite">${findings.length} findings shown</p>` +
    `</div>`
  )
}

function checkbox(name: string, value: string, count: number): string {
  return `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}" checked> ${escapeHtml(value)} <span class="muted">(${count})</span></label>`
}
