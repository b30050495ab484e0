import type {Lang} from '../types.js'
import type {CompiledLexicon} from './lexicon.js'
import {englishFormsTsv, frenchFormsTsv, lexiconTsv} from './lexicon-data.js'

/**
 * What pareil's word data (data/lexicon/*.tsv) is read from: the TSV files,
 * parsed at first use (in src/, which tests run), or the same data compiled
 * at build time, which loads without parsing or stemming: the last step of
 * `npm run build` (scripts/compile-lexicon.mjs) replaces this module in dist/
 * with one holding `{compiled: true, …}` and nothing else. A build without
 * that step still works, parsing as here.
 */
export type WordData =
  | {compiled: false; lexiconTsv: string; formsTsv: Record<Lang, string>}
  | {compiled: true; lexicon: CompiledLexicon; forms: Record<Lang, string>}

export const wordData: WordData = {compiled: false, lexiconTsv, formsTsv: {en: englishFormsTsv, fr: frenchFormsTsv}}
