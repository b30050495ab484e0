// Fits the equivalence model (src/check/equivalence-model.ts) on labelled sentence pairs, with the built code:
// run `npm run build` first, then this, then build again. Needs ../shared/align-gold.
//
// Positives: the one-to-one beads of the gold novels with an even index (the odd ones are left to
// bench/meaning.bench.js, which measures the model on them). Negatives, made from the same beads: the English
// with the French of a bead 1 to 5 further on (same book, same style: hard), the French with its last third
// dropped, and the French perturbed by bench/perturb.js (a negation inserted or removed, a modal flipped, a word
// swapped for its opposite). The model is a logistic regression over `equivalenceFeatureNames`, with the classes
// weighed equally and a little L2.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'

const gold = new URL('../../shared/align-gold/transread/', import.meta.url)
if (!existsSync(gold)) {
  console.error('calibrate-equivalence: ../shared/align-gold is not here')
  process.exit(1)
}
const {compareSentences} = await import('../dist/index.js')
const {perturbSentence, KINDS} = await import('../bench/perturb.js')

/** One-to-one gold beads of every book, in order: [{en, fr, book, index}]. */
function goldPairs() {
  const pairs = []
  const books = readdirSync(gold)
    .filter((file) => file.endsWith('.enfr'))
    .map((file) => file.slice(0, -5))
    .sort()
  for (const book of books) {
    const lines = (ext) =>
      readFileSync(new URL(`${book}.${ext}`, gold), 'utf8')
        .replace(/\n$/, '')
        .split('\n')
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
export function labelledPairs(parity, limit) {
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
    const kind = KINDS[k % KINDS.length]
    const perturbed = perturbSentence(pair.fr, 'fr', kind)
    if (perturbed !== null) labelled.push({en: pair.en, fr: perturbed.text, label: 0, kind})
  })
  return labelled
}

/** Logistic regression by gradient descent; the classes weighed equally. */
function fit(rows, labels, {iterations = 4000, rate = 0.5, l2 = 0.001} = {}) {
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
      weights[j] -= rate * (gradient[j] / rows.length + l2 * w)
    })
    bias -= (rate * gradientBias) / rows.length
  }
  return {weights, bias}
}

/** ROC AUC by Mann–Whitney, ties counted half. */
export function auc(scores, labels) {
  const order = scores.map((score, k) => ({score, label: labels[k]})).sort((a, b) => a.score - b.score)
  let rankSum = 0
  let positives = 0
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j < order.length && order[j].score === order[i].score) j++
    const rank = (i + j + 1) / 2
    for (let k = i; k < j; k++) {
      if (order[k].label === 1) {
        rankSum += rank
        positives++
      }
    }
    i = j
  }
  const negatives = order.length - positives
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const labelled = labelledPairs(0, 2500)
  const compared = labelled.map((pair) => compareSentences(pair.en, pair.fr))
  const names = Object.keys(compared[0].features)
  const rows = compared.map((comparison) => names.map((name) => comparison.features[name]))
  const labels = labelled.map((pair) => pair.label)
  const model = fit(rows, labels)
  const scores = rows.map((row) => 1 / (1 + Math.exp(-(model.bias + row.reduce((sum, x, j) => sum + x * model.weights[j], 0)))))
  const coverageOnly = compared.map((comparison) => Math.min(comparison.coverage.en, comparison.coverage.fr))
  const byKind = new Map()
  for (const pair of labelled) byKind.set(pair.kind, (byKind.get(pair.kind) ?? 0) + 1)
  const counts = [...byKind].map(([kind, count]) => `${count} ${kind}`)
  const summary = `${labelled.length} pairs of the gold novels' even beads (${counts.join(', ')}); training AUC ${auc(scores, labels).toFixed(3)}, coverage alone ${auc(coverageOnly, labels).toFixed(3)}`
  const round = (x) => Math.round(x * 1e4) / 1e4
  const body = `// Generated by scripts/calibrate-equivalence.mjs: the weights of the equivalence model, in the order of
// \`equivalenceFeatureNames\` (equivalence.ts). Run the script again after changing the features.
export const equivalenceModel = {
  bias: ${round(model.bias)},
  weights: [${model.weights.map(round).join(', ')}],
  fittedOn:
    ${JSON.stringify(summary)},
}
`
  writeFileSync(new URL('../src/check/equivalence-model.ts', import.meta.url), body)
  console.log(summary)
  for (const [j, name] of names.entries()) console.log(`${name.padEnd(20)} ${round(model.weights[j])}`)
}
