// Sentence alignment quality on the English–French gold of ../shared/align-gold/transread (11 novels; skipped when
// absent): strict precision, recall and F1 as vecalign defines them — a predicted bead counts only when identical
// to a gold bead; beads with an empty side are left out of both. Figures are micro-averaged over all beads.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {alignSegments} from '../dist/align/aligner.js'
import {bundledLexicon} from '../dist/words/bundled.js'

const gold = new URL('../../shared/align-gold/transread/', import.meta.url)
const parseBeads = (text) =>
  text
    .trim()
    .split('\n')
    .map((line) => {
      const [en, fr] = line.split(':').map((side) => JSON.parse(side))
      return {en, fr}
    })
const key = (bead) => `${bead.en.join(',')}:${bead.fr.join(',')}`

export function score(predicted, expected) {
  const wanted = new Set(expected.filter((b) => b.en.length > 0 && b.fr.length > 0).map(key))
  const got = predicted.filter((b) => b.en.length > 0 && b.fr.length > 0).map(key)
  const right = got.filter((k) => wanted.has(k)).length
  return {right, predicted: got.length, gold: wanted.size}
}

if (!existsSync(gold)) {
  console.log('skipped: ../shared/align-gold is not here')
} else {
  const books = readdirSync(gold)
    .filter((f) => f.endsWith('.enfr'))
    .map((f) => f.slice(0, -5))
    .sort()
  const useParagraphs = process.env.ALIGN_PARAGRAPHS !== '0'
  // pareil's lexicon, as alignDocuments gives it (ALIGN_LEXICON=0 for the aligner alone).
  const useLexicon = process.env.ALIGN_LEXICON !== '0'
  console.log(useParagraphs ? 'with the paragraph ids of the four books that have them' : 'without paragraph ids')
  const total = {right: 0, predicted: 0, gold: 0}
  console.log('book                             P      R      F1')
  for (const book of books) {
    const read = (ext) =>
      readFileSync(new URL(`${book}.${ext}`, gold), 'utf8')
        .replace(/\n$/, '')
        .split('\n')
    // Paragraph ids, where the book has them, let pareil align paragraphs first, as it does on documents.
    const withParagraphs = (lines, ids) => lines.map((text, k) => (useParagraphs ? {text, paragraph: ids[k]} : text))
    const beads = alignSegments(withParagraphs(read('en'), read('en.para')), withParagraphs(read('fr'), read('fr.para')), {
      ...JSON.parse(process.env.ALIGN_OPTIONS ?? '{}'),
      ...(useLexicon ? {lexicon: bundledLexicon()} : {lexicon: null}),
    })
    const s = score(beads, parseBeads(readFileSync(new URL(`${book}.enfr`, gold), 'utf8')))
    for (const k of Object.keys(total)) total[k] += s[k]
    const p = s.right / s.predicted
    const r = s.right / s.gold
    console.log(`${book.padEnd(30)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${((2 * p * r) / (p + r)).toFixed(3)}`)
  }
  const p = total.right / total.predicted
  const r = total.right / total.gold
  console.log(`${'all (micro)'.padEnd(30)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${((2 * p * r) / (p + r)).toFixed(3)}`)
}
