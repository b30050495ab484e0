// Reading scales linearly: the time per block stays flat as the document grows.
// Input: the seed letter repeated 1 to 64 times (44 to 2,816 blocks, 13 kB to 870 kB).
import {readFileSync} from 'node:fs'
import {check, read, sourcePosition} from '../dist/index.js'

const letter = readFileSync(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url), 'utf8')

function time(fn, runs) {
  fn() // warm up
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) fn()
  return Number(process.hrtime.bigint() - start) / 1e6 / runs
}

const rows = []
for (const copies of [1, 4, 16, 64]) {
  const text = `${letter}\n\n`.repeat(copies)
  const [document] = read({path: 'letter.md', text})
  const blocks = document.blocks.length
  const runs = Math.max(2, Math.round(64 / copies))
  const readMs = time(() => read({path: 'letter.md', text}), runs)
  const checkMs = time(() => check({path: 'letter.md', text}), runs)
  // Map every 7th character of every block back to the source.
  const mapMs = time(() => {
    for (const block of document.blocks) {
      for (let i = 0; i < block.text.length; i += 7) sourcePosition(document.source, block, i, i + 5)
    }
  }, runs)
  rows.push({copies, kB: Math.round(text.length / 1000), blocks, readMs, checkMs, mapMs})
}

const base = rows[0]
console.log('copies   kB  blocks  read ms  µs/block  check ms  map ms  read time per block vs 1 copy')
for (const row of rows) {
  const perBlock = (row.readMs * 1000) / row.blocks
  const ratio = perBlock / ((base.readMs * 1000) / base.blocks)
  console.log(
    `${String(row.copies).padStart(6)} ${String(row.kB).padStart(4)} ${String(row.blocks).padStart(7)} ${row.readMs.toFixed(1).padStart(8)} ${perBlock.toFixed(0).padStart(9)} ${row.checkMs.toFixed(1).padStart(9)} ${row.mapMs.toFixed(1).padStart(7)}  ×${ratio.toFixed(2)}`,
  )
}
