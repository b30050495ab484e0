// Recall of injected divergences on real documents: the corpus documents of ../shared/corpus/ with one divergence
// put into the French at a time, the way a reviewer would meet it: a sentence dropped, a sentence added, a number
// changed. A divergence is found when `pareil check` raises a new finding at warning or above at its place (a finding
// whose rule and message the unperturbed document does not have). Beside it, the alarms of the unperturbed documents.
// Sentences are drawn the same way every run (every few paired sentences of prose), so runs compare.
// PAREIL_BENCH_MISSES=1 lists the divergences not found.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {checkFiles} from '../dist/node.js'
import {corpusDocuments, haveCorpus} from './corpus-documents.js'

if (!haveCorpus) {
  console.log('skipped: ../shared/corpus is not here')
  process.exit(0)
}

/** Sentences a drafter might add: plain content, not a lead-in, each about something the documents do not say. */
const additions = [
  'Les demandes reçues après la date limite seront examinées au cas par cas par un comité régional.',
  'Un rapport annuel sur ces travaux sera déposé au Parlement au printemps prochain.',
  'Les frais de déplacement des participants ne sont pas remboursés pendant la période des fêtes.',
  'Toute modification doit être approuvée par écrit par le gestionnaire responsable avant sa mise en œuvre.',
]
/** How many sentences of each document are perturbed, at most, and how far apart they are drawn. */
const perDocument = 4
const words = (text) => text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length

const directory = mkdtempSync(join(tmpdir(), 'pareil-injected-'))
const key = (finding) => `${finding.rule}\t${finding.message}`
const raised = (finding) => finding.severity !== 'info'
const tally = {drop: {tried: 0, found: 0}, add: {tried: 0, found: 0}, number: {tried: 0, found: 0}}
let documents = 0
let alarms = 0

for (const {paths} of corpusDocuments()) {
  let report
  try {
    report = checkFiles(paths, {maxBytes: 50e6})
  } catch {
    continue
  }
  documents++
  alarms += report.findings.filter(raised).length
  const baseline = new Set(report.findings.map(key))
  // One English sentence against one French sentence of prose, both of some length, from pairs of one block a side.
  const beads = report.pairs
    .filter((pair) => pair.en.length === 1 && pair.fr.length === 1)
    .flatMap((pair) => pair.sentences)
    .filter((bead) => bead.en.length === 1 && bead.fr.length === 1 && words(bead.en[0].text) >= 6 && words(bead.fr[0].text) >= 6)
    .filter((bead) => !/[`<>{}|$]/.test(bead.fr[0].text))
  const step = Math.max(1, Math.floor(beads.length / perDocument))
  const chosen = beads.filter((_, k) => k % step === 0).slice(0, perDocument)
  chosen.forEach((bead, k) => {
    const en = bead.en[0]
    const fr = bead.fr[0]
    const path = paths[fr.source]
    const original = readFileSync(path, 'utf8')
    const [from, to] = [fr.position.start.offset, fr.position.end.offset]
    if (original.slice(from, to) !== fr.text) return
    const copy = join(directory, basename(path))
    const run = (text) => {
      writeFileSync(copy, text)
      const inputs = paths.map((other, index) => (index === fr.source ? copy : other))
      try {
        return checkFiles(inputs, {maxBytes: 50e6}).findings.filter((finding) => raised(finding) && !baseline.has(key(finding)))
      } catch {
        return []
      }
    }
    const overlaps = (span, text) => span !== null && span.text !== '' && (text.includes(span.text) || span.text.includes(text))
    // A sentence dropped from the French: found at the English sentence.
    tally.drop.tried++
    if (run(original.slice(0, from) + original.slice(to)).some((finding) => overlaps(finding.en, en.text))) tally.drop.found++
    else if (process.env.PAREIL_BENCH_MISSES) console.log(`missed drop: ${basename(path)}: ${en.text.slice(0, 80)}`)
    // A sentence added after it: found at the added sentence.
    const added = additions[k % additions.length]
    tally.add.tried++
    if (run(`${original.slice(0, to)} ${added}${original.slice(to)}`).some((finding) => overlaps(finding.fr, added))) tally.add.found++
    else if (process.env.PAREIL_BENCH_MISSES) console.log(`missed addition: ${basename(path)}: after ${fr.text.slice(0, 80)}`)
    // A number changed (a number standing as a word, not part of a name such as "ISIS-1" or "v2"): found at it.
    const number = /(?<=^|[\s(])\d{1,4}(?=[\s,.;:)%]|$)/.exec(fr.text)
    if (number !== null) {
      const changed = String(Number(number[0]) + 3)
      const at = from + number.index
      tally.number.tried++
      const findings = run(original.slice(0, at) + changed + original.slice(at + number[0].length))
      if (findings.some((finding) => finding.fr?.text.includes(changed) || finding.en?.text.includes(number[0]))) tally.number.found++
    }
  })
}
rmSync(directory, {recursive: true, force: true})

const ratio = ({tried, found}) => `${found}/${tried} = ${(tried === 0 ? 0 : found / tried).toFixed(3)}`
console.log(`injected into the French of ${documents} corpus documents, found at warning or above at their place:`)
console.log(`  sentence dropped: ${ratio(tally.drop)}`)
console.log(`  sentence added:   ${ratio(tally.add)}`)
console.log(`  number changed:   ${ratio(tally.number)}`)
const all = Object.values(tally).reduce((sum, {tried, found}) => ({tried: sum.tried + tried, found: sum.found + found}), {tried: 0, found: 0})
console.log(`  all:              ${ratio(all)}`)
console.log(`alarms (warning or above) on the unperturbed documents: ${alarms} on ${documents}, ${(alarms / documents).toFixed(2)} per document`)
