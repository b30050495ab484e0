import type {Block, BlockDetection, Detection, Document} from '../types.js'
import {blockLanguage, type BlockLanguage} from './language.js'
import {documentLayout, separateLayout, type Unit, unitLayout, unitWeight} from './layout.js'
import {isNavigation} from './navigation.js'

export {cueWords, wordEvidence, type Evidence} from './cues.js'
export {blockLanguage, textLanguage, type BlockLanguage} from './language.js'
export {isNavigation} from './navigation.js'
export {segmentLanguages} from './viterbi.js'

/**
 * Finds the language of every block, then the layout of the English and
 * French parts, deciding over the whole sequence of blocks rather than block
 * by block: one input is halves, interleaved, side by side, monolingual or
 * mixed; two inputs are separate (one English, one French, in either order).
 */
export function detect(documents: readonly Document[]): Detection {
  const blocks = new Map<string, BlockDetection>()
  const perDocument = documents.map((document) => {
    const units: Unit[] = document.blocks.map((block) => {
      const navigation = isNavigation(block)
      const language = declaredLanguage(block, blockLanguage(block))
      blocks.set(block.id, {lang: language.lang, confidence: round(language.confidence), navigation})
      return {block, navigation, weight: navigation ? 0 : unitWeight(language, block), lang: language.lang}
    })
    return {document, units}
  })
  const [only] = perDocument
  const result =
    perDocument.length === 1 && only !== undefined
      ? only.document.blocks.some((block) => block.unit !== undefined)
        ? unitLayout(only.units)
        : documentLayout(only.units)
      : separateLayout(perDocument)
  return {...result, blocks}
}

/** How sure the text's own verdict must be to stand against the markup's. */
const plainly = 0.9
/** Evidence the markup's language gives, in the units of the word cues: as much as a long paragraph's. */
const declaredEvidence = 12

/**
 * A block's language, with the language its markup declares (an HTML `lang`, an XLIFF target language) taken as
 * strong evidence where the text's own is weak (a short heading, a line of names): the text's verdict stands where it
 * is sure (an untranslated target), and text with no language in it stays neutral.
 */
function declaredLanguage(block: Block, found: BlockLanguage): BlockLanguage {
  const declared = block.declaredLang
  if (declared === undefined || !block.prose || found.lang === 'bilingual') return found
  // Text with no language in it (a number, a date, a name) stays neutral whatever the markup says; text plainly in
  // one language is in it, whatever the markup says (a target left in English is untranslated, not French).
  if (found.lang === 'neutral' && found.evidence.en + found.evidence.fr === 0) return found
  if ((found.lang === 'en' || found.lang === 'fr') && found.confidence >= plainly) return found
  const evidence = {...found.evidence, [declared]: found.evidence[declared] + declaredEvidence}
  const margin = evidence[declared] - evidence[declared === 'en' ? 'fr' : 'en']
  if (margin <= 0) return found
  return {lang: declared, confidence: Math.max(found.lang === declared ? found.confidence : 0, Math.min(1, margin / declaredEvidence)), evidence}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
