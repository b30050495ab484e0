import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {afterAll, describe, expect, it} from 'vitest'
import {readFreeDict, readGlossary, readLexicon} from '../../src/node.js'
import {parseDictd} from '../../src/words/freedict.js'
import {tokenize} from '../../src/words/tokens.js'
import type {Report} from '../../src/types.js'
import {fixturePath, runCli} from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'pareil-words-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const memory = fixturePath('exchange/memory.tmx')

function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, env)
}

// Aligned sentences that share no word: meaning-shift flags them unless a lexicon pairs their words.
const shifted = join(dir, 'shifted.md')
writeFileSync(
  shifted,
  "# Update\n\nOur offices will be closed on Monday for maintenance of the building.\n\nApplications must be submitted online before the end of the fiscal year.\n\n# Mise à jour\n\nNos bureaux seront fermés lundi pour l'entretien de l'immeuble.\n\nLes résultats de l'évaluation seront publiés sur le site du ministère au printemps.\n",
)
const pairs = [
  ['applications', 'résultats'],
  ['submitted', 'publiés'],
  ['online', 'site'],
  ['end', 'évaluation'],
  ['fiscal', 'ministère'],
  ['year', 'printemps'],
]
const rulesOf = (output: string) => (JSON.parse(output) as {findings: Array<{rule: string}>}).findings.map((finding) => finding.rule)

describe('pareil learn', () => {
  it('prints the word pairs a translation memory teaches, as a lexicon', () => {
    const {code, stdout} = cli(['learn', memory])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('en\tfr\tweight')
    expect(stdout).toMatch(/^grant\tsubvention\t[\d.]+$/m)
  })

  it('writes JSON with --out FILE.json, which --lexicon reads back', () => {
    const out = join(dir, 'lexicon.json')
    const {code, stdout} = cli(['learn', memory, '--out', out])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^learnt \d+ word pairs from 8 translation units into /)
    const written = JSON.parse(readFileSync(out, 'utf8')) as {format: string; pairs: Array<{en: string; fr: string}>}
    expect(written.format).toBe('pareil-lexicon')
    expect(written.pairs).toContainEqual(expect.objectContaining({en: 'wharf', fr: 'quai'}))
    const [wharf] = tokenize('wharf', 'en')
    const [quai] = tokenize('quai', 'fr')
    expect(readLexicon(out).weightOf(wharf as never, quai as never)).toBeGreaterThan(0)
  })

  it('refuses what is not a memory with one line and exit 2', () => {
    expect(cli(['learn', fixturePath('ministerial-letter-2021.md')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/give a translation memory in TMX/),
    })
    const empty = join(dir, 'empty.tmx')
    writeFileSync(empty, '<tmx version="1.4"><body></body></tmx>')
    expect(cli(['learn', empty]).stderr).toMatch(/no translation unit has both an English and a French segment\n$/)
    const binary = join(dir, 'binary.tmx')
    writeFileSync(binary, Uint8Array.from([0x3c, 0x74, 0x6d, 0x78, 0x00, 0xff, 0xfe, 0x00]))
    expect(cli(['learn', binary])).toMatchObject({code: 2, stderr: expect.stringMatching(/^pareil: .*binary\.tmx: /)})
    expect(cli(['learn'])).toMatchObject({code: 2, stderr: expect.stringMatching(/learn: give one translation memory/)})
  })
})

describe('pareil check --lexicon and --glossary', () => {
  it('consults the words of a lexicon file besides pareil’s', () => {
    expect(rulesOf(cli(['check', shifted, '--format', 'json']).stdout)).toContain('meaning-shift')
    const lexicon = join(dir, 'mine.tsv')
    writeFileSync(lexicon, `en\tfr\n${pairs.map(([en, fr]) => `${en}\t${fr}`).join('\n')}\n`)
    const report = JSON.parse(cli(['check', shifted, '--format', 'json', '--lexicon', lexicon]).stdout) as Report
    expect(report.findings.map((finding) => finding.rule)).not.toContain('meaning-shift')
    // The report says which words judged it: pareil's, then the file's.
    expect(report.lexicons).toEqual([expect.objectContaining({name: 'pareil'}), {name: 'mine.tsv', path: lexicon, entries: pairs.length}])
  })

  it('refuses a lexicon it cannot read with one line and exit 2', () => {
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, '{"pairs": ')
    expect(cli(['check', shifted, '--lexicon', broken])).toMatchObject({code: 2, stderr: expect.stringMatching(/broken\.json: not valid JSON/)})
    expect(cli(['check', shifted, '--lexicon', join(dir, 'missing.tsv')]).stderr).toMatch(/missing\.tsv: no such file\n$/)
  })

  it('reads a TBX glossary', () => {
    expect(readGlossary(fixturePath('exchange/glossary.tbx'))).toEqual([
      {en: 'Treasury Board', fr: 'Conseil du Trésor', origin: 'glossary'},
      {en: 'wharf', fr: 'quai', origin: 'glossary'},
    ])
  })
})

describe('FreeDict, when the machine has it', () => {
  // A dictd dictionary as Debian installs it: an index of base-64 offsets into gzipped articles.
  const articles = ['00databaseinfo\nA test dictionary.\n', ...pairs.map(([en, fr]) => `${en} /pron/\n1. ${fr}, autre chose\n`)]
  const encode = (value: number) => {
    const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    let text = ''
    do {
      text = digits[value % 64] + text
      value = Math.floor(value / 64)
    } while (value > 0)
    return text
  }
  let offset = 0
  const index = articles.map((article) => {
    const line = `${article.split(/[ \n]/)[0]}\t${encode(offset)}\t${encode(Buffer.byteLength(article))}`
    offset += Buffer.byteLength(article)
    return line
  })
  writeFileSync(join(dir, 'freedict-eng-fra.index'), `${index.join('\n')}\n`)
  writeFileSync(join(dir, 'freedict-eng-fra.dict.dz'), gzipSync(Buffer.from(articles.join(''))))

  it('reads the index and the articles', () => {
    const found = parseDictd(readFileSync(join(dir, 'freedict-eng-fra.index'), 'utf8'), Buffer.from(articles.join('')))
    expect(found).toContainEqual({en: 'fiscal', fr: 'ministère'})
    expect(found).toContainEqual({en: 'fiscal', fr: 'autre chose'})
    expect(found.some((pair) => pair.en.startsWith('00database'))).toBe(false)
    expect(readFreeDict(join(dir, 'none'))).toBeUndefined()
    expect(readFreeDict(dir)?.size).toBe(12)
  })

  it('is used by pareil check unless --no-freedict', () => {
    expect(rulesOf(cli(['check', shifted, '--format', 'json'], {PAREIL_DICTD_DIR: dir}).stdout)).not.toContain('meaning-shift')
    expect(rulesOf(cli(['check', shifted, '--format', 'json', '--no-freedict'], {PAREIL_DICTD_DIR: dir}).stdout)).toContain('meaning-shift')
  })

  it('is named in the report when it was used, and only then', () => {
    const lexicons = (args: string[]) =>
      (JSON.parse(cli(['check', shifted, '--format', 'json', ...args], {PAREIL_DICTD_DIR: dir}).stdout) as Report).lexicons?.map((lexicon) => lexicon.name)
    expect(lexicons([])).toEqual(['pareil', 'FreeDict eng-fra'])
    expect(lexicons(['--no-freedict'])).toEqual(['pareil'])
  })
})
