import {Lexicon, parseLexicon} from './lexicon.js'
import {lexiconTsv} from './lexicon-data.js'

let bundled: Lexicon | undefined

/**
 * The English–French lexicon that ships with pareil (data/lexicon/en-fr.tsv),
 * with the names of countries and languages in both languages from `Intl`
 * ("Japan" / "Japon", "New Zealand" / "Nouvelle-Zélande"). Parsed on first
 * use: importing pareil costs nothing until a check looks at words. It is
 * read-only (shared by every check); extend it with `new Lexicon(bundledLexicon())`.
 */
export function bundledLexicon(): Lexicon {
  if (bundled === undefined) {
    bundled = parseLexicon(lexiconTsv, new Lexicon(undefined, {name: 'pareil', path: 'data/lexicon/en-fr.tsv'}))
    addDisplayNames(bundled)
    // Shared by every check of the process: read-only, so that no caller's additions leak into another check.
    bundled.freeze()
  }
  return bundled
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
