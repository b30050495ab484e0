// Word-level coverage and false alarms of the word rules.
// 1. Coverage: the share of content words of aligned sentence pairs that find a counterpart (pareil's lexicon,
//    stems, irregular forms, cognates, identical tokens), on the paired prose paragraphs of the documents of
//    ../shared/corpus (not in the repository; skipped when absent) and of the seed letter; with no lexicon
//    (cognates and identical tokens only) for comparison. Target: 85% or more.
// 2. False alarms: unmatched-content warnings per clean paragraph pair of the seed letter (pairs other than the two
//    that hold its known divergences). Target: fewer than 0.1.
import {existsSync, readFileSync} from 'node:fs'
import {alignDocuments, bundledLexicon, check, detect, Lexicon, linkWords, read, tokenize} from '../dist/index.js'

const corpus = new URL('../../shared/corpus/', import.meta.url)
const letter = {path: 'fixtures/ministerial-letter-2021.md', text: readFileSync(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url), 'utf8')}

function documentCoverage(input, lexicon) {
  const documents = read(input)
  const detection = detect(documents)
  const blocks = new Map(documents.flatMap((document) => document.blocks.map((block) => [block.id, block])))
  const prose = (ids, lang) => ids.every((id) => blocks.get(id)?.prose && detection.blocks.get(id)?.lang === lang)
  const totals = {en: [0, 0], fr: [0, 0]}
  for (const pair of alignDocuments(documents, detection)) {
    if (!prose(pair.en, 'en') || !prose(pair.fr, 'fr')) continue
    for (const bead of pair.sentences) {
      if (bead.en.length === 0 || bead.fr.length === 0) continue
      const alignment = linkWords(tokenize(bead.en.map((s) => s.text).join(' '), 'en'), tokenize(bead.fr.map((s) => s.text).join(' '), 'fr'), {lexicon})
      for (const lang of ['en', 'fr']) {
        const counterpart = lang === 'en' ? alignment.enCounterpart : alignment.frCounterpart
        alignment[lang].forEach((token, k) => {
          if (!token.content) return
          totals[lang][1]++
          if (counterpart[k] !== -1) totals[lang][0]++
        })
      }
    }
  }
  return totals
}

const inputs = [['seed letter', letter]]
if (existsSync(corpus)) {
  const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
  const load = (file) => ({path: file, text: readFileSync(new URL(`files/${file}`, corpus), 'utf8')})
  for (const [file, repo, , , layout] of rows) {
    if (layout.startsWith('separate-pair-FR') || layout === 'mixed') continue
    if (layout.startsWith('separate-pair-EN')) {
      const partner = /partner: ([^)]+)\)/.exec(layout)?.[1] ?? ''
      const french = rows.find(([other, otherRepo, path]) => otherRepo === repo && other !== file && path.endsWith(partner.replace(/^.*?\//, '')))
      if (french !== undefined) inputs.push([file, [load(file), load(french[0])]])
    } else inputs.push([file, load(file)])
  }
} else console.log('corpus skipped: ../shared/corpus is not here')

const started = performance.now()
bundledLexicon()
console.log(`lexicon parsed in ${Math.round(performance.now() - started)} ms`)
const none = new Lexicon()
const sum = {with: {en: [0, 0], fr: [0, 0]}, without: {en: [0, 0], fr: [0, 0]}}
const percent = ([covered, total]) => (total === 0 ? '  -  ' : `${((100 * covered) / total).toFixed(1)}%`)
for (const [name, input] of inputs) {
  let withLexicon
  let without
  try {
    withLexicon = documentCoverage(input, bundledLexicon())
    without = documentCoverage(input, none)
  } catch {
    continue // a file pareil refuses (program source)
  }
  if (withLexicon.en[1] === 0) continue
  for (const lang of ['en', 'fr']) {
    for (const k of [0, 1]) {
      sum.with[lang][k] += withLexicon[lang][k]
      sum.without[lang][k] += without[lang][k]
    }
  }
  console.log(
    `${percent(withLexicon.en).padStart(6)} ${percent(withLexicon.fr).padStart(6)}  (no lexicon ${percent(without.en)} ${percent(without.fr)})  ${String(withLexicon.en[1]).padStart(5)} EN words  ${name.slice(0, 70)}`,
  )
}
const all = (side) => [side.en[0] + side.fr[0], side.en[1] + side.fr[1]]
console.log(
  `content-word coverage on aligned sentence pairs: ${percent(all(sum.with))} (English ${percent(sum.with.en)}, French ${percent(sum.with.fr)}; ` +
    `${all(sum.with)[1]} content words); without the lexicon: ${percent(all(sum.without))}`,
)

// False alarms on the seed letter.
const report = check(letter)
const divergent = report.pairs.filter((pair) => pair.sentences.some((bead) => bead.en.some((span) => /advertising|improve the MRA/.test(span.text))))
const clean = report.pairs.filter((pair) => pair.en.length > 0 && pair.fr.length > 0 && !divergent.includes(pair))
const lines = new Set(clean.flatMap((pair) => pair.sentences.flatMap((bead) => bead.en.map((span) => span.position.start.line))))
const warnings = report.findings.filter((finding) => finding.rule === 'unmatched-content' && finding.severity !== 'info')
const onClean = warnings.filter((finding) => lines.has(finding.en?.position.start.line))
console.log(
  `seed letter: ${warnings.length} unmatched-content warnings, ${onClean.length} of them on the ${clean.length} clean paragraph pairs: ` +
    `${(onClean.length / clean.length).toFixed(3)} per clean pair (target < 0.1)`,
)

// Long sentences: a paragraph with no sentence end is one bead; word linking looks in a band around the diagonal,
// so the time grows linearly with its length, not with its square.
const vocabulary = {
  en: ['report', 'grant', 'department', 'policy', 'the', 'of', 'program', 'funding', 'applicant', 'review'],
  fr: ['rapport', 'subvention', 'ministère', 'politique', 'le', 'de', 'programme', 'financement', 'demandeur', 'examen'],
}
const runOn = (lang, words) => Array.from({length: words}, (_, k) => vocabulary[lang][k % 10] + (k % 7)).join(' ')
let base
console.log('words in one sentence   check ms   per word vs 750')
for (const words of [750, 1500, 3000, 6000]) {
  const started = performance.now()
  check({path: 'long.md', text: `# Report\n\n${runOn('en', words)}\n\n# Rapport\n\n${runOn('fr', words)}\n`})
  const ms = performance.now() - started
  base ??= ms / words
  console.log(`${String(words).padStart(20)} ${String(Math.round(ms)).padStart(10)}   ×${(ms / words / base).toFixed(2)}`)
}
