// The word data compiled at build time (scripts/compile-lexicon.mjs) must make the same lexicon and forms tables as
// parsing the TSV files, which is what runs from the sources.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {bundledLexicon, parseBundledLexicon} from '../../src/words/bundled.js'
import {wordData} from '../../src/words/compiled-lexicon.js'
import {compiledFormsTable, compileForms, irregularLemmas} from '../../src/words/forms.js'
import {type CompiledLexicon, compileLexicon, Lexicon, loadCompiledLexicon, parseLexicon} from '../../src/words/lexicon.js'
import {englishFormsTsv, frenchFormsTsv, lexiconTsv} from '../../src/words/lexicon-data.js'
import {lemmaStems, tokenize} from '../../src/words/tokens.js'
import type {Lang} from '../../src/types.js'
import {readFixture, root} from '../helpers.js'

const origin = {name: 'pareil', path: 'data/lexicon/en-fr.tsv'}

// Parsing takes a while: once for the file.
let parsedOnce: Lexicon | undefined
const parsedLexicon = (): Lexicon => (parsedOnce ??= parseBundledLexicon(lexiconTsv).freeze())

/** A deterministic sample: every `step`-th item. */
const every = <T>(items: readonly T[], step: number): T[] => items.filter((_, index) => index % step === 0)

/** The stems to look up: those of every entry, of two letters' words, near misses, and stems no entry has. */
function sampleStems(): Record<Lang, string[]> {
  const stems = {en: new Set<string>(), fr: new Set<string>()}
  for (const line of lexiconTsv.split('\n').slice(1)) {
    const [en, fr] = line.split('\t')
    if (en === undefined || fr === undefined) continue
    for (const stem of lemmaStems(en, 'en')) stems.en.add(stem)
    for (const stem of lemmaStems(fr, 'fr')) stems.fr.add(stem)
  }
  const letter = readFixture('ministerial-letter-2021.md')
  for (const lang of ['en', 'fr'] as const) {
    for (const token of tokenize(letter, lang)) for (const key of token.keys) stems[lang].add(key)
    for (const stem of every([...stems[lang]], 7)) {
      stems[lang].add(`${stem}x`)
      stems[lang].add(stem.slice(0, -1))
    }
    for (const odd of ['', ' ', 'zzqx', '__proto__', 'constructor', 'hasOwnProperty', 'a\tb']) stems[lang].add(odd)
  }
  return {en: [...stems.en], fr: [...stems.fr]}
}

/** Expects two lexicons to answer every question alike, over the stems given (and any pair of them, sampled). */
function expectSameAnswers(actual: Lexicon, expected: Lexicon, stems: Record<Lang, string[]>): void {
  expect(actual.size).toBe(expected.size)
  expect(actual.origins).toEqual(expected.origins)
  expect(actual.frozen).toBe(expected.frozen)
  const differences: string[] = []
  const frenchSample = every(stems.fr, 97)
  for (const en of stems.en) {
    const translations = expected.translations(en)
    if (JSON.stringify(actual.translations(en)) !== JSON.stringify(translations)) differences.push(`translations(${en})`)
    for (const fr of [...translations, ...frenchSample]) {
      if (actual.weight(en, fr) !== expected.weight(en, fr)) differences.push(`weight(${en}, ${fr})`)
    }
    if (actual.knows('en', en) !== expected.knows('en', en)) differences.push(`knows(en, ${en})`)
  }
  for (const fr of stems.fr) if (actual.knows('fr', fr) !== expected.knows('fr', fr)) differences.push(`knows(fr, ${fr})`)
  for (const [english, french] of [
    ['improved', 'améliorait'],
    ['Japan', 'Japon'],
    ['believe', 'crois'],
  ] as const) {
    const [en, fr] = [tokenize(english, 'en')[0], tokenize(french, 'fr')[0]]
    if (en === undefined || fr === undefined) throw new Error('no token')
    expect(actual.weightOf(en, fr)).toBe(expected.weightOf(en, fr))
    expect(actual.knowsWord('en', en)).toBe(expected.knowsWord('en', en))
  }
  expect(differences.slice(0, 20)).toEqual([])
}

describe('the compiled bundled lexicon', () => {
  let parsed: Lexicon
  let compiled: CompiledLexicon
  let loaded: Lexicon
  let stems: Record<Lang, string[]>

  beforeAll(() => {
    parsed = parsedLexicon()
    // Through JSON, as the build writes it.
    compiled = JSON.parse(JSON.stringify(compileLexicon(parsed))) as CompiledLexicon
    loaded = loadCompiledLexicon(compiled, origin)
    stems = sampleStems()
  })

  it('looks at thousands of stems', () => {
    expect(stems.en.length).toBeGreaterThan(5_000)
    expect(stems.fr.length).toBeGreaterThan(5_000)
    expect(parsed.size).toBeGreaterThan(20_000)
  })

  it('answers as the parsed lexicon does: translations, weights, known stems, size and origins', () => {
    expectSameAnswers(loaded, parsed, stems)
    expect(loaded.origins).toEqual([{...origin, entries: parsed.size}])
  })

  it('holds the same state: compiled again, it gives the same text', () => {
    expect(compileLexicon(loaded)).toEqual(compiled)
    // Rows read on lookup keep their place.
    expect(compileLexicon(loaded)).toEqual(compiled)
  })

  it('is what bundledLexicon() is when run from the sources (parsed)', () => {
    expect(wordData.compiled).toBe(false)
    expect(bundledLexicon().frozen).toBe(true)
    expect(compileLexicon(bundledLexicon())).toEqual(compiled)
  })

  it('is read-only', () => {
    expect(loaded.frozen).toBe(true)
    expect(() => loaded.add('law', 'loi')).toThrow(TypeError)
    expect(() => loaded.merge(new Lexicon())).toThrow(TypeError)
  })

  it("serves as the base of a user's lexicon, whose terms are paired against it", () => {
    const entries = 'en\tfr\nchild pornography\tpornographie juvénile\nwidget\tbidule\t0.5\ntreasury board\tconseil du trésor\nlaw\tdroit\n'
    const overLoaded = parseLexicon(entries, new Lexicon(loaded, {name: 'mine.tsv'}))
    const overParsed = parseLexicon(entries, new Lexicon(parsed, {name: 'mine.tsv'}))
    expectSameAnswers(overLoaded, overParsed, {en: [...every(stems.en, 5), 'widget', 'child', 'law'], fr: [...every(stems.fr, 5), 'bidul', 'juvenil']})
    expect(overLoaded.weight('widget', 'bidul')).toBe(0.5)
  })

  it('merges into a lexicon of its own, and takes a user lexicon merged over it', () => {
    expectSameAnswers(new Lexicon().merge(loaded), new Lexicon().merge(parsed), stems)
    const user = parseLexicon('en\tfr\nwidget\tbidule\nlaw\tdroit\t0.25\n')
    // What `check` does with a user's lexicon.
    expectSameAnswers(new Lexicon(loaded).merge(user), new Lexicon(parsed).merge(user), {
      en: [...every(stems.en, 3), 'widget', 'law'],
      fr: [...every(stems.fr, 3), 'bidul', 'droit'],
    })
  })

  it('compiles only a lexicon of its own entries', () => {
    expect(() => compileLexicon(new Lexicon(parsed))).toThrow(TypeError)
    expect(() => compileLexicon(new Lexicon().merge(parsed))).toThrow(TypeError)
    expect(compileLexicon(new Lexicon())).toEqual({entries: 0, pairs: '', known: {en: '', fr: ''}})
    expect(loadCompiledLexicon(compileLexicon(new Lexicon())).size).toBe(0)
  })
})

describe('the compiled forms tables', () => {
  const tables = {en: englishFormsTsv, fr: frenchFormsTsv}

  it.each(['en', 'fr'] as const)('give the lemmas of every form of forms-%s.tsv, in order, and none for other words', (lang) => {
    const lookUp = compiledFormsTable(compileForms(tables[lang]))
    const forms = tables[lang]
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split('\t')[0] ?? '')
    expect(forms.length).toBeGreaterThan(lang === 'fr' ? 20_000 : 500)
    const others = [...every(forms, 11).flatMap((form) => [`${form}s`, form.slice(0, -1), form.toUpperCase()]), '', 'zzz', '\uffff', 'a\tb', '__proto__']
    const differences = [...forms, ...others].filter((form) => JSON.stringify(lookUp(form) ?? []) !== JSON.stringify(irregularLemmas(form, lang)))
    expect(differences.slice(0, 20)).toEqual([])
    expect(lookUp(lang === 'fr' ? 'suis' : 'took')).toEqual(lang === 'fr' ? ['suivre', 'être'] : ['take'])
  })
})

// `npm test` builds first; a dist/ built from other TSV files than the sources' is left alone.
const built = join(root, 'dist', 'words')
const builtData = join(built, 'lexicon-data.js')
const builtFromTheseFiles =
  existsSync(join(built, 'compiled-lexicon.js')) &&
  existsSync(builtData) &&
  (await import(pathToFileURL(builtData).href).then(
    (data: Record<string, string>) =>
      data['lexiconTsv'] === lexiconTsv && data['englishFormsTsv'] === englishFormsTsv && data['frenchFormsTsv'] === frenchFormsTsv,
  ))

describe.skipIf(!builtFromTheseFiles)('the built package', () => {
  it('holds the compiled lexicon and forms that the TSV files make', async () => {
    const {wordData: builtData} = (await import(pathToFileURL(join(built, 'compiled-lexicon.js')).href)) as {wordData: typeof wordData}
    expect(builtData.compiled).toBe(true)
    if (!builtData.compiled) return
    expect(builtData.lexicon).toEqual(compileLexicon(parsedLexicon()))
    expect(builtData.forms).toEqual({en: compileForms(englishFormsTsv), fr: compileForms(frenchFormsTsv)})
    // And reads no TSV text.
    expect(readFileSync(join(built, 'compiled-lexicon.js'), 'utf8')).not.toMatch(/lexicon-data/)
  })
})
