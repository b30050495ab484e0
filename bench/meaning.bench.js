// Meaning flips where every word still has a counterpart, and the equivalence estimate that should see them.
//   (a) Recall: one sentence at a time of the corpus documents (../shared/corpus, and the seed letter) is turned into
//       a wrong translation by bench/perturb.js (a negation put in or taken out, obligation made permission, a word
//       made its opposite), in the French or in the English; `pareil check` catches it when a new finding (no finding
//       of its rule and message lay on that sentence before the edit) at warning or above lies on the perturbed sentence.
//   (b) False alarms: the share of the unperturbed documents' sentence pairs that negation-mismatch,
//       modality-mismatch or opposite-meaning flag at warning or above, and the first of those findings to judge.
//   (c) Equivalence: ROC AUC of `compareSentences(en, fr).equivalence` (and of word coverage, the baseline) between
//       translations (one-to-one gold beads of the novels of ../shared/align-gold, the pairs the aligner makes of the
//       documents) and non-translations (a gold sentence against a nearby one, the perturbed pairs of (a), French
//       cut by its last third); then how well calibrated the estimate is.
//   (d) Findings: the same AUC for the document pairs of (c), scored by the highest confidence of a finding at warning
//       or above on the pair.
// Sentences are drawn the same way every run, so runs compare. PAREIL_BENCH_MISSES=1 lists the flips not caught.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import * as pareil from '../dist/index.js'
import {checkFiles} from '../dist/node.js'
import {corpusDocuments, haveCorpus} from './corpus-documents.js'
import {bookLines, goldBooks, haveGold} from './gold-novels.js'
import {perturbSentence} from './perturb.js'
import {rocAuc} from './roc.js'

const started = performance.now()
const meaningRules = ['negation-mismatch', 'modality-mismatch', 'opposite-meaning']
/** The perturbations tried: each kind in the French, and the two whose English side is worth its own line. */
const experiments = [
  {kind: 'negation-insert', side: 'fr'},
  {kind: 'negation-remove', side: 'fr'},
  {kind: 'modal-flip', side: 'fr'},
  {kind: 'opposite-swap', side: 'fr'},
  {kind: 'negation-insert', side: 'en'},
  {kind: 'modal-flip', side: 'en'},
]
/** How many sentences of one document are perturbed per experiment, at most, and how many per experiment in all. */
const perDocument = 3
const perExperiment = 40
/** How many one-to-one gold beads (c) samples. */
const goldSample = 1500

const words = (text) => text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length
const raised = (finding) => finding.severity !== 'info'
const oneLine = (text) => text.replace(/\s+/g, ' ').trim()
const ratio = (part, whole) => `${part}/${whole} = ${(whole === 0 ? 0 : part / whole).toFixed(3)}`
const check = (paths) => {
  try {
    return checkFiles(paths, {maxBytes: 50e6})
  } catch {
    return null
  }
}
const builtRules = new Set(pareil.rules.map((rule) => rule.meta.id))
const missingRules = meaningRules.filter((rule) => !builtRules.has(rule))

// ——— Spans and sentence pairs ———

/** Whether a span (of a finding or a sentence) overlaps [start, end) of source `source`. */
const overlaps = (span, {source, start, end}) => span != null && span.source === source && span.position.start.offset < end && span.position.end.offset > start
/** A side of a sentence pair as a range of its source ({source, start, end}); null for an empty side. */
function rangeOf(spans) {
  if (spans.length === 0) return null
  return {source: spans[0].source, start: spans[0].position.start.offset, end: spans.at(-1).position.end.offset}
}
const onPair = (finding, ranges) => ranges.some((range) => range !== null && (overlaps(finding.en, range) || overlaps(finding.fr, range)))
const sideText = (spans) => spans.map((span) => span.text).join(' ')
const sentencePairs = (report) => report.pairs.flatMap((pair) => pair.sentences).filter((bead) => bead.en.length > 0 && bead.fr.length > 0)

/** One English sentence against one French sentence of prose, from pairs of one block a side: the ones perturbed. */
function perturbableBeads(report) {
  return report.pairs
    .filter((pair) => pair.en.length === 1 && pair.fr.length === 1)
    .flatMap((pair) => pair.sentences)
    .filter((bead) => bead.en.length === 1 && bead.fr.length === 1 && words(bead.en[0].text) >= 6 && words(bead.fr[0].text) >= 6)
    .filter((bead) => !/[`<>{}|$]/.test(bead.en[0].text + bead.fr[0].text))
}

// ——— (a) Recall of perturbations ———

const sources = new Map()
const readSource = (path) => {
  if (!sources.has(path)) sources.set(path, readFileSync(path, 'utf8'))
  return sources.get(path)
}

/** `count` elements spread evenly over the list (all of them when there are fewer). */
const spread = (list, count) => (list.length <= count ? list : Array.from({length: count}, (_, k) => list[Math.floor((k * list.length) / count)]))

/** The perturbations of one experiment over the documents: at most `perDocument` a document, `perExperiment` in all. */
function drawPerturbations(documents, {kind, side}) {
  let eligible = 0
  let applicable = 0
  const drawn = []
  for (const document of documents) {
    const ofDocument = []
    for (const bead of perturbableBeads(document.report)) {
      const span = bead[side][0]
      const path = document.paths[span.source]
      const [start, end] = [span.position.start.offset, span.position.end.offset]
      if (readSource(path).slice(start, end) !== span.text) continue
      eligible++
      const perturbed = perturbSentence(span.text, side, kind)
      if (perturbed !== null) ofDocument.push({document, bead, side, kind, path, source: span.source, start, end, perturbed})
    }
    applicable += ofDocument.length
    drawn.push(...spread(ofDocument, perDocument))
  }
  return {eligible, applicable, items: spread(drawn, perExperiment)}
}

/** Runs `pareil check` on the document with one sentence perturbed; what it finds, and where the pair now lies. */
function runPerturbation(item, directory) {
  const {document, bead, side, path, source, start, end, perturbed} = item
  const original = readSource(path)
  const copy = join(directory, basename(path))
  writeFileSync(copy, original.slice(0, start) + perturbed.text + original.slice(end))
  const report = check(document.paths.map((other, index) => (index === source ? copy : other)))
  const shift = perturbed.text.length - (end - start)
  const edited = {source, start, end: start + perturbed.text.length}
  const otherSide = side === 'fr' ? 'en' : 'fr'
  const other = rangeOf(bead[otherSide])
  // The other sentence moves with the edit when it comes after it in the same file (French first, then English).
  const moved = other.source === source && other.start >= end ? {...other, start: other.start + shift, end: other.end + shift} : other
  return {findings: report?.findings ?? [], side, edited, ranges: side === 'fr' ? [moved, edited] : [edited, moved]}
}

/**
 * The new findings (at warning or above, or at any severity) whose span on the perturbed side lies on the perturbed
 * sentence. New: no finding of the same rule and message lay on that sentence before the edit. (Over the whole
 * document, a message the unperturbed document happens to have elsewhere would hide the finding: "the English is
 * negative (“not”) where the French is not" twice in one file.)
 */
function caught(run, item, {atWarning}) {
  const before = {source: item.source, start: item.start, end: item.end}
  const key = (finding) => `${finding.rule}\t${finding.message}`
  const known = new Set(item.document.report.findings.filter((finding) => overlaps(finding[run.side], before)).map(key))
  return run.findings.filter((finding) => !known.has(key(finding)) && (!atWarning || raised(finding)) && overlaps(finding[run.side], run.edited))
}

function recall(documents, directory) {
  const perturbedPairs = []
  console.log('(a) meaning flips put into one sentence at a time, caught by a new finding on that sentence')
  if (missingRules.length > 0) console.log(`    not in this build of dist/ yet (they catch nothing here): ${missingRules.join(', ')}`)
  console.log('    experiment                applies to   tried   caught at warning+     by a meaning rule*     caught at any severity')
  for (const experiment of experiments) {
    const {eligible, applicable, items} = drawPerturbations(documents, experiment)
    const [atWarningRules, infoRules] = [new Map(), new Map()]
    let [atWarning, byMeaningRule, atAny] = [0, 0, 0]
    for (const item of items) {
      const run = runPerturbation(item, directory)
      const warnings = caught(run, item, {atWarning: true})
      const any = caught(run, item, {atWarning: false})
      if (warnings.length > 0) atWarning++
      if (warnings.some((finding) => [...meaningRules, 'meaning-shift'].includes(finding.rule))) byMeaningRule++
      if (any.length > 0) atAny++
      count(atWarningRules, warnings)
      if (warnings.length === 0) count(infoRules, any)
      if (warnings.length === 0 && process.env.PAREIL_BENCH_MISSES) {
        console.log(
          `    missed ${experiment.kind} (${experiment.side}): ${item.document.name}: ${item.perturbed.note}: ${oneLine(item.perturbed.text).slice(0, 160)}`,
        )
      }
      perturbedPairs.push({...item, run})
    }
    const name = `${experiment.kind} (${experiment.side === 'fr' ? 'French' : 'English'})`.padEnd(26)
    const shares = [ratio(atWarning, items.length), ratio(byMeaningRule, items.length), ratio(atAny, items.length)].map((cell) => cell.padEnd(23))
    console.log(`    ${name}${`${applicable}/${eligible}`.padEnd(13)}${String(items.length).padEnd(8)}${shares.join('')}`)
    console.log(`      caught by: ${listRules(atWarningRules)}${infoRules.size > 0 ? `; only at info: ${listRules(infoRules)}` : ''}`)
  }
  console.log(`    * ${[...meaningRules, 'meaning-shift'].join(', ')}; (rule) = the same divergence seen by another rule too`)
  console.log(`    applies to: of the eligible sentences (paired prose of 6+ words); tried: ${perDocument} a document at most, ${perExperiment} in all`)
  return perturbedPairs
}

/** Counts the perturbations each rule caught (a rule once per perturbation), with the rules of `related` in parentheses. */
function count(tally, findings) {
  for (const rule of new Set(findings.flatMap((finding) => [finding.rule, ...(finding.related ?? []).map((related) => `(${related.rule})`)]))) {
    tally.set(rule, (tally.get(rule) ?? 0) + 1)
  }
}
const listRules = (tally) =>
  [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ') || 'nothing'

// ——— (b) False alarms ———

function falseAlarms(documents) {
  console.log('\n(b) alarms of the meaning rules on the unperturbed documents (share of their sentence pairs flagged at warning+)')
  if (missingRules.length === meaningRules.length) {
    console.log(`    skipped: ${meaningRules.join(', ')} are not in this build of dist/`)
    return
  }
  let pairs = 0
  const flagged = new Map(meaningRules.map((rule) => [rule, 0]))
  const listed = []
  for (const {name, report} of documents) {
    const beads = sentencePairs(report)
    pairs += beads.length
    const alarms = report.findings.filter((finding) => meaningRules.includes(finding.rule) && raised(finding))
    for (const rule of meaningRules) {
      const ofRule = alarms.filter((finding) => finding.rule === rule)
      flagged.set(rule, flagged.get(rule) + beads.filter((bead) => ofRule.some((finding) => onPair(finding, [rangeOf(bead.en), rangeOf(bead.fr)]))).length)
    }
    for (const finding of alarms) {
      if (listed.length >= 15) break
      const bead = beads.find((candidate) => onPair(finding, [rangeOf(candidate.en), rangeOf(candidate.fr)]))
      const [en, fr] = bead === undefined ? [finding.en?.text ?? '', finding.fr?.text ?? ''] : [sideText(bead.en), sideText(bead.fr)]
      listed.push({name, finding, en, fr})
    }
  }
  for (const rule of meaningRules) {
    console.log(`    ${rule.padEnd(20)} ${builtRules.has(rule) ? ratio(flagged.get(rule), pairs) : 'not in this build'}`)
  }
  if (listed.length > 0) console.log(`    the first ${listed.length} of these findings:`)
  for (const {name, finding, en, fr} of listed) {
    console.log(`    - ${name}: ${finding.rule} (${finding.severity}, ${finding.confidence.toFixed(2)}): ${oneLine(finding.message)}`)
    console.log(`        EN ${oneLine(en).slice(0, 200)}`)
    console.log(`        FR ${oneLine(fr).slice(0, 200)}`)
  }
}

// ——— (c) Equivalence ———

/** The upstream tokenization undone, enough for a tokenizer: "bank , and" → "bank, and", "l' esprit" → "l'esprit". */
function detokenize(text, lang) {
  const joined = text.replace(/\s+([,.)\]])/g, '$1').replace(/([([])\s+/g, '$1')
  return lang === 'en'
    ? joined.replace(/\s+([;:!?])/g, '$1').replace(/\s+(['’](?:s|re|ve|ll|d|m|t)\b|n['’]t\b)/g, '$1')
    : joined.replace(/(\p{L}['’])\s+/gu, '$1')
}

/** Gold pairs: a sample of one-to-one beads, each with a nearby French sentence (1 to 5 beads away) as a mismatch. */
function goldPairs() {
  const books = goldBooks()
  const lines = bookLines
  const oneToOne = []
  for (const book of books) {
    const [en, fr] = [lines(book, 'en'), lines(book, 'fr')]
    const beads = lines(book, 'enfr').map((line) => line.split(':').map((side) => JSON.parse(side)))
    beads.forEach(([e, f], k) => {
      if (e.length === 1 && f.length === 1) oneToOne.push({book, en, fr, beads, k, e: e[0], f: f[0]})
    })
  }
  return spread(oneToOne, goldSample).map(({en, fr, beads, k, e, f}, n) => {
    // The French of a bead 1 to 5 away (after, or before near the end of the book), with a French side.
    const distance = 1 + (n % 5)
    let other = k + distance < beads.length ? k + distance : k - distance
    while (beads[other]?.[1].length === 0 && other > 0) other--
    const nearby = beads[other][1].map((line) => fr[line]).join(' ')
    return {en: detokenize(en[e], 'en'), fr: detokenize(fr[f], 'fr'), nearby: detokenize(nearby, 'fr')}
  })
}

/** The French without its last third of words (for sentences of 12 words or more): a translation cut short. */
function truncated(fr) {
  const tokens = fr.split(/\s+/)
  if (words(fr) < 12) return null
  const kept = tokens.slice(0, Math.ceil((tokens.length * 2) / 3)).join(' ')
  return /[.!?]$/.test(fr) ? `${kept.replace(/[\s,;:]+$/, '')}.` : kept
}

/** `compareSentences`, or, until dist/ has it, word coverage alone by the same word alignment (no equivalence). */
function sentenceScorer() {
  if (typeof pareil.compareSentences === 'function') return {scorer: (en, fr) => pareil.compareSentences(en, fr), complete: true}
  const lexicon = pareil.bundledLexicon()
  const scorer = (en, fr) => ({
    equivalence: undefined,
    coverage: pareil.coverage(pareil.linkWords(pareil.tokenize(en, 'en'), pareil.tokenize(fr, 'fr'), {lexicon})),
  })
  return {scorer, complete: false}
}

/**
 * Labelled pairs: {en, fr, positive, type, origin, ranges?, findings?} (ranges and findings for pairs from documents).
 * `origin` is 'gold' (novels) or 'documents': each kind of non-translation is set against the translations of its
 * own origin, so that the AUC measures the flip and not the difference between a novel and a README.
 */
function labelledPairs(documents, perturbed) {
  const labelled = []
  if (haveGold) {
    for (const pair of goldPairs()) {
      labelled.push({en: pair.en, fr: pair.fr, positive: true, type: 'gold translation', origin: 'gold'})
      labelled.push({en: pair.en, fr: pair.nearby, positive: false, type: 'nearby sentence (gold)', origin: 'gold'})
      const cut = truncated(pair.fr)
      if (cut !== null) labelled.push({en: pair.en, fr: cut, positive: false, type: 'French cut by a third (gold)', origin: 'gold'})
    }
  }
  const judged = documents.some(({report}) => sentencePairs(report).some((bead) => typeof bead.equivalence === 'number'))
  for (const {report} of documents) {
    for (const bead of sentencePairs(report)) {
      if (judged && typeof bead.equivalence !== 'number') continue
      const [en, fr] = [sideText(bead.en), sideText(bead.fr)]
      if (/[`<>{}|$]/.test(en + fr) || words(en) < 3 || words(fr) < 3) continue
      const ranges = [rangeOf(bead.en), rangeOf(bead.fr)]
      labelled.push({en, fr, positive: true, type: 'document pair', origin: 'documents', ranges, findings: report.findings})
      const cut = truncated(fr)
      if (cut !== null) labelled.push({en, fr: cut, positive: false, type: 'French cut by a third (documents)', origin: 'documents'})
    }
  }
  for (const {bead, side, kind, perturbed: changed, run} of perturbed) {
    const [en, fr] = side === 'fr' ? [bead.en[0].text, changed.text] : [changed.text, bead.fr[0].text]
    labelled.push({en, fr, positive: false, type: `perturbed: ${kind} (${side})`, origin: 'documents', ranges: run.ranges, findings: run.findings})
  }
  return {labelled, judged}
}

const scores = {
  equivalence: (pair) => pair.comparison.equivalence,
  'min coverage': (pair) => Math.min(pair.comparison.coverage.en, pair.comparison.coverage.fr),
  'mean coverage': (pair) => (pair.comparison.coverage.en + pair.comparison.coverage.fr) / 2,
}
const formatAuc = (value) => (Number.isNaN(value) ? '  n/a' : value.toFixed(3))

function equivalence(labelled, judged) {
  console.log('\n(c) equivalence: ROC AUC, translations against non-translations')
  const {scorer, complete} = sentenceScorer()
  if (!complete) console.log('    compareSentences is not in this build of dist/: equivalence n/a; coverage by the word alignment of dist/ alone')
  if (!haveGold) console.log('    gold pairs skipped: ../shared/align-gold is not here')
  if (!judged && labelled.some((pair) => pair.type === 'document pair'))
    console.log('    no sentence pair of the reports has `equivalence` yet: every paired sentence of the documents counts as a translation')
  for (const pair of labelled) pair.comparison = scorer(pair.en, pair.fr)
  const positives = labelled.filter((pair) => pair.positive)
  const types = [...new Set(labelled.filter((pair) => !pair.positive).map((pair) => pair.type))]
  const counts = [...new Set(positives.map((pair) => pair.type))].map((type) => `${positives.filter((pair) => pair.type === type).length} ${type}s`)
  console.log(`    translations: ${positives.length} (${counts.join(', ')})`)
  if (complete) {
    const mean = (list) => (list.reduce((sum, pair) => sum + pair.comparison.equivalence, 0) / list.length).toFixed(3)
    const byType = [...new Set(labelled.map((pair) => pair.type))].map((type) => `${type} ${mean(labelled.filter((pair) => pair.type === type))}`)
    console.log(`    mean equivalence: ${byType.join('; ')}`)
  }
  const names = Object.keys(scores).filter((name) => complete || name !== 'equivalence')
  console.log(`    ${'non-translations'.padEnd(36)}${'n'.padStart(6)}  ${names.map((name) => name.padStart(14)).join('')}`)
  const row = (label, against, negatives) => {
    const cells = names.map((name) => formatAuc(rocAuc(against.map(scores[name]), negatives.map(scores[name]))).padStart(14))
    console.log(`    ${label.padEnd(36)}${String(negatives.length).padStart(6)}  ${cells.join('')}`)
  }
  row(
    'all, against all translations',
    positives,
    labelled.filter((pair) => !pair.positive),
  )
  for (const type of types) {
    const negatives = labelled.filter((pair) => !pair.positive && pair.type === type)
    row(
      type,
      positives.filter((pair) => pair.origin === negatives[0].origin),
      negatives,
    )
  }
  console.log('    (each kind against the translations of its origin: gold against gold, documents against document pairs)')
  if (complete) reliability(labelled)
}

/** The calibration curve: the pairs by tenth of equivalence, and the share of translations among them, by origin. */
function reliability(labelled) {
  const origins = [
    ['all', labelled],
    ['gold', labelled.filter((pair) => pair.origin === 'gold')],
    ['documents', labelled.filter((pair) => pair.origin === 'documents')],
  ]
  const share = (list) => list.filter((pair) => pair.positive).length / list.length
  const balance = origins.map(([origin, list]) => `${origin} ${(share(list) * 100).toFixed(1)}%`).join(', ')
  console.log(`    reliability: share of translations by tenth of equivalence (translations among the pairs: ${balance})`)
  console.log(`      equivalence  ${origins.map(([origin]) => `${origin.padStart(9)}: pairs  share`).join('   ')}`)
  for (let tenth = 0; tenth < 10; tenth++) {
    const inTenth = (pair) => Math.min(9, Math.floor(pair.comparison.equivalence * 10)) === tenth
    const cells = origins.map(([, list]) => {
      const inBin = list.filter(inTenth)
      return `${String(inBin.length).padStart(17)}  ${inBin.length === 0 ? '    -' : share(inBin).toFixed(3)}`
    })
    console.log(`      [${(tenth / 10).toFixed(1)}, ${((tenth + 1) / 10).toFixed(1)}${tenth === 9 ? ']' : ')'}  ${cells.join('   ')}`)
  }
}

// ——— (d) Findings as a score ———

function findingsAuc(labelled) {
  console.log('\n(d) findings as a score: the highest confidence of a finding at warning+ on the pair (0 if none)')
  const fromDocuments = labelled.filter((pair) => pair.findings !== undefined)
  const score = (pair) =>
    Math.max(0, ...pair.findings.filter((finding) => raised(finding) && onPair(finding, pair.ranges)).map((finding) => finding.confidence))
  const positives = fromDocuments.filter((pair) => pair.positive).map(score)
  const flagged = (list) => `${list.filter((value) => value > 0).length}/${list.length} flagged`
  console.log(`    translations (document pairs): ${flagged(positives)}`)
  const types = [...new Set(fromDocuments.filter((pair) => !pair.positive).map((pair) => pair.type))]
  for (const type of ['all', ...types]) {
    const negatives = fromDocuments.filter((pair) => !pair.positive && (type === 'all' || pair.type === type)).map(score)
    // The score should be high for the perturbed pairs: the AUC of separating them from the translations.
    console.log(`    ${type.padEnd(34)} AUC ${formatAuc(rocAuc(negatives, positives))}   ${flagged(negatives)}`)
  }
}

// ——— Run ———

if (!haveCorpus) console.log('(a), (b), (d) skipped: ../shared/corpus is not here')
const documents = []
for (const {name, paths} of haveCorpus ? corpusDocuments() : []) {
  const report = check(paths)
  if (report !== null) documents.push({name, paths, report})
}
let perturbed = []
if (haveCorpus) {
  const directory = mkdtempSync(join(tmpdir(), 'pareil-meaning-'))
  try {
    console.log(`${documents.length} documents\n`)
    perturbed = recall(documents, directory)
    falseAlarms(documents)
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
if (haveGold || haveCorpus) {
  const {labelled, judged} = labelledPairs(documents, perturbed)
  equivalence(labelled, judged)
  if (haveCorpus) findingsAuc(labelled)
} else console.log('(c) skipped: ../shared/align-gold and ../shared/corpus are not here')
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
