import type {Pair, SentencePair, Span} from '../types.js'
import {bundledLexicon} from '../words/bundled.js'
import {coverage, linkWords} from '../words/link.js'
import type {Lexicon} from '../words/lexicon.js'
import {equivalenceFeatureNames, equivalenceFeatures, equivalenceOf} from './equivalence.js'
import {polaritySignals} from './polarity.js'
import type {SentenceSimilarity} from './rule.js'
import {placedTokens} from './words.js'

/** What `compareSentences` finds of two sentences given as text. */
export interface SentenceComparison {
  /** The estimated probability, in [0, 1], that they say the same thing: the report's `equivalence`. */
  equivalence: number
  /** The share of content words of each side with a counterpart on the other. */
  coverage: {en: number; fr: number}
  /** One side negative, the other not (negation-mismatch). */
  negationMismatch: boolean
  /** Modals of conflicting force (modality-mismatch), a recommendation against another force included. */
  modalityConflict: boolean
  /** Words answered by their opposite (opposite-meaning). */
  opposites: number
  /** The model's inputs, by name (docs/report.md#equivalence). */
  features: Record<(typeof equivalenceFeatureNames)[number], number>
}

/**
 * Compares an English and a French sentence (or short passage) as `check` compares an aligned pair: the word
 * alignment, the polarity signals and the equivalence estimate. For scoring pairs that come from elsewhere (a
 * translation memory, an evaluation set) without making a document of them.
 */
export function compareSentences(en: string, fr: string, options: {lexicon?: Lexicon; similarity?: SentenceSimilarity} = {}): SentenceComparison {
  const lexicon = options.lexicon ?? bundledLexicon()
  const bead: SentencePair = {en: [textSpan(en)], fr: [textSpan(fr)], score: 1}
  const pair: Pair = {en: [], fr: [], score: 1, sentences: [bead]}
  const words = {pair, bead, alignment: linkWords(placedTokens(bead.en, 'en'), placedTokens(bead.fr, 'fr'), {lexicon})}
  const polarity = polaritySignals(words, lexicon)
  const values = equivalenceFeatures(words, polarity, lexicon)
  const similarity = options.similarity?.(en, fr)
  return {
    equivalence: equivalenceOf(values, similarity !== undefined && Number.isFinite(similarity) ? Math.min(1, Math.max(0, similarity)) : undefined),
    coverage: coverage(words.alignment),
    negationMismatch: polarity.negationMismatch !== undefined,
    modalityConflict: polarity.modalityConflict !== undefined,
    opposites: polarity.opposites.length,
    features: Object.fromEntries(equivalenceFeatureNames.map((name, k) => [name, values[k] ?? 0])) as SentenceComparison['features'],
  }
}

/** A sentence given as text, as a span of nowhere: the analysis reads only its text. */
function textSpan(text: string): Span {
  const end = {line: 1, column: text.length + 1, offset: text.length}
  return {source: 0, text, position: {start: {line: 1, column: 1, offset: 0}, end}}
}
