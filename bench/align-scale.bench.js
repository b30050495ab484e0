// Alignment time and peak memory for 1k, 10k, 50k and 100k sentences per side. Inputs are built by repeating the
// gold novels of ../shared/align-gold (each copy in a shuffled book order, the same on both sides), without paragraph
// ids: the whole input is one band search. Each size runs in its own process so that its peak memory is its own.
import {spawnSync} from 'node:child_process'
import {haveGold, repeatedNovels} from './gold-novels.js'
import {fileURLToPath} from 'node:url'

const sizes = (process.env.ALIGN_SIZES ?? '1000,10000,50000,100000').split(',').map(Number)

if (!haveGold) {
  console.log('skipped: ../shared/align-gold is not here')
} else if (process.argv[2] === 'one') {
  const {alignSegments} = await import('../dist/align/aligner.js')
  const {en, fr} = repeatedNovels(Number(process.argv[3]), {shuffled: true, cut: 'bead'})
  const start = process.hrtime.bigint()
  // The inner aligner without the lexicon, as this curve has always been measured (the CLI's path uses it).
  const beads = alignSegments(en, fr, {lexicon: null})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  console.log(JSON.stringify({en: en.length, fr: fr.length, beads: beads.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024}))
} else {
  console.log('sentences per side   seconds   µs per sentence   peak memory (MB)   time vs 1k, per sentence')
  let base
  for (const size of sizes) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), 'one', String(size)], {encoding: 'utf8'})
    if (run.status !== 0) {
      console.log(`${size}: failed ${run.stderr.split('\n')[0]}`)
      continue
    }
    const result = JSON.parse(run.stdout)
    const perSentence = (result.seconds * 1e6) / result.en
    base ??= perSentence
    console.log(
      `${String(result.en).padStart(19)} ${result.seconds.toFixed(2).padStart(9)} ${perSentence.toFixed(0).padStart(17)} ${result.peakMB.toFixed(0).padStart(18)}   ×${(perSentence / base).toFixed(2)}`,
    )
  }
}
