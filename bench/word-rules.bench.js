// The word rules on sentence pairs labelled by others: the one-to-one gold beads of the align-gold novels
// (../shared/align-gold, skipped when absent; every fourth pair), which are translations (equivalent); the same pairs
// with the longest comma-separated chunk of four words or more dropped from the French (divergent); and each English
// sentence against the French of another pair (a shifted meaning). Literary translation is far freer than official
// writing, so the false-alarm rate here is an upper bound. The rules run on a minimal rule context, one bead per pair.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {unmatchedContent} from '../dist/check/rules/unmatched-content.js'
import {meaningShift} from '../dist/check/rules/meaning-shift.js'
import {bundledLexicon} from '../dist/words/index.js'
import {sharedAnalysis} from '../dist/check/shared.js'
const gold = new URL('../../shared/align-gold/transread/', import.meta.url)
if (!existsSync(gold)) {
  console.log('skipped: ../shared/align-gold is not here')
  process.exit(0)
}
const detok = (s) =>
  s
    .replace(/ ([,.;:!?)»])/g, '$1')
    .replace(/([(«]) /g, '$1')
    .replace(/(\p{L})' /gu, "$1'")
const span = (text) => ({source: 0, text, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1 + text.length, offset: text.length}}})
function run(pairs) {
  const findings = []
  const context = {
    documents: [],
    detection: {
      layout: 'separate',
      parts: [],
      blocks: new Map([
        ['e', {lang: 'en'}],
        ['f', {lang: 'fr'}],
      ]),
    },
    pairs: pairs.map(([en, fr]) => ({en: ['e'], fr: ['f'], score: 1, sentences: [{en: [span(en)], fr: [span(fr)], score: 1}]})),
    glossary: [],
    lexicon: bundledLexicon(),
    similarity: undefined,
    block: () => undefined,
    blockAt: () => undefined,
    within: (s, a, b) => ({...s, text: s.text.slice(a, b)}),
    report: (r) => findings.push(r),
  }
  context.shared = sharedAnalysis(context)
  unmatchedContent.check(context)
  const u = findings.length
  meaningShift.check(context)
  return {unmatched: findings.slice(0, u), shift: findings.slice(u)}
}
const pairs = []
for (const book of readdirSync(gold)
  .filter((f) => f.endsWith('.enfr'))
  .map((f) => f.slice(0, -5))) {
  const en = readFileSync(new URL(`${book}.en`, gold), 'utf8').split('\n'),
    fr = readFileSync(new URL(`${book}.fr`, gold), 'utf8').split('\n')
  for (const line of readFileSync(new URL(`${book}.enfr`, gold), 'utf8')
    .trim()
    .split('\n')) {
    const [a, b] = line.split(':').map((x) => JSON.parse(x))
    if (a.length === 1 && b.length === 1) pairs.push([detok(en[a[0]]), detok(fr[b[0]])])
  }
}
const sample = pairs.filter((_, k) => k % 4 === 0)
const clean = run(sample)
// Raised as the checker raises them at the rule's default: not a lesser case, and confident enough for a warning.
const warn = (list) => list.filter((f) => !f.minor && f.confidence >= 0.5).length
console.log(
  `equivalent: ${sample.length} gold pairs: unmatched-content ${warn(clean.unmatched)} warnings (${(warn(clean.unmatched) / sample.length).toFixed(3)}/pair), ${clean.unmatched.length - warn(clean.unmatched)} infos; meaning-shift ${clean.shift.length}`,
)
// Divergent: drop the longest comma-delimited chunk (>= 4 words) of the French, where there is one.
const dropped = sample
  .map(([en, fr]) => {
    const parts = fr.split(/, /)
    if (parts.length < 3) return null
    let k = 1
    for (let i = 1; i < parts.length - 1; i++) if (parts[i].length > parts[k].length) k = i
    if (parts[k].split(' ').length < 4) return null
    return [en, parts.filter((_, i) => i !== k).join(', ')]
  })
  .filter(Boolean)
const div = run(dropped)
console.log(
  `divergent: ${dropped.length} pairs with a French clause dropped: ${warn(div.unmatched)} unmatched-content warnings, ${div.shift.length} meaning-shift`,
)
// Per pair: warned when dropped but not when clean.
let gained = 0
for (let k = 0; k < dropped.length; k++) {
  const a = run([dropped[k]]),
    b = run([sample.find((p) => p[0] === dropped[k][0])])
  if (warn(a.unmatched) + a.shift.length > warn(b.unmatched) + b.shift.length) gained++
}
console.log(`recall of dropped clauses (a new warning): ${gained}/${dropped.length} = ${(gained / dropped.length).toFixed(3)}`)
// Shifted: each English sentence against the French of a pair 37 places away.
const shifted = sample.map(([en], k) => [en, sample[(k + 37) % sample.length][1]])
const s = run(shifted)
const flagged = new Set()
shifted.forEach((p, k) => {
  const r = run([p])
  if (r.shift.length + warn(r.unmatched) > 0) flagged.add(k)
})
console.log(`shifted pairs: meaning-shift ${s.shift.length}/${shifted.length}, any warning ${flagged.size}/${shifted.length}`)

// The same on official text: the aligned one-to-one sentence pairs of the shared corpus's bilingual documents.
const corpus = new URL('../../shared/corpus/', import.meta.url)
if (existsSync(corpus)) {
  const {alignDocuments, detect, read} = await import('../dist/index.js')
  const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
  const official = []
  for (const [file, , , , layout] of rows) {
    if (layout.startsWith('separate') || layout === 'mixed') continue
    let documents
    try {
      documents = read({path: file, text: readFileSync(new URL(`files/${file}`, corpus), 'utf8')})
    } catch {
      continue // a file pareil refuses (program source)
    }
    const detection = detect(documents)
    const prose = new Set(documents.flatMap((document) => document.blocks.filter((block) => block.prose).map((block) => block.id)))
    for (const pair of alignDocuments(documents, detection)) {
      if (!pair.en.every((id) => prose.has(id) && detection.blocks.get(id)?.lang === 'en')) continue
      if (!pair.fr.every((id) => prose.has(id) && detection.blocks.get(id)?.lang === 'fr')) continue
      for (const bead of pair.sentences) if (bead.en.length === 1 && bead.fr.length === 1) official.push([bead.en[0].text, bead.fr[0].text])
    }
  }
  const cleanRun = run(official)
  console.log(
    `official: ${official.length} corpus sentence pairs: unmatched-content ${warn(cleanRun.unmatched)} warnings (${(warn(cleanRun.unmatched) / official.length).toFixed(3)}/pair), meaning-shift ${cleanRun.shift.length}`,
  )
  const droppedOfficial = official
    .map(([en, fr]) => {
      const parts = fr.split(/, /)
      if (parts.length < 2) return null
      let k = 0
      for (let i = 1; i < parts.length; i++) if (parts[i].length > parts[k].length) k = i
      if (parts[k].split(' ').length < 4 || parts.length - 1 === 0) return null
      return [en, fr, parts.filter((_, i) => i !== k).join(', ')]
    })
    .filter(Boolean)
  let found = 0
  for (const [en, fr, cut] of droppedOfficial) {
    const a = run([[en, cut]])
    const b = run([[en, fr]])
    if (warn(a.unmatched) + a.shift.length > warn(b.unmatched) + b.shift.length) found++
  }
  console.log(
    `official, a French chunk of four words or more dropped: a new warning on ${found}/${droppedOfficial.length} = ${(found / droppedOfficial.length).toFixed(3)}`,
  )
  // Mismatched: each English sentence against the French of a pair 37 places away.
  const mismatched = official.map(([en], k) => [en, official[(k + 37) % official.length][1]])
  let caught = 0
  for (const pair of mismatched) {
    const r = run([pair])
    if (r.shift.length + warn(r.unmatched) > 0) caught++
  }
  console.log(`official, mismatched pairs: meaning-shift ${run(mismatched).shift.length}/${mismatched.length}, some warning ${caught}/${mismatched.length}`)
}
