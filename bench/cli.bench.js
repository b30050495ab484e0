// The user's path, timed as the user runs it: `pareil …` as a process, with the bundled lexicon, on realistic input.
// - align: `pareil align EN FR --presegmented --format beads` on the gold novels of ../shared/align-gold repeated
//   (the same book order on both sides, and shuffled) and cut at N lines per side, so that the ends do not match;
//   seconds, µs per sentence and its ratio to the first size (flat = linear), peak memory, and strict F1 against
//   the gold beads that lie inside the cut.
// - check: the seed letter from the command line (median of 11 runs) and warm in the library (median of 20).
// - batch: `pareil check DIR --format jsonl` on 250, 500 and 1,000 documents (the corpus and the seed letter,
//   repeated and varied): seconds, documents per second per core, peak memory (flat as the batch grows).
// Sizes: PAREIL_BENCH_ALIGN_SIZES (default 1000,10000,50000,100000), PAREIL_BENCH_BATCH_SIZES (250,500,1000).
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusDocuments} from './corpus-documents.js'
import {haveGold, repeatedNovels} from './gold-novels.js'

const cli = fileURLToPath(new URL('../dist/bin/pareil.js', import.meta.url))
const letter = fileURLToPath(new URL('../fixtures/ministerial-letter-2021.md', import.meta.url))
const sizes = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number)
const scratch = mkdtempSync(join(tmpdir(), 'pareil-bench-'))
// Peak memory of the whole process (worker threads included), printed by the child as it exits.
const peak = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss '+process.resourceUsage().maxRSS+'\\n'))`

/** Runs the CLI; its wall time in seconds and peak memory in MB. */
function pareil(args) {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ['--import', peak, cli, ...args], {encoding: 'utf8', maxBuffer: 1 << 30})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss = /peak-rss (\d+)/.exec(run.stderr)
  if (run.status !== 0 && run.status !== 1) throw new Error(`pareil ${args.join(' ')}: exit ${run.status}: ${run.stderr.split('\n')[0]}`)
  return {seconds, peakMB: rss === null ? Number.NaN : Number(rss[1]) / 1024, stdout: run.stdout}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function strictF1(predicted, expected) {
  const key = (bead) => `${bead.en.join(',')}:${bead.fr.join(',')}`
  const wanted = new Set(expected.filter((b) => b.en.length > 0 && b.fr.length > 0).map(key))
  const got = predicted.filter((b) => b.en.length > 0 && b.fr.length > 0).map(key)
  const right = got.filter((k) => wanted.has(k)).length
  const p = right / got.length
  const r = right / wanted.size
  return (2 * p * r) / (p + r)
}

function benchAlign() {
  if (!haveGold) return console.log('align: skipped (../shared/align-gold is not here)')
  // What every command pays before its work (loading modules): the per-sentence figures net of it show the curve.
  const startUp = median(Array.from({length: 5}, () => pareil(['--version']).seconds))
  console.log(`\nstart-up (pareil --version): ${startUp.toFixed(2)} s`)
  for (const shuffled of [false, true]) {
    console.log(`\npareil align --presegmented, gold novels repeated${shuffled ? ' in shuffled book order' : ' in the same book order'}, cut at N lines`)
    console.log('sentences per side   seconds   µs per sentence   net of start-up   ×first (net)   peak MB   strict F1')
    let base
    for (const size of sizes('PAREIL_BENCH_ALIGN_SIZES', '1000,10000,50000,100000')) {
      const {en, fr, gold: expected} = repeatedNovels(size, {shuffled})
      writeFileSync(join(scratch, 'en.txt'), `${en.join('\n')}\n`)
      writeFileSync(join(scratch, 'fr.txt'), `${fr.join('\n')}\n`)
      const run = pareil(['align', join(scratch, 'en.txt'), join(scratch, 'fr.txt'), '--presegmented', '--format', 'beads'])
      const beads = run.stdout
        .trim()
        .split('\n')
        .map((line) => {
          const [e, f] = line.split(':').map((side) => JSON.parse(side))
          return {en: e, fr: f}
        })
      const perSentence = (run.seconds * 1e6) / size
      const net = ((run.seconds - startUp) * 1e6) / size
      base ??= net
      console.log(
        `${String(size).padStart(18)} ${run.seconds.toFixed(2).padStart(9)} ${perSentence.toFixed(0).padStart(17)} ${net.toFixed(0).padStart(17)} ${`×${(net / base).toFixed(2)}`.padStart(14)} ${run.peakMB.toFixed(0).padStart(9)} ${strictF1(beads, expected).toFixed(3).padStart(11)}`,
      )
    }
  }
}

async function benchLetter() {
  const runs = Array.from({length: 11}, () => pareil(['check', letter, '--fail-on', 'never']))
  console.log(
    `\npareil check on the seed letter, from the command line: median ${median(runs.map((r) => r.seconds)).toFixed(3)} s, peak ${median(runs.map((r) => r.peakMB)).toFixed(0)} MB`,
  )
  const {check} = await import('../dist/index.js')
  const text = readFileSync(letter, 'utf8')
  const first = performance.now()
  check({path: letter, text})
  const firstMs = performance.now() - first
  const warm = Array.from({length: 20}, () => {
    const start = performance.now()
    check({path: letter, text})
    return performance.now() - start
  })
  console.log(`check() in the library: first ${firstMs.toFixed(0)} ms (lexicon and caches), then warm median ${median(warm).toFixed(1)} ms`)
}

/** A folder of `count` documents: the corpus documents and the letter, copied in turn, every other copy varied. */
function batchFolder(count) {
  const folder = join(scratch, `batch-${count}`)
  mkdirSync(folder, {recursive: true})
  const documents = corpusDocuments()
  for (let k = 0; k < count; k++) {
    const {paths} = documents[k % documents.length]
    const vary = (text) => (k % 2 === 0 ? text : text.replace(/\d+/, (digits) => String(Number(digits) + 1)).replace(/\n\n[^\n]+\n/, '\n\n'))
    const extension = (path) => /\.[a-z]+$/i.exec(path)?.[0] ?? '.md'
    if (paths.length === 2) {
      writeFileSync(join(folder, `doc${k}-en${extension(paths[0])}`), vary(readFileSync(paths[0], 'utf8')))
      copyFileSync(paths[1], join(folder, `doc${k}-fr${extension(paths[1])}`))
    } else writeFileSync(join(folder, `doc${k}${extension(paths[0])}`), vary(readFileSync(paths[0], 'utf8')))
  }
  return folder
}

function benchBatch() {
  const cores = availableParallelism()
  console.log(`\npareil check DIR --format jsonl (${cores} cores, one worker thread each)`)
  console.log('documents   seconds   documents/s   per core   peak MB')
  for (const count of sizes('PAREIL_BENCH_BATCH_SIZES', '250,500,1000')) {
    const run = pareil(['check', batchFolder(count), '--format', 'jsonl', '--fail-on', 'never'])
    const rate = count / run.seconds
    console.log(
      `${String(count).padStart(9)} ${run.seconds.toFixed(1).padStart(9)} ${rate.toFixed(1).padStart(13)} ${(rate / cores).toFixed(1).padStart(10)} ${run.peakMB.toFixed(0).padStart(9)}`,
    )
  }
}

try {
  benchAlign()
  await benchLetter()
  benchBatch()
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
