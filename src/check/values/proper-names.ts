import type {Lang} from '../../types.js'
import type {Lexicon} from '../../words/lexicon.js'
import {cognateSimilarity} from '../../words/cognates.js'
import {functionWords} from '../../words/function-words.js'
import {tokenize, type Token} from '../../words/tokens.js'

/** A proper name of a sentence: a person, a place, a product ("Steven Guilbeault", "Ottawa", "GitHub"). */
export interface ProperName {
  /** The folded words of the name, by which it meets the same name in the other language. */
  words: string[]
  start: number
  end: number
}

const other: Record<Lang, Lang> = {en: 'fr', fr: 'en'}

/**
 * Runs of capitalised words inside a sentence (not at its start) that are
 * words of neither language: names, which translations keep as they are.
 * A capitalised word the lexicon knows ("Regional Connectivity", "Criminal
 * Code") is a title or a term, translated: not a name here.
 */
export function findProperNames(text: string, lang: Lang, lexicon: Lexicon): ProperName[] {
  const names: ProperName[] = []
  let run: Token[] = []
  const close = () => {
    if (run.length > 0) {
      const first = run[0] as Token
      const last = run.at(-1) as Token
      names.push({words: run.map((token) => token.folded), start: first.start, end: last.end})
    }
    run = []
  }
  for (const token of tokenize(text, lang)) {
    if (token.kind === 'name' && token.content && token.folded.length >= 3 && !known(token, lang, lexicon)) run.push(token)
    else close()
  }
  close()
  return names
}

/**
 * Whether two names are the same: they share a word, give or take an ending
 * ("Ionogram" / "Ionogrammes", "Timbit" / "Timbits", "Lametti" / "David Lametti").
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x === y || cognateSimilarity(x, y) >= 0.78))
}

function known(token: Token, lang: Lang, lexicon: Lexicon): boolean {
  // A word of the other language's grammar ("This" in a French sentence) or a short mixed-case acronym ("CaC",
  // which the French writes "CC") is not a name that must be kept as it is.
  if (functionWords[other[lang]].has(token.folded) || (/\p{Lu}.*\p{Lu}/u.test(token.text) && token.text.length <= 4)) return true
  if (lexicon.knowsWord(lang, token)) return true
  const [asOther] = tokenize(token.text.toLowerCase(), other[lang])
  return asOther !== undefined && lexicon.knowsWord(other[lang], asOther)
}
