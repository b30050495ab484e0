// Reading each format is not the bottleneck: `pareil detect` (read and detect, no alignment) timed as a process, as
// a user runs it, on inputs that grow (the seed letter's fixtures repeated), next to the reader alone in-process.
// The time per block should stay flat as the input grows. The Word input at 34 copies is about 200 pages (the
// issue's "a 200-page DOCX is read in under 2 seconds", through the CLI).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {read} from '../dist/index.js'
import {repeatedLetterDocx} from './letter-docx.js'

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const cli = fileURLToPath(new URL('../dist/bin/pareil.js', import.meta.url))
const directory = mkdtempSync(join(tmpdir(), 'pareil-read-'))

/** Each format's fixture, repeated `copies` times as one file of that format. */
const inputs = {
  html: (copies) => {
    const page = fixture('formats/letter.html')
    const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? ''
    return page.replace(body, body.repeat(copies))
  },
  xliff: (copies) => {
    const file = fixture('formats/letter.xlf')
    const units = /(<unit[\s\S]*<\/unit>)/.exec(file)?.[1] ?? ''
    return file.replace(units, Array.from({length: copies}, (_, k) => units.replace(/<unit id="/g, `<unit id="c${k}-`)).join('\n'))
  },
  tmx: (copies) => {
    const file = fixture('formats/letter.tmx')
    const units = /(<tu[\s\S]*<\/tu>)/.exec(file)?.[1] ?? ''
    return file.replace(units, units.repeat(copies))
  },
}
inputs.docx = repeatedLetterDocx
const extension = {html: 'html', xliff: 'xlf', tmx: 'tmx', docx: 'docx'}
const sizes = {html: [1, 10, 100], xliff: [1, 10, 100], tmx: [1, 10, 100], docx: [1, 10, 34]}

function seconds(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

console.log('format  copies     kB  blocks  reader ms  µs/block  ×/block vs 1 copy  pareil detect s')
for (const [format, make] of Object.entries(inputs)) {
  let base
  for (const copies of sizes[format]) {
    const content = make(copies)
    const path = join(directory, `input-${copies}.${extension[format]}`)
    writeFileSync(path, content)
    const input = typeof content === 'string' ? {path, text: content} : {path, bytes: content}
    const [document] = read(input)
    const blocks = document.blocks.length
    const readerMs = Math.min(...[0, 1, 2].map(() => seconds(() => read(input)))) * 1000
    const processS = Math.min(
      ...[0, 1].map(() => seconds(() => execFileSync(process.execPath, [cli, 'detect', path, '--format', 'json', '--max-size', '200MB'], {maxBuffer: 1e9}))),
    )
    const perBlock = (readerMs * 1000) / blocks
    base ??= perBlock
    console.log(
      `${format.padEnd(7)} ${String(copies).padStart(6)} ${String(Math.round(content.length / 1000)).padStart(6)} ${String(blocks).padStart(7)} ${readerMs.toFixed(1).padStart(10)} ${perBlock.toFixed(0).padStart(9)} ${`×${(perBlock / base).toFixed(2)}`.padStart(18)} ${processS.toFixed(2).padStart(16)}`,
    )
  }
}
rmSync(directory, {recursive: true, force: true})
