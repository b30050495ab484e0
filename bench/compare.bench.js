// pareil compare, draft to draft: recall on edits made in one version only, quiet on edits made in both, and time.
// - edits: in each corpus document (bench/corpus-documents.js), every English paragraph holding a number that its
//   French counterpart holds too is edited, one at a time: the English number alone (a defect: reported at its
//   place?), then both numbers alike (no defect: reported?). Recall is the share of one-sided edits reported as
//   `edited-one-version` at the edited number; false alarms the share of two-sided edits reported at all.
// - time: `pareil compare` as a process on the seed letter (median of 5) next to `pareil check` on it, and on drafts
//   made of the letter repeated 10, 40 and 160 times (one English-only edit per repetition): seconds and the ratio
//   of time per paragraph to the smallest size (flat = linear).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {compareDrafts} from '../dist/index.js'
import {checkFiles, readInputs} from '../dist/node.js'
import {corpusDocuments} from './corpus-documents.js'

const cli = fileURLToPath(new URL('../dist/bin/pareil.js', import.meta.url))
const letter = fileURLToPath(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'pareil-compare-bench-'))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function seconds(args) {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', maxBuffer: 1 << 30})
  if (run.status !== 0 && run.status !== 1) throw new Error(`pareil ${args.join(' ')}: exit ${run.status}: ${run.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e9
}

// Recall and false alarms on the corpus.
let tried = 0
let found = 0
let twoSided = 0
let alarms = 0
for (const document of corpusDocuments()) {
  let inputs
  let report
  try {
    inputs = readInputs(document.paths)
    report = checkFiles(document.paths)
  } catch {
    continue
  }
  const texts = inputs.map((input) => input.text)
  if (texts.some((text) => text === undefined)) continue
  const blocks = new Map(report.blocks.map((block) => [block.id, block]))
  for (const pair of report.pairs) {
    if (pair.en.length !== 1 || pair.fr.length !== 1) continue
    const en = blocks.get(pair.en[0])
    const fr = blocks.get(pair.fr[0])
    const number = /(?<![\p{L}\p{N}.,])[1-9]\d{0,3}(?![\p{L}\p{N}.,])/u.exec(en.text)
    if (number === null || !new RegExp(`(?<![\\p{L}\\p{N}.,])${number[0]}(?![\\p{L}\\p{N}.,])`, 'u').test(fr.text)) continue
    const changed = String(Number(number[0]) + 7)
    // The number's place in the source: the block's text is the source's where no markup intervenes.
    const enAt = texts[en.source].indexOf(en.text.slice(0, number.index + number[0].length), en.position.start.offset)
    const frMatch = new RegExp(`(?<![\\p{L}\\p{N}.,])${number[0]}(?![\\p{L}\\p{N}.,])`, 'u').exec(
      texts[fr.source].slice(fr.position.start.offset, fr.position.end.offset),
    )
    if (enAt < 0 || frMatch === null) continue
    const enOffset = enAt + number.index
    const frOffset = fr.position.start.offset + frMatch.index
    const edit = (text, offset) => text.slice(0, offset) + changed + text.slice(offset + number[0].length)
    const newTexts = [...texts]
    newTexts[en.source] = edit(newTexts[en.source], enOffset)
    const asInputs = (list) => inputs.map((input, index) => ({path: input.path, text: list[index]}))
    const oneSided = compareDrafts(asInputs(texts), asInputs(newTexts))
    tried++
    if (oneSided.changes.some((change) => change.kind === 'edited-one-version' && change.lang === 'en' && change.new.en?.position.start.offset === enOffset))
      found++
    const bothTexts = [...newTexts]
    bothTexts[fr.source] = edit(bothTexts[fr.source], frOffset + (fr.source === en.source && frOffset > enOffset ? changed.length - number[0].length : 0))
    const bothSided = compareDrafts(asInputs(texts), asInputs(bothTexts))
    twoSided++
    if (bothSided.changes.length > 0) alarms++
  }
}
console.log(
  `edits of a number: ${tried} one-sided, ${(found / Math.max(tried, 1)).toFixed(3)} reported at the edited number; ${twoSided} two-sided, ${(alarms / Math.max(twoSided, 1)).toFixed(3)} with a change reported`,
)

// Time, as the user runs it.
const text = readFileSync(letter, 'utf8')
const draft = join(scratch, 'draft.md')
writeFileSync(draft, text.replace('correspondence of November 25, 2020', 'correspondence of November 28, 2020'))
const compareTime = median(Array.from({length: 5}, () => seconds(['compare', letter, draft])))
const checkTime = median(Array.from({length: 5}, () => seconds(['check', letter])))
console.log(`seed letter: pareil compare ${compareTime.toFixed(2)} s, pareil check ${checkTime.toFixed(2)} s (ratio ${(compareTime / checkTime).toFixed(2)})`)

const [english, french] = [
  text.slice(0, text.indexOf('\n', text.lastIndexOf('Ottawa, Canada K1A 0H8') - 40)),
  text.slice(text.indexOf('\n', text.lastIndexOf('Ottawa, Canada K1A 0H8') - 40) + 1),
]
let first
for (const times of [10, 40, 160]) {
  const oldEnglish = Array.from({length: times}, (_, index) => english.replaceAll('2020', String(2020 + index))).join('\n\n')
  const oldFrench = Array.from({length: times}, (_, index) => french.replaceAll('2020', String(2020 + index))).join('\n\n')
  const newEnglish = oldEnglish.replaceAll('correspondence of November 25', 'correspondence of November 28')
  const paths = ['old-en.md', 'old-fr.md', 'new-en.md', 'new-fr.md'].map((name) => join(scratch, `${times}-${name}`))
  writeFileSync(paths[0], oldEnglish)
  writeFileSync(paths[1], oldFrench)
  writeFileSync(paths[2], newEnglish)
  writeFileSync(paths[3], oldFrench)
  const time = seconds(['compare', ...paths, '--format', 'json', '--out', join(scratch, 'out.json')])
  const changes = JSON.parse(readFileSync(join(scratch, 'out.json'), 'utf8')).changes.length
  const perParagraph = time / times
  first ??= perParagraph
  console.log(
    `letter x${times} (${times * 22} paragraph pairs): ${time.toFixed(2)} s, ${changes} changes of ${times}; time per letter x${(perParagraph / first).toFixed(2)} of the first`,
  )
}
rmSync(scratch, {recursive: true, force: true})
