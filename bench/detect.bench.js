// Layout detection: time per 1,000 blocks as the document grows (it must stay flat: detection is linear),
// on the seed letter repeated as halves (all English halves, then all French halves).
import {readFileSync} from 'node:fs'
import {detect, read} from '../dist/index.js'

const letter = readFileSync(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url), 'utf8')
const lines = letter.split('\n')
const english = lines.slice(0, 57).join('\n')
const french = lines.slice(58).join('\n')

console.log('blocks   detect ms   ms per 1,000 blocks   layout')
for (const copies of [1, 8, 32, 128]) {
  const text = `${`${english}\n\n`.repeat(copies)}${`${french}\n\n`.repeat(copies)}`
  const documents = read({path: 'letter.md', text})
  const blocks = documents[0].blocks.length
  detect(documents) // warm up
  const runs = Math.max(1, Math.round(32 / copies))
  const start = process.hrtime.bigint()
  let layout
  for (let i = 0; i < runs; i++) layout = detect(documents).layout
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs
  console.log(`${String(blocks).padStart(6)} ${ms.toFixed(1).padStart(11)} ${((ms * 1000) / blocks).toFixed(1).padStart(21)}   ${layout}`)
}
