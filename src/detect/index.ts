import type {BlockDetection, Detection, Document} from '../types.js'
import {blockLanguage} from './language.js'
import {documentLayout, separateLayout, type Unit, unitWeight} from './layout.js'
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
      const language = blockLanguage(block)
      blocks.set(block.id, {lang: language.lang, confidence: round(language.confidence), navigation})
      return {block, navigation, weight: navigation ? 0 : unitWeight(language, block), lang: language.lang}
    })
    return {document, units}
  })
  const [only] = perDocument
  const result = perDocument.length === 1 && only !== undefined ? documentLayout(only.units) : separateLayout(perDocument)
  return {...result, blocks}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
