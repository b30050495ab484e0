import type {Detection, Document, Pair} from '../types.js'

/**
 * Aligns the English and French parts, paragraph by paragraph and then sentence by sentence.
 *
 * PLACEHOLDER: the aligner is not built yet (issue 4). Without a detected
 * layout there is nothing to align, so no pairs are returned.
 */
export function align(documents: readonly Document[], detection: Detection): Pair[] {
  void documents
  void detection
  return []
}
