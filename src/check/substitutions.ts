import {cognateSimilarity} from '../words/cognates.js'
import type {Lexicon} from '../words/lexicon.js'
import {coverage} from '../words/link.js'
import type {BeadWords, PlacedToken} from './words.js'

/** A word of each side in the same place, each known to the lexicon, neither a translation of the other. */
export interface Substitution {
  en: number
  fr: number
}

/** Below this share of content words with a counterpart, a sentence is reworded, not one word swapped. */
const minimumCoverage = 0.7

/**
 * Words swapped for a word that means something else: in a bead whose other words answer each other, an English
 * word and a French word left without a counterpart in the same place (between the same linked neighbours), both
 * known to the lexicon, which pairs neither with the other, and no cognates. On the corpus most such pairs are
 * a translator's rewording or a synonym the lexicon lacks ("assist" / "faciliter", "covered" / "protégé"), so they
 * are not reported: they weigh in the equivalence estimate, with the other signals.
 */
export function findSubstitutions(words: BeadWords, lexicon: Lexicon): Substitution[] {
  const {en, fr, enCounterpart, frCounterpart} = words.alignment
  const covered = coverage(words.alignment)
  if (covered.en < minimumCoverage || covered.fr < minimumCoverage) return []
  const found: Substitution[] = []
  en.forEach((english, i) => {
    if (!candidate(english, enCounterpart[i] ?? 0, lexicon, 'en')) return
    // The linked content words just before and just after, and where their counterparts stand.
    const before = neighbour(en, enCounterpart, i, -1)
    const after = neighbour(en, enCounterpart, i, 1)
    if (before === undefined || after === undefined) return
    const from = enCounterpart[before] as number
    const to = enCounterpart[after] as number
    if (to - from < 2) return
    // Exactly one unlinked content word of the French between the two counterparts.
    const between = range(from + 1, to).filter((j) => fr[j]?.content === true && frCounterpart[j] === -1)
    const french = between[0]
    if (between.length !== 1 || french === undefined || !candidate(fr[french] as PlacedToken, -1, lexicon, 'fr')) return
    const f = fr[french] as PlacedToken
    if (lexicon.weightOf(english, f) > 0 || cognateSimilarity(english.folded, f.folded) >= 0.5) return
    found.push({en: i, fr: french})
  })
  return found
}

function candidate(token: PlacedToken, counterpart: number, lexicon: Lexicon, lang: 'en' | 'fr'): boolean {
  return token.content && token.kind === 'word' && counterpart === -1 && token.folded.length >= 4 && lexicon.knowsWord(lang, token)
}

/** The nearest linked content word before (-1) or after (1) token `i`, within three words, and with nothing unlinked between but function words. */
function neighbour(tokens: readonly PlacedToken[], counterparts: Int32Array, i: number, direction: -1 | 1): number | undefined {
  for (let k = i + direction, steps = 0; k >= 0 && k < tokens.length && steps < 3; k += direction, steps++) {
    const token = tokens[k] as PlacedToken
    if (!token.content) continue
    return counterparts[k] === -1 ? undefined : k
  }
  return undefined
}

function range(from: number, to: number): number[] {
  return Array.from({length: Math.max(0, to - from)}, (_, k) => from + k)
}
