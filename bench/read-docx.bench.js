// Reading Word documents: "a 200-page DOCX is read in under 2 seconds". Input: the seed letter as pandoc writes it
// (fixtures/formats/letter.docx, 6 pages as LibreOffice lays it out), its body repeated 1 to 34 times inside the same
// package (34 copies: about 200 pages, 1,500 paragraphs, 67,000 words). Built in memory: nothing is written to disk.
import {check, createReaders, markdownReader, plainTextReader, read} from '../dist/index.js'
import {docxReader} from '../dist/read/docx.js'
import {letterXmlBytes, repeatedLetterDocx} from './letter-docx.js'

const readers = createReaders([markdownReader, plainTextReader, docxReader])

function time(fn, runs) {
  fn() // warm up
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) fn()
  return Number(process.hrtime.bigint() - start) / 1e6 / runs
}

console.log('copies  pages  docx kB  XML kB  blocks  read ms  µs/block  check ms')
for (const copies of [1, 8, 34]) {
  const bytes = repeatedLetterDocx(copies)
  const input = {path: 'letter.docx', bytes}
  const [document] = read(input, {readers})
  const runs = copies === 34 ? 3 : 10
  const readMs = time(() => read(input, {readers}), runs)
  const checkMs = copies === 34 ? time(() => check(input, {readers}), 1) : Number.NaN
  const xmlKb = Math.round((letterXmlBytes * copies) / 1000)
  console.log(
    `${String(copies).padStart(6)} ${String(copies * 6).padStart(6)} ${String(Math.round(bytes.length / 1000)).padStart(8)} ${String(xmlKb).padStart(7)} ${String(document.blocks.length).padStart(7)} ${readMs.toFixed(1).padStart(8)} ${((readMs * 1000) / document.blocks.length).toFixed(0).padStart(9)} ${Number.isNaN(checkMs) ? '        –' : checkMs.toFixed(0).padStart(9)}`,
  )
}
