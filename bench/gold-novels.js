// Long inputs for the alignment benchmarks: the gold novels of ../shared/align-gold repeated, in the same book order
// on both sides or each copy shuffled (the same order on both sides), with their gold beads.
import {existsSync, readFileSync, readdirSync} from 'node:fs'

const gold = new URL('../../shared/align-gold/transread/', import.meta.url)

/** Whether ../shared/align-gold is here. */
export const haveGold = existsSync(gold)

/** The gold books' names, sorted (each has .en, .fr and .enfr files, some .en.para and .fr.para). */
export function goldBooks() {
  return readdirSync(gold)
    .filter((file) => file.endsWith('.enfr'))
    .map((file) => file.slice(0, -5))
    .sort()
}

/** The lines of one of a gold book's files: `en`, `fr` (one sentence a line), `enfr` (one bead a line). */
export function bookLines(book, ext) {
  return readFileSync(new URL(`${book}.${ext}`, gold), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
}

/**
 * At least `size` sentences per side. `cut: 'lines'` cuts both sides at `size` lines, so that their ends do not
 * match (as real files often do not), and keeps the gold beads wholly inside the cut; `cut: 'bead'` stops at the
 * first gold bead boundary past `size` English sentences, so that both sides end together.
 */
export function repeatedNovels(size, {shuffled = false, cut = 'lines'} = {}) {
  const books = goldBooks()
  const lines = bookLines
  const en = []
  const fr = []
  const beads = []
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (;;) {
    for (const book of shuffled ? [...books].sort(() => random() - 0.5) : books) {
      const english = lines(book, 'en')
      const french = lines(book, 'fr')
      // How far into this book the beads so far reach, on each side.
      let enReach = 0
      let frReach = 0
      for (const bead of lines(book, 'enfr')) {
        const [e, f] = bead.split(':').map((side) => JSON.parse(side))
        beads.push({en: e.map((k) => k + en.length), fr: f.map((k) => k + fr.length)})
        for (const k of e) enReach = Math.max(enReach, k + 1)
        for (const k of f) frReach = Math.max(frReach, k + 1)
        if (cut === 'bead' && en.length + enReach >= size) {
          return {en: [...en, ...english.slice(0, enReach)], fr: [...fr, ...french.slice(0, frReach)], gold: beads}
        }
      }
      en.push(...english)
      fr.push(...french)
      if (cut === 'lines' && en.length >= size && fr.length >= size) {
        const inside = beads.filter((bead) => bead.en.every((k) => k < size) && bead.fr.every((k) => k < size))
        return {en: en.slice(0, size), fr: fr.slice(0, size), gold: inside}
      }
    }
  }
}
