// Precision per rule on a judged sample (bench/data/judged-findings.tsv): findings pareil raised at warning or above
// on the documents of ../shared/corpus/ and the seed letter, drawn by rule and severity, each judged REAL,
// ACCEPTABLE or WRONG by a translation reviewer (../shared/notes/judging-findings.md). The checker runs again and
// each current finding at warning or above is looked up in the sample (same document, rule and start lines): precision
// is REAL over judged. Real findings must stay: a judged REAL finding counts as kept when some finding at warning or
// above still points at one of its places. Findings not in the sample are counted, to re-judge when they are new.
import {readFileSync} from 'node:fs'
import {checkFiles} from '../dist/node.js'
import {corpusDocuments, haveCorpus} from './corpus-documents.js'

if (!haveCorpus) {
  console.log('skipped: ../shared/corpus is not here')
  process.exit(0)
}
const [header, ...rows] = readFileSync(new URL('data/judged-findings.tsv', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
const columns = header.split('\t')
const judged = rows.map((line) => Object.fromEntries(line.split('\t').map((value, k) => [columns[k], value])))
const line = (place) => (place === '-' ? '-' : place.split(':')[0])
// A finding is found again by its document, rule and the start (line:column) of each of its places.
const start = (place) => place.split('-')[0]
const key = (document, rule, en, fr) => `${document}\t${rule}\t${start(en)}\t${start(fr)}`
const verdicts = new Map(judged.map((row) => [key(row.document, row.rule, row.en, row.fr), row]))
const place = (span) => (span === null ? '-' : `${span.position.start.line}:${span.position.start.column}`)

const perRule = new Map()
const tally = (rule) => {
  if (!perRule.has(rule)) perRule.set(rule, {raised: 0, REAL: 0, ACCEPTABLE: 0, WRONG: 0, unjudged: 0})
  return perRule.get(rule)
}
const perSeverity = {error: {REAL: 0, ACCEPTABLE: 0, WRONG: 0}, warning: {REAL: 0, ACCEPTABLE: 0, WRONG: 0}}
const raisedPlaces = new Set()
const unjudged = []
for (const {name, paths} of corpusDocuments()) {
  let report
  try {
    report = checkFiles(paths, {maxBytes: 50e6})
  } catch {
    continue
  }
  for (const finding of report.findings) {
    if (finding.severity === 'info') continue
    const en = place(finding.en)
    const fr = place(finding.fr)
    if (en !== '-') raisedPlaces.add(`${name}\ten\t${line(en)}`)
    if (fr !== '-') raisedPlaces.add(`${name}\tfr\t${line(fr)}`)
    const counts = tally(finding.rule)
    counts.raised++
    const row = verdicts.get(key(name, finding.rule, en, fr))
    if (row === undefined) {
      counts.unjudged++
      unjudged.push(`${name} ${finding.rule} en ${en} fr ${fr}: ${finding.message.slice(0, 90)}`)
    } else {
      counts[row.verdict]++
      perSeverity[finding.severity][row.verdict]++
    }
  }
}
const percent = (part, whole) => (whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4))
console.log(`judged sample: ${judged.length} findings`)
console.log('rule                  raised  judged  REAL  ACCEPTABLE  WRONG  precision')
let estimateReal = 0
let estimateAll = 0
const total = {REAL: 0, ACCEPTABLE: 0, WRONG: 0}
for (const [rule, counts] of [...perRule].sort((a, b) => b[1].raised - a[1].raised)) {
  const judgedNow = counts.REAL + counts.ACCEPTABLE + counts.WRONG
  for (const verdict of ['REAL', 'ACCEPTABLE', 'WRONG']) total[verdict] += counts[verdict]
  if (judgedNow > 0) {
    estimateReal += (counts.raised * counts.REAL) / judgedNow
    estimateAll += counts.raised
  }
  console.log(
    `${rule.padEnd(21)} ${String(counts.raised).padStart(6)}  ${String(judgedNow).padStart(6)}  ${String(counts.REAL).padStart(4)}  ${String(counts.ACCEPTABLE).padStart(10)}  ${String(counts.WRONG).padStart(5)}  ${percent(counts.REAL, judgedNow)}`,
  )
}
const judgedNow = total.REAL + total.ACCEPTABLE + total.WRONG
console.log(`precision of the judged findings still raised: ${percent(total.REAL, judgedNow)} (${total.REAL}/${judgedNow})`)
console.log(`precision estimated over all findings raised (each rule weighted by how often it fires): ${percent(estimateReal, estimateAll)}`)
for (const [severity, counts] of Object.entries(perSeverity)) {
  const all = counts.REAL + counts.ACCEPTABLE + counts.WRONG
  console.log(`  at ${severity}: ${percent(counts.REAL, all).trim()} (${counts.REAL}/${all}; ${severity === 'error' ? 'aim 80%' : 'aim 50%'})`)
}
const real = judged.filter((row) => row.verdict === 'REAL')
const kept = real.filter((row) =>
  [
    ['en', row.en],
    ['fr', row.fr],
  ].some(([side, at]) => at !== '-' && raisedPlaces.has(`${row.document}\t${side}\t${line(at)}`)),
)
console.log(`REAL findings still raised at warning or above: ${kept.length}/${real.length} (${percent(kept.length, real.length).trim()})`)
for (const row of real.filter((row) => !kept.includes(row)))
  console.log(`  lost: ${row.document} ${row.rule} en ${row.en} fr ${row.fr}: ${row.message.slice(0, 80)}`)
console.log(`findings raised that the sample does not hold: ${unjudged.length} (sampled strata leave most unjudged; judge the new ones after a big change)`)
if (process.env.PAREIL_BENCH_UNJUDGED) for (const line of unjudged) console.log(`  unjudged: ${line}`)
