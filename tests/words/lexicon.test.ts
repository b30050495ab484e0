import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {bundledLexicon} from '../../src/words/bundled.js'
import {Lexicon, parseLexicon} from '../../src/words/lexicon.js'
import {tokenize} from '../../src/words/tokens.js'

const word = (text: string, lang: 'en' | 'fr') => tokenize(text, lang)[0] as {keys: readonly string[]}

describe('the bundled lexicon', () => {
  const tsv = readFileSync(new URL('../../data/lexicon/en-fr.tsv', import.meta.url), 'utf8')
  const rows = tsv.trim().split('\n').slice(1)

  it('has at least 20,000 well-formed pairs, lower case and without duplicates', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20_000)
    for (const row of rows) expect(row).toMatch(/^[^\t\sA-Z][^\tA-Z]*\t[^\t\sA-Z][^\tA-Z]*$/u)
    expect(new Set(rows).size).toBe(rows.length)
  })

  it('matches inflected forms through stems and irregular forms', () => {
    const lexicon = bundledLexicon()
    expect(lexicon.weightOf(word('improved', 'en'), word('améliorait', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('selling', 'en'), word('vente', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('believe', 'en'), word('crois', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('advertising', 'en'), word('publicité', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('advertising', 'en'), word('vente', 'fr'))).toBe(0)
  })

  it('knows country names in both languages from Intl', () => {
    expect(bundledLexicon().weightOf(word('Japan', 'en'), word('Japon', 'fr'))).toBe(1)
  })
})

describe('Lexicon', () => {
  it('pairs each content word of a phrase with each of the other, ignoring function words', () => {
    const lexicon = parseLexicon('en\tfr\nadvertise\tfaire de la publicité\n# a comment\nbill\tprojet de loi\t0.5\n')
    expect(lexicon.weightOf(word('advertise', 'en'), word('publicité', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('bill', 'en'), word('loi', 'fr'))).toBe(0.5)
    expect(lexicon.knowsWord('fr', word('de', 'fr'))).toBe(false)
    // A light verb of a phrase is not a translation of its own: "advertise" is not "faire".
    expect(lexicon.weightOf(word('advertise', 'en'), word('faire', 'fr'))).toBe(0)
    expect(lexicon.size).toBe(2)
  })

  it('pairs only the words of a term that do not already answer each other', () => {
    const lexicon = parseLexicon('en\tfr\nchild pornography\tpornographie juvénile\nboard\tconseil\ntreasury\ttrésor\ntreasury board\tconseil du trésor\n')
    expect(lexicon.weightOf(word('child', 'en'), word('juvénile', 'fr'))).toBe(1)
    expect(lexicon.weightOf(word('child', 'en'), word('pornographie', 'fr'))).toBe(0)
    expect(lexicon.weightOf(word('treasury', 'en'), word('conseil', 'fr'))).toBe(0)
  })

  it('consults its base under its own entries, without changing the base', () => {
    const base = parseLexicon('en\tfr\nlaw\tloi\n')
    const layered = new Lexicon(base)
    layered.add('law', 'droit')
    expect(layered.weightOf(word('law', 'en'), word('loi', 'fr'))).toBe(1)
    expect(layered.weightOf(word('law', 'en'), word('droit', 'fr'))).toBe(1)
    expect(base.weightOf(word('law', 'en'), word('droit', 'fr'))).toBe(0)
    expect(layered.size).toBe(2)
  })
})
