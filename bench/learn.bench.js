// pareil learn: IBM Model 1 on translation units, here the one-to-one gold beads of the align-gold novels
// (../shared/align-gold, skipped when absent) standing for a translation memory. Time per unit as the memory grows,
// and a sample of what is learnt.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {learnPairs} from '../dist/index.js'

const gold = new URL('../../shared/align-gold/transread/', import.meta.url)
if (!existsSync(gold)) {
  console.log('skipped: ../shared/align-gold is not here')
} else {
  const units = []
  for (const book of readdirSync(gold)
    .filter((file) => file.endsWith('.enfr'))
    .map((file) => file.slice(0, -5))) {
    const en = readFileSync(new URL(`${book}.en`, gold), 'utf8').split('\n')
    const fr = readFileSync(new URL(`${book}.fr`, gold), 'utf8').split('\n')
    for (const line of readFileSync(new URL(`${book}.enfr`, gold), 'utf8')
      .trim()
      .split('\n')) {
      const [a, b] = line.split(':').map((side) => JSON.parse(side))
      if (a.length === 1 && b.length === 1) units.push({en: en[a[0]], fr: fr[b[0]]})
    }
  }
  console.log('units   seconds   pairs learnt   time per unit vs 1,000')
  let base
  for (const count of [1000, 2000, 4000]) {
    const started = performance.now()
    // An even sample across all the books, so that sentence lengths are alike at every size.
    const pairs = learnPairs(units.filter((_, k) => k % Math.floor(units.length / count) === 0).slice(0, count))
    const seconds = (performance.now() - started) / 1000
    base ??= seconds / count
    console.log(`${String(count).padStart(5)} ${seconds.toFixed(2).padStart(9)} ${String(pairs.length).padStart(14)}   ×${(seconds / count / base).toFixed(2)}`)
    if (count === 4000)
      console.log(
        `most sure: ${pairs
          .slice(0, 15)
          .map((pair) => `${pair.en} = ${pair.fr}`)
          .join(', ')}`,
      )
  }
}
