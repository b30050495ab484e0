import type {Lang} from '../types.js'
import {contrastsTsv} from './contrasts-data.js'
import {tokenize, type Token} from './tokens.js'

/**
 * Contrast sets (data/lexicon/contrasts.tsv): pairs of opposite poles, each said in English and in French
 * ("increase" / "augmenter" against "decrease" / "réduire"). A sentence whose English says one pole and whose
 * French says the other, and not the first, says the opposite.
 */
export interface Contrast {
  id: string
  /** The source column: what kind of opposition this is. */
  source: string
}

/** A pole of a contrast found in a sentence: which contrast, which pole, and the tokens that say it. */
export interface PoleMention {
  contrast: Contrast
  pole: 'a' | 'b'
  tokens: number[]
}

/**
 * One way of saying a pole: the stems of its words, in order ("à l'exception de" → a, l, exception, de); or, for
 * an alternative written `=word`, the word as written (folded), where its stem is that of another word ("public"
 * and "publication" share "public").
 */
interface Wording {
  contrast: Contrast
  pole: 'a' | 'b'
  stems: readonly string[]
  exact: boolean
}

/** The wordings of each language, by the stem of their first word. */
type WordingIndex = ReadonlyMap<string, readonly Wording[]>

/**
 * Parses contrast sets: a header, then `id, en_a, fr_a, en_b, fr_b, source` per line, alternatives split by `|`,
 * an alternative written `=word` matched as written rather than by stem.
 */
export function parseContrasts(tsv: string): Record<Lang, WordingIndex> {
  const index: Record<Lang, Map<string, Wording[]>> = {en: new Map(), fr: new Map()}
  const lines = tsv.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))
  for (const line of lines.slice(1)) {
    const [id = '', enA = '', frA = '', enB = '', frB = '', source = ''] = line.split('\t').map((cell) => cell.trim())
    const contrast: Contrast = {id, source}
    const add = (lang: Lang, pole: 'a' | 'b', cell: string) => {
      for (const alternative of cell.split('|')) {
        const exact = alternative.startsWith('=')
        const tokens = tokenize(alternative.replace(/^=/, '').trim(), lang)
        const stems = tokens.map((token) => (exact ? token.folded : token.stem))
        const first = tokens[0]?.stem
        if (first === undefined) continue
        const wordings = index[lang].get(first) ?? []
        wordings.push({contrast, pole, stems, exact})
        index[lang].set(first, wordings)
      }
    }
    add('en', 'a', enA)
    add('fr', 'a', frA)
    add('en', 'b', enB)
    add('fr', 'b', frB)
  }
  return index
}

let bundled: Record<Lang, WordingIndex> | undefined

/** The bundled contrast sets, parsed on first use. */
function bundledContrasts(): Record<Lang, WordingIndex> {
  bundled ??= parseContrasts(contrastsTsv)
  return bundled
}

/** The poles of contrast sets a sentence's tokens say, longest wording first where two overlap. */
export function findPoles(tokens: readonly Token[], lang: Lang, index: Record<Lang, WordingIndex> = bundledContrasts()): PoleMention[] {
  const found: PoleMention[] = []
  const used = new Set<number>()
  tokens.forEach((token, k) => {
    const matching = (index[lang].get(token.stem) ?? []).filter((wording) =>
      wording.stems.every((stem, d) => !used.has(k + d) && (wording.exact ? tokens[k + d]?.folded : tokens[k + d]?.stem) === stem),
    )
    // The longest wording wins the tokens; a word of two contrasts ("latest": late, and last) says both.
    const longest = Math.max(0, ...matching.map((wording) => wording.stems.length))
    const kept = matching.filter((wording) => wording.stems.length === longest)
    for (const wording of kept) found.push({contrast: wording.contrast, pole: wording.pole, tokens: wording.stems.map((_, d) => k + d)})
    for (let d = 0; d < longest; d++) used.add(k + d)
  })
  return found
}
