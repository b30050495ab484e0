// Reading PDF files: "a 100-page PDF is read in under 2 seconds". Input: the seed letter's paragraphs (English, then
// French) set in Helvetica 11 pt, 48 lines a page, with a running head and a page number on every page, written by
// the small PDF writer below for 10 and 100 pages (about 530 words a page). Built in memory: nothing is written to
// disk, but for the last figure: `pareil detect` on the 100-page file as a process, the user's path. The first read
// of a process starts the worker thread and loads pdf.js: it is timed apart.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createReaders, markdownReader, plainTextReader, read} from '../dist/index.js'
import {pdfReader} from '../dist/read/pdf.js'
import {stopBridge} from '../dist/read/pdf/extract.js'

const readers = createReaders([markdownReader, plainTextReader, pdfReader])
const seed = readFileSync(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url), 'utf8')
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((paragraph) => paragraph.replace(/\*/g, '').replace(/\s+/g, ' ').trim())
  .filter((paragraph) => paragraph.length > 80)

/** Lines of at most 95 characters, paragraph after paragraph, a blank line between. */
function* textLines() {
  for (;;) {
    for (const paragraph of paragraphs) {
      let line = ''
      for (const word of paragraph.split(' ')) {
        if (line !== '' && line.length + word.length + 1 > 95) {
          yield line
          line = word
        } else line = line === '' ? word : `${line} ${word}`
      }
      yield line
      yield ''
    }
  }
}

// WinAnsi, the encoding of the standard fonts: Latin-1, with the typographic marks at their Windows places.
const winAnsi = new Map([
  ['’', 0x92],
  ['‘', 0x91],
  ['“', 0x93],
  ['”', 0x94],
  ['—', 0x97],
  ['–', 0x96],
])

function pdfString(text) {
  let bytes = ''
  for (const char of text) {
    const code = winAnsi.get(char) ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)
    const byte = String.fromCharCode(code)
    bytes += byte === '(' || byte === ')' || byte === '\\' ? `\\${byte}` : byte
  }
  return `(${bytes})`
}

/** A PDF of `pages` letter-size pages: objects, an uncompressed content stream a page, a cross-reference table. */
function writePdf(pages) {
  const lines = textLines()
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
  const kids = []
  for (let page = 1; page <= pages; page++) {
    let content = `BT /F1 8 Tf 72 750 Td ${pdfString('Department of Justice Canada — Ministère de la Justice Canada')} Tj ET\n`
    content += `BT /F1 9 Tf 300 40 Td ${pdfString(String(page))} Tj ET\nBT /F1 11 Tf 14 TL 72 710 Td\n`
    for (let k = 0; k < 48; k++) content += `${pdfString(lines.next().value)} Tj T*\n`
    content += 'ET\n'
    const contentId = objects.length + 2
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`)
    kids.push(`${objects.length} 0 R`)
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}endstream`)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  let file = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = file.length
    file += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = file.length
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Uint8Array.from(file, (char) => char.charCodeAt(0))
}

function time(fn, runs) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) fn()
  return Number(process.hrtime.bigint() - start) / 1e6 / runs
}

const inputs = [10, 100].map((pages) => ({pages, input: {path: `letter-${pages}.pdf`, bytes: writePdf(pages)}}))
const first = time(() => read(inputs[0].input, {readers}), 1)
console.log(`first read (worker start, pdf.js load, 10 pages): ${first.toFixed(0)} ms`)
console.log('pages  PDF kB  blocks  read ms  ms/page')
for (const {pages, input} of inputs) {
  const [document] = read(input, {readers})
  const ms = time(() => read(input, {readers}), pages === 100 ? 3 : 10)
  console.log(
    `${String(pages).padStart(5)} ${String(Math.round(input.bytes.length / 1000)).padStart(7)} ${String(document.blocks.length).padStart(7)} ${ms.toFixed(0).padStart(8)} ${(ms / pages).toFixed(1).padStart(8)}`,
  )
}
stopBridge()

// The user's path: `pareil detect` on the 100-page file, as a process (worker start and pdf.js load included).
const directory = mkdtempSync(join(tmpdir(), 'pareil-pdf-'))
const file = join(directory, 'letter-100.pdf')
writeFileSync(file, inputs[1].input.bytes)
const cli = fileURLToPath(new URL('../dist/bin/pareil.js', import.meta.url))
const runs = [0, 1, 2].map(() => time(() => execFileSync(process.execPath, [cli, 'detect', file, '--format', 'json'], {maxBuffer: 1e9}), 1))
console.log(`pareil detect letter-100.pdf, as a process: ${(Math.min(...runs) / 1000).toFixed(2)} s (best of 3)`)
rmSync(directory, {recursive: true, force: true})
