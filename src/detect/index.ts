import type {BlockLang, Detection, Document} from '../types.js'

/**
 * Finds the language of each block and the layout of the English and French parts.
 *
 * PLACEHOLDER: language identification and layout detection are not built yet
 * (issue 3). Until then every block is `unknown`, the layout is `unknown` and no
 * part is reported: honest gaps rather than guesses.
 */
export function detect(documents: readonly Document[]): Detection {
  const langs = new Map<string, BlockLang>()
  for (const document of documents) {
    for (const block of document.blocks) langs.set(block.id, 'unknown')
  }
  return {layout: 'unknown', parts: [], langs}
}
