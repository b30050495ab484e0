// Per-block language identification: accuracy on a hand-labelled set of short lines (< 40 characters) and long
// paragraphs (bench/data/lang-id.tsv: en, fr, neutral, bilingual), and the time per 1,000 blocks.
import {readFileSync} from 'node:fs'
import {textLanguage} from '../dist/detect/index.js'

const rows = readFileSync(new URL('data/lang-id.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [label, text] = line.split('\t')
    return {label, text: text.replace(/\\n/g, '\n')}
  })

const band = (text) => (text.length < 40 ? 'short' : text.length < 150 ? 'medium' : 'long')
const tally = new Map()
const misses = []
for (const row of rows) {
  const got = textLanguage(row.text).lang
  for (const key of [`${band(row.text)} ${row.label}`, `${band(row.text)} all`, 'all']) {
    const entry = tally.get(key) ?? {right: 0, total: 0}
    entry.total++
    if (got === row.label) entry.right++
    tally.set(key, entry)
  }
  if (got !== row.label) misses.push(`  expected ${row.label.padEnd(9)} got ${got.padEnd(9)} ${JSON.stringify(row.text.slice(0, 70))}`)
}

console.log('set               accuracy   right/total')
for (const [key, {right, total}] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(17)} ${((100 * right) / total).toFixed(1).padStart(7)} %   ${right}/${total}`)
}
if (process.env.BENCH_VERBOSE) console.log(`misses:\n${misses.join('\n')}`)
else console.log(`(${misses.length} misses; BENCH_VERBOSE=1 lists them)`)

// Time: 1,000 blocks drawn from the set, identified 5 times.
const blocks = Array.from({length: 1000}, (_, i) => rows[i % rows.length].text)
for (const text of blocks) textLanguage(text)
const start = process.hrtime.bigint()
for (let run = 0; run < 5; run++) for (const text of blocks) textLanguage(text)
const ms = Number(process.hrtime.bigint() - start) / 1e6 / 5
const longShare = blocks.filter((text) => text.length >= 150).length / blocks.length
console.log(`time: ${ms.toFixed(1)} ms per 1,000 blocks (${Math.round(longShare * 100)} % long paragraphs)`)
