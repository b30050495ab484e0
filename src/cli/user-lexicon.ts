import {readFreeDict, readLexicon} from '../node.js'
import {Lexicon} from '../words/lexicon.js'

/** Where the words given besides pareil's lexicon come from: plain data, so that a batch hands it to its workers. */
export interface LexiconSources {
  /** Lexicon files: the configuration's, then each `--lexicon FILE`. */
  files: readonly string[]
  /** The FreeDict folder to read when the machine has it; absent with `--no-freedict`. */
  freeDict?: string
}

/** The words of those sources merged into one lexicon, or undefined when there are none. */
export function userLexicon(sources: LexiconSources, maxBytes: number): Lexicon | undefined {
  const parts = sources.files.map((path) => readLexicon(path, {maxBytes}))
  if (sources.freeDict !== undefined) {
    const freeDict = readFreeDict(sources.freeDict)
    if (freeDict !== undefined) parts.push(freeDict)
  }
  if (parts.length === 0) return undefined
  const lexicon = new Lexicon()
  for (const part of parts) lexicon.merge(part)
  return lexicon
}
