// Traps a library user fell into before the reader/formatter/context refactoring (issue 10): each test failed then.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, describe, expect, expectTypeOf, it} from 'vitest'
import {
  align,
  type AlignmentReport,
  type BlockPair,
  bundledLexicon,
  check,
  Lexicon,
  type SegmentBead,
  type SentencePair,
  type Span,
  splitSentences,
} from '../src/index.js'
import {readFixture, root, runCli} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'pareil-traps-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function cli(args: string[]) {
  return runCli(args)
}

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const english = [
  'The dog sleeps in the garden.',
  'My brother bought a new car yesterday.',
  'The weather is cold.',
  'We will meet again next week.',
  'Thank you.',
]
const french = [
  'Mon frère a acheté une nouvelle voiture hier.',
  'Le chien dort dans le jardin.',
  'Il fait froid.',
  'Nous nous reverrons la semaine prochaine.',
  'Merci.',
]

describe('traps', () => {
  it('splitSentences gives segments align takes as they are', () => {
    const en = 'The office is closed on Monday. It opens on Tuesday at 9 a.m.'
    const fr = 'Le bureau est fermé lundi. Il ouvre mardi à 9 h.'
    const beads = align(splitSentences(en, 'en'), splitSentences(fr, 'fr'))
    expect(beads.map((bead) => [bead.en, bead.fr])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ])
    expect(splitSentences(en, 'en')[1]).toEqual({start: 32, end: 61, text: 'It opens on Tuesday at 9 a.m.'})
  })

  it('align() uses pareil’s lexicon by default, as pareil align does; null aligns without one', () => {
    const beads = align(english, french)
    expect(beads).toEqual(align(english, french, {lexicon: bundledLexicon()}))
    // The lexicon is what sees that the first two sentences are swapped.
    expect(beads).not.toEqual(align(english, french, {lexicon: null}))
    const fromCli = JSON.parse(
      cli(['align', file('en.txt', `${english.join('\n')}\n`), file('fr.txt', `${french.join('\n')}\n`), '--presegmented', '--format', 'json']).stdout,
    ) as AlignmentReport
    expect(fromCli.beads).toEqual(beads)
  })

  it('pareil’s lexicon is read-only: an addition cannot leak into later checks', () => {
    expect(() => bundledLexicon().add('wharf', 'quai')).toThrow(TypeError)
    expect(() => bundledLexicon().merge(new Lexicon())).toThrow(/read-only/)
    const mine = new Lexicon(bundledLexicon())
    mine.add('zorblax', 'quuxième')
    expect(mine.weight('zorblax', 'quuxiem')).toBeGreaterThan(0)
    expect(bundledLexicon().knows('en', 'zorblax')).toBe(false)
  })

  it('refuses options a command does not use, instead of ignoring them', () => {
    const en = file('a.txt', 'Hello.\n')
    const fr = file('b.txt', 'Bonjour.\n')
    expect(cli(['align', en, fr, '--lexicon', join(dir, 'nonexistent')])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pareil: align: --lexicon does not apply here (see pareil --help)\n',
    })
    expect(cli(['rules', '--format', 'sarif'])).toEqual({code: 2, stdout: '', stderr: "pareil: --format: expected one of text, json, got 'sarif'\n"})
    expect(cli(['detect', en, '--rule', 'format-mismatch=off']).stderr).toBe('pareil: detect: --rule does not apply here (see pareil --help)\n')
    expect(cli(['learn', en, '--presegmented']).code).toBe(2)
  })

  it('records in the report which lexicons were used', () => {
    const report = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
    expect(report.lexicons).toEqual([{name: 'pareil', path: 'data/lexicon/en-fr.tsv', entries: bundledLexicon().size}])
    const mine = new Lexicon()
    mine.add('wharf', 'quai')
    expect(check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')}, {lexicon: mine}).lexicons?.map((lexicon) => lexicon.name)).toEqual([
      'pareil',
      'custom',
    ])
  })

  it('declares each exported name once across src/: one tokenize, one Lexicon', () => {
    const declared = new Map<string, string[]>()
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, {withFileTypes: true})) {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.ts')) {
          for (const match of readFileSync(path, 'utf8').matchAll(/^export (?:async )?(?:function|class|type|interface|const|let|enum) ([A-Za-z_$][\w$]*)/gm)) {
            declared.set(match[1] as string, [...(declared.get(match[1] as string) ?? []), relative(root, path)])
          }
        }
      }
    }
    walk(join(root, 'src'))
    expect([...declared].filter(([, files]) => files.length > 1)).toEqual([])
    expect(declared.get('tokenize')).toEqual(['src/words/tokens.ts'])
    expect(declared.get('Lexicon')).toEqual(['src/words/lexicon.ts'])
  })

  it('names the three bead shapes apart: indices, block ids, spans', () => {
    expectTypeOf<SegmentBead['en']>().toEqualTypeOf<number[]>()
    expectTypeOf<BlockPair['en']>().toEqualTypeOf<string[]>()
    expectTypeOf<SentencePair['en']>().toEqualTypeOf<Span[]>()
  })
})
