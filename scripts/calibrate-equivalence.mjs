// Fits the equivalence model (src/check/equivalence-model.ts) on labelled sentence pairs, with the built code:
// run `npm run build` first, then this, then build again. Needs ../shared/corpus (and ../shared/align-gold for the
// novels' pairs, when asked for).
//
// Positives: the one-to-one sentence pairs pareil aligns in the even-ranked documents of ../shared/corpus (most are
// translations; bench/meaning.bench.js measures the model on all the documents, so half of its document figures are
// in sample, and on the gold novels, which are out of sample). Negatives, made from the same pairs: the English with
// the French of a pair a few further on (same text, same style: hard), the French with its last third dropped, and
// the French perturbed by bench/perturb.js (a negation inserted or removed, a modal flipped, a word swapped for its
// opposite). PAREIL_NOVEL_PAIRS=N adds N one-to-one beads of the gold novels (even-numbered ones) and their negatives.
// The model is a logistic regression over `equivalenceFeatureNames`, with the classes weighed equally, a little L2,
// and each weight kept to the sign its feature must have (see `signs`).
import {existsSync, writeFileSync} from 'node:fs'

if (!existsSync(new URL('../../shared/corpus/', import.meta.url))) {
  console.error('calibrate-equivalence: ../shared/corpus is not here')
  process.exit(1)
}
const {compareSentences} = await import('../dist/index.js')
const {perturbSentence, KINDS} = await import('../bench/perturb.js')
const {bookLines, goldBooks} = await import('../bench/gold-novels.js')
const {rocAuc} = await import('../bench/roc.js')

/** One-to-one gold beads of every book, in order: [{en, fr, book, index}]. */
function goldPairs() {
  const pairs = []
  for (const book of goldBooks()) {
    const lines = (ext) => bookLines(book, ext)
    const en = lines('en')
    const fr = lines('fr')
    lines('enfr').forEach((line, index) => {
      const [e, f] = line.split(':').map((side) => JSON.parse(side))
      if (e.length === 1 && f.length === 1) pairs.push({en: en[e[0]], fr: fr[f[0]], book, index})
    })
  }
  return pairs
}

/** Labelled pairs from the beads of one parity: {en, fr, label, kind}. */
function labelledPairs(parity, limit) {
  const all = goldPairs()
  const chosen = all.filter((pair) => pair.index % 2 === parity && pair.en.split(/\s+/).length >= 4)
  const step = Math.max(1, Math.floor(chosen.length / limit))
  const sample = chosen.filter((_, k) => k % step === 0).slice(0, limit)
  const labelled = []
  sample.forEach((pair, k) => {
    labelled.push({en: pair.en, fr: pair.fr, label: 1, kind: 'gold'})
    const nearby = all[all.indexOf(pair) + 1 + (k % 5)]
    if (k % 2 === 0 && nearby !== undefined && nearby.book === pair.book) labelled.push({en: pair.en, fr: nearby.fr, label: 0, kind: 'nearby'})
    const words = pair.fr.split(/\s+/)
    if (k % 2 === 1 && words.length >= 12)
      labelled.push({en: pair.en, fr: words.slice(0, Math.ceil((words.length * 2) / 3)).join(' '), label: 0, kind: 'truncated'})
    for (const kind of KINDS) {
      const perturbed = perturbSentence(pair.fr, 'fr', kind)
      if (perturbed !== null) labelled.push({en: pair.en, fr: perturbed.text, label: 0, kind})
    }
  })
  return labelled
}

/**
 * The sign each weight must have, by feature: coverage can only raise equivalence, what is unmatched or apart can
 * only lower it. Without these, correlated features take weights of the wrong sign (more unmatched words raising
 * equivalence, because the coverage features already count them), and two unrelated long sentences score high.
 */
const signs = {
  coverageEn: 1,
  coverageFr: 1,
  coverageMin: 1,
  unmatchedEn: -1,
  unmatchedFr: -1,
  lengthDisagreement: -1,
  numbersApart: -1,
  negationMismatch: -1,
  modalityConflict: -1,
  opposites: -1,
  substitutions: -1,
  contentWords: 0,
  coverageByLength: 1,
}

/**
 * Labelled pairs from the corpus documents of one parity (by their rank in `corpusDocuments()`): the one-to-one
 * sentence pairs the checker aligned, taken as translations (most are), against the French of a pair one to three
 * further on, the French cut by a third and the French perturbed. Official text is what pareil checks; the novels'
 * translations are much freer, and a model fitted on them alone called two unrelated official sentences 0.5.
 */
function documentPairs(parity, checkFiles, corpusDocuments) {
  const labelled = []
  corpusDocuments().forEach(({paths}, rank) => {
    if (rank % 2 !== parity) return
    let report
    try {
      report = checkFiles(paths, {maxBytes: 50e6})
    } catch {
      return
    }
    const beads = report.pairs
      .flatMap((pair) => pair.sentences)
      .filter((bead) => bead.en.length === 1 && bead.fr.length === 1 && bead.en[0].text.split(/\s+/).length >= 4 && bead.coverage !== undefined)
    beads.forEach((bead, k) => {
      const en = bead.en[0].text
      const fr = bead.fr[0].text
      labelled.push({en, fr, label: 1, kind: 'document pair'})
      const nearby = beads[k + 1 + (k % 3)]
      if (k % 2 === 0 && nearby !== undefined) labelled.push({en, fr: nearby.fr[0].text, label: 0, kind: 'document nearby'})
      const words = fr.split(/\s+/)
      if (k % 2 === 1 && words.length >= 12)
        labelled.push({en, fr: words.slice(0, Math.ceil((words.length * 2) / 3)).join(' '), label: 0, kind: 'document truncated'})
      for (const kind of KINDS) {
        const perturbed = perturbSentence(fr, 'fr', kind)
        if (perturbed !== null) labelled.push({en, fr: perturbed.text, label: 0, kind: `document ${kind}`})
      }
    })
  })
  return labelled
}

/** Logistic regression by projected gradient descent (weights kept to their sign); the classes weighed equally. */
function fitLogistic(rows, labels, names, {iterations = 4000, rate = 0.5, l2 = 0.001} = {}) {
  const width = rows[0].length
  const weights = new Array(width).fill(0)
  let bias = 0
  const positives = labels.filter((y) => y === 1).length
  const classWeight = (y) => (y === 1 ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives)))
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array(width).fill(0)
    let gradientBias = 0
    rows.forEach((row, i) => {
      const z = bias + row.reduce((sum, x, j) => sum + x * weights[j], 0)
      const error = (1 / (1 + Math.exp(-z)) - labels[i]) * classWeight(labels[i])
      row.forEach((x, j) => {
        gradient[j] += error * x
      })
      gradientBias += error
    })
    weights.forEach((w, j) => {
      const next = w - rate * (gradient[j] / rows.length + l2 * w)
      const sign = signs[names[j]] ?? 0
      weights[j] = sign === 0 ? next : sign > 0 ? Math.max(0, next) : Math.min(0, next)
    })
    bias -= (rate * gradientBias) / rows.length
  }
  return {weights, bias}
}

const {checkFiles} = await import('../dist/node.js')
const {corpusDocuments} = await import('../bench/corpus-documents.js')
const documents = documentPairs(0, checkFiles, corpusDocuments)
// The novels' pairs are left out by default (PAREIL_NOVEL_PAIRS=2500 adds them): their translations are so free
// that with them the model called a negated official sentence 0.75 and two unrelated ones 0.5 (see docs/report.md).
const novelPairs = Number(process.env.PAREIL_NOVEL_PAIRS ?? 0)
const labelled = [...(novelPairs > 0 ? labelledPairs(0, novelPairs) : []), ...documents]
const compared = labelled.map((pair) => compareSentences(pair.en, pair.fr))
const names = Object.keys(compared[0].features)
const rows = compared.map((comparison) => names.map((name) => comparison.features[name]))
const labels = labelled.map((pair) => pair.label)
const model = fitLogistic(rows, labels, names)
/** ROC AUC of scores given in the order of `labels`. */
const aucOf = (values) =>
  rocAuc(
    values.filter((_, k) => labels[k] === 1),
    values.filter((_, k) => labels[k] === 0),
  )
const scores = rows.map((row) => 1 / (1 + Math.exp(-(model.bias + row.reduce((sum, x, j) => sum + x * model.weights[j], 0)))))
const coverageOnly = compared.map((comparison) => Math.min(comparison.coverage.en, comparison.coverage.fr))
const byKind = new Map()
for (const pair of labelled) byKind.set(pair.kind, (byKind.get(pair.kind) ?? 0) + 1)
const counts = [...byKind].map(([kind, count]) => `${count} ${kind}`)
const summary = `${labelled.length} pairs from the even-ranked corpus documents${novelPairs > 0 ? " and the gold novels' even beads" : ''} (${counts.join(', ')}); training AUC ${aucOf(scores).toFixed(3)}, coverage alone ${aucOf(coverageOnly).toFixed(3)}`
const round = (x) => Math.round(x * 1e4) / 1e4
// Quoted as the project's formatter writes strings: single quotes, unless the text holds one.
const quoted = (text) => (text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\')}'`)
const body = `// Generated by scripts/calibrate-equivalence.mjs: the weights of the equivalence model, in the order of
// \`equivalenceFeatureNames\` (equivalence.ts). Run the script again after changing the features.
export const equivalenceModel = {
  bias: ${round(model.bias)},
  weights: [${model.weights.map(round).join(', ')}],
  fittedOn:
    ${quoted(summary)},
}
`
writeFileSync(new URL('../src/check/equivalence-model.ts', import.meta.url), body)
console.log(summary)
for (const [j, name] of names.entries()) console.log(`${name.padEnd(20)} ${round(model.weights[j])}`)
