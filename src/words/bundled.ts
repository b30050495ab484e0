import {wordData} from './compiled-lexicon.js'
import {Lexicon, loadCompiledLexicon, parseLexicon} from './lexicon.js'

let bundled: Lexicon | undefined

const origin = {name: 'pareil', path: 'data/lexicon/en-fr.tsv'}

/**
 * The English–French lexicon that ships with pareil (data/lexicon/en-fr.tsv),
 * with the names of countries and languages in both languages from `Intl`
 * ("Japan" / "Japon", "New Zealand" / "Nouvelle-Zélande"). Made on first
 * use: importing pareil costs nothing until a check looks at words. The build
 * compiles it (scripts/compile-lexicon.mjs), so that the built package loads
 * it without parsing; run from the sources, it is parsed. It is read-only
 * (shared by every check); extend it with `new Lexicon(bundledLexicon())`.
 */
export function bundledLexicon(): Lexicon {
  if (bundled === undefined) {
    bundled = wordData.compiled ? loadCompiledLexicon(wordData.lexicon, origin) : parseBundledLexicon(wordData.lexiconTsv)
    // Shared by every check of the process: read-only, so that no caller's additions leak into another check.
    bundled.freeze()
  }
  return bundled
}

/**
 * pareil's lexicon parsed from the text of data/lexicon/en-fr.tsv, with the
 * names from `Intl`: what `bundledLexicon` is when not compiled, and what the
 * build compiles (with the `Intl` data of the Node.js that builds).
 */
export function parseBundledLexicon(tsv: string): Lexicon {
  const lexicon = parseLexicon(tsv, new Lexicon(undefined, origin))
  addDisplayNames(lexicon)
  return lexicon
}

function addDisplayNames(lexicon: Lexicon): void {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const regions = [...letters].flatMap((a) => [...letters].map((b) => a + b))
  const languages = [...'abcdefghijklmnopqrstuvwxyz'].flatMap((a) => [...'abcdefghijklmnopqrstuvwxyz'].map((b) => a + b))
  for (const [type, codes] of [
    ['region', regions],
    ['language', languages],
  ] as const) {
    const english = new Intl.DisplayNames('en', {type, fallback: 'none'})
    const french = new Intl.DisplayNames('fr', {type, fallback: 'none'})
    for (const code of codes) {
      const en = english.of(code)
      const fr = french.of(code)
      if (en !== undefined && fr !== undefined && en !== code) lexicon.add(en, fr)
    }
  }
}
