import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {exitCodeFor} from '../../src/cli/exit.js'
import {check} from '../../src/pipeline.js'
import type {Finding, Report, Severity} from '../../src/types.js'
import {detectionSchemaErrors, fixturePath, runCli, runCliAsync, schemaErrors} from '../helpers.js'

const letter = fixturePath('ministerial-letter-2021.md')
// A faithful translation: no finding, exit 0. The seed letter has divergences, so it exits 1.
const clean = fixturePath('layouts/halves-short.md')
const dir = mkdtempSync(join(tmpdir(), 'pareil-cli-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function cli(args: string[], options: {isTTY?: boolean; env?: Record<string, string>} = {}) {
  return runCli(args, options.env, options.isTTY)
}

describe('pareil check: input errors exit 2 with one line on stderr', () => {
  const big = file('big.md', `${'Hello world. '.repeat(100)}\n`)
  mkdirSync(join(dir, 'folder'), {recursive: true})
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['check', join(dir, 'missing.md')], /missing\.md: no such file$/],
    ['a directory where a file is expected', ['detect', join(dir, 'folder')], /folder: is a directory; give a file$/],
    ['a binary file', ['check', file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], /image\.md: this is a binary file, not text$/],
    ['a non-UTF-8 file', ['check', file('latin1.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))], /latin1\.md: the file is not valid UTF-8 \(byte 3 is not\)/],
    ['an empty file', ['check', file('empty.md', '')], /empty\.md: the file is empty$/],
    ['a file over the size limit', ['check', big, '--max-size', '1kB'], /big\.md: the file is 1\.3 kB, over the 1 kB limit \(raise it with --max-size\)$/],
    [
      'a file just over the size limit, in bytes where rounding would say the same',
      ['check', file('just-over.md', `${'a'.repeat(1000)}\n`), '--max-size', '1000'],
      /just-over\.md: the file is 1001 bytes, over the 1000 bytes limit \(raise it with --max-size\)$/,
    ],
    [
      'an HTML page with no main text',
      ['check', file('page.md', '<!DOCTYPE html>\n<html><body><nav><p>Menu</p></nav></body></html>\n')],
      /page\.md: no prose to check \(no text blocks\)$/,
    ],
    ['JSON data', ['check', file('data.md', '{"en": "Hello", "fr": "Bonjour"}\n')], /data\.md: this is JSON data, not Markdown, plain text, HTML, .+$/],
    ['a file with code only', ['check', file('code.md', '```\nconst x = 1\n```\n')], /code\.md: no prose to check \(1 blocks of code, HTML or symbols\)$/],
    ['a file of symbols', ['check', file('symbols.md', '---\n\n***\n\n1. 2. 3.\n')], /symbols\.md: no prose to check/],
    [
      'a PowerPoint deck',
      ['check', file('slides.pptx', 'PK')],
      /slides\.pptx: \.pptx files are not supported; give Markdown \(\.md\), plain text \(\.txt\), HTML \(\.html\), .+$/,
    ],
    ['three files to detect', ['detect', letter, letter, letter], /detect: expected one or two files, got 3$/],
    ['no file', ['check'], /check: give a file to check/],
    ['an unknown option', ['check', letter, '--fromat', 'json'], /Unknown option '--fromat'/],
    ['a bad --format', ['check', letter, '--format', 'xml'], /--format: expected one of text, json, .*got 'xml'$/],
    ['a bad --fail-on', ['check', letter, '--fail-on', 'fatal'], /--fail-on: expected one of error, warning, info, never, got 'fatal'$/],
    ['a bad --revisions', ['check', letter, '--revisions', 'all'], /--revisions: expected one of accepted, original, got 'all'$/],
    ['a bad --max-size', ['check', letter, '--max-size', 'big'], /--max-size: expected a size such as 20MB/],
    ['an unknown command', ['letter.md'], /unknown command 'letter\.md'; did you mean 'pareil check letter\.md'\?/],
    [
      'an --out path that cannot be written',
      ['check', letter, '--out', join(dir, 'no', 'such', 'dir.json')],
      /cannot write the report \(its folder does not exist\)$/,
    ],
  ]
  it.each(cases)('%s', (_name, args, message) => {
    const result = cli(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^pareil: /)
    expect(result.stderr.trimEnd()).toMatch(message)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('says so, on one line, when a folder to check holds no document (a folder is a batch)', async () => {
    const result = await runCliAsync(['check', join(dir, 'folder')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^pareil: nothing to check in .*folder: no Markdown, text, HTML, Word, PDF, XLIFF or TMX file\n$/)
  })

  it('refuses an unreadable file', () => {
    if (process.getuid?.() === 0) return // root reads everything
    const path = file('secret.md', 'Text.\n')
    chmodSync(path, 0o000)
    expect(cli(['check', path]).stderr).toMatch(/permission denied/)
  })
})

describe('pareil check: reports', () => {
  it('prints the text report and exits 0 when nothing fails', () => {
    const result = cli(['check', clean])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('0 errors, 0 warnings, 0 infos')
    expect(result.stdout).not.toContain('\u001B[')
  })

  it('exits 0 when no finding reaches --fail-on (the seed letter has warnings, no error), 1 when one does', () => {
    expect(cli(['check', letter, '--fail-on', 'warning']).code).toBe(1)
    const result = cli(['check', letter])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('44 blocks')
  })

  it('prints a JSON report that validates against the schema', () => {
    const result = cli(['check', letter, '--format', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(schemaErrors(report)).toBe('')
    expect(report.sources).toEqual([{path: letter, format: 'markdown'}])
  })

  it('checks two files, Markdown and plain text', () => {
    const en = file('en.txt', 'Thank you for writing.\n')
    const fr = file('fr.md', 'Je vous remercie de m’avoir écrit.\n')
    const report = JSON.parse(cli(['check', en, fr, '--format', 'json']).stdout) as Report
    expect(report.sources.map((source) => source.format)).toEqual(['text', 'markdown'])
    expect(report.blocks.map((block) => [block.id, block.source])).toEqual([
      ['b1', 0],
      ['b2', 1],
    ])
  })

  it('writes the report to --out and nothing to stdout', () => {
    const out = join(dir, 'report.json')
    const result = cli(['check', letter, '--format', 'json', '--out', out])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(schemaErrors(JSON.parse(readFileSync(out, 'utf8')))).toBe('')
  })

  it('colours the text report on a terminal only, and follows NO_COLOR, FORCE_COLOR, --color and --no-color', () => {
    const ansi = '\u001B['
    expect(cli(['check', letter], {isTTY: true}).stdout).toContain(ansi)
    expect(cli(['check', letter], {isTTY: true, env: {NO_COLOR: '1'}}).stdout).not.toContain(ansi)
    expect(cli(['check', letter], {env: {FORCE_COLOR: '1'}}).stdout).toContain(ansi)
    expect(cli(['check', letter, '--color']).stdout).toContain(ansi)
    expect(cli(['check', letter, '--no-color'], {isTTY: true}).stdout).not.toContain(ansi)
  })
})

describe('pareil detect', () => {
  it('prints the layout, the parts with their lines and every block with its language', () => {
    const result = cli(['detect', letter])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      `  layout: en-fr-halves (English half, then French half)\n  English part: ${letter}:3-57\n  French part: ${letter}:59-113\n`,
    )
    expect(result.stdout).toMatch(/\n {2}14 +neutral +1\.00 +paragraph +JAN 21 2021\n/)
    expect(result.stdout).toMatch(/\n {2}11-12 +bilingual +0\.\d\d +paragraph +The Honourable \/ L'honorable/)
  })

  it('prints JSON that validates against docs/detection.schema.json', () => {
    const result = cli(['detect', letter, '--format', 'json'])
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(detectionSchemaErrors(report)).toBe('')
    expect(report['layout']).toBe('en-fr-halves')
    expect(report).not.toHaveProperty('findings')
  })

  it('tells which of two files is English and which French, in either order', () => {
    const en = file('notice-en.md', '# Service notice\n\nThe office will be closed on Monday for maintenance of the building.\n')
    const fr = file('notice-fr.md', '# Avis de service\n\nLe bureau sera fermé lundi pour l’entretien de l’immeuble.\n')
    for (const [files, langs] of [
      [
        [en, fr],
        ['en', 'fr'],
      ],
      [
        [fr, en],
        ['fr', 'en'],
      ],
    ] as const) {
      const report = JSON.parse(cli(['detect', ...files, '--format', 'json']).stdout) as Report
      expect(report.layout).toBe('separate')
      expect(report.parts.map((part) => [part.lang, part.source])).toEqual([
        [langs[0], 0],
        [langs[1], 1],
      ])
    }
  })

  it('refuses bad input like check does', () => {
    expect(cli(['detect'])).toMatchObject({code: 2, stderr: 'pareil: detect: give a file to check (see pareil --help)\n'})
    expect(cli(['detect', join(dir, 'missing.md')]).code).toBe(2)
  })
})

describe('pareil align', () => {
  const en = file('sentences.en', 'The office is closed.\nIt will reopen on Monday, March 3.\nThank you.\n')
  const fr = file('sentences.fr', 'Le bureau est fermé.\nIl rouvrira le lundi 3 mars.\nMerci.\nBonne journée.\n')

  it('prints one bead per line in the vecalign format for presegmented files', () => {
    expect(cli(['align', en, fr, '--presegmented'])).toEqual({code: 0, stdout: '[0]:[0]\n[1]:[1]\n[2]:[2]\n[]:[3]\n', stderr: ''})
  })

  it('prints the segments and scored beads as JSON', () => {
    const result = cli(['align', en, fr, '--presegmented', '--format', 'json'])
    const report = JSON.parse(result.stdout) as {segments: {en: string[]; fr: string[]}; beads: Array<{en: number[]; fr: number[]; score: number}>}
    expect(report.segments.fr).toHaveLength(4)
    expect(report.beads[3]).toEqual({en: [], fr: [3], score: 0})
    expect(report.beads[0]?.score).toBeGreaterThan(0.5)
  })

  it('cuts documents into sentences when they are not presegmented', () => {
    const enDoc = file('notice.en.md', '# Notice\n\nThe office is closed. It will reopen on Monday, March 3.\n')
    const frDoc = file('notice.fr.md', '# Avis\n\nLe bureau est fermé. Il rouvrira le lundi 3 mars.\n')
    const report = JSON.parse(cli(['align', enDoc, frDoc, '--format', 'json']).stdout) as {segments: {en: string[]}}
    expect(report.segments.en).toEqual(['Notice', 'The office is closed.', 'It will reopen on Monday, March 3.'])
  })

  it('refuses anything but two files, and bad formats', () => {
    expect(cli(['align', en])).toMatchObject({code: 2, stderr: 'pareil: align: give an English file and a French file, got 1 file\n'})
    expect(cli(['align', en, fr, '--format', 'text']).code).toBe(2)
  })
})

describe('pareil check --rule', () => {
  it('re-levels and switches off rules by id, and refuses unknown ids and levels', () => {
    expect(cli(['check', letter, '--rule', 'added-content=warning', '--rule', 'format-mismatch=off']).code).toBe(0)
    const json = JSON.parse(cli(['check', letter, '--format', 'json', '--rule', 'added-content=info']).stdout) as Report
    expect(json.findings.find((finding) => finding.rule === 'added-content')?.severity).toBe('info')
    expect(cli(['check', letter, '--rule', 'nope=off']).stderr).toMatch(/^pareil: unknown rule 'nope'/)
    expect(cli(['check', letter, '--rule', 'added-content=loud']).stderr).toBe(
      'pareil: --rule added-content: expected one of off, info, warning, error, got "loud"\n',
    )
    expect(cli(['check', letter, '--rule', 'added-content']).code).toBe(2)
  })
})

describe('pareil rules', () => {
  it('lists every rule with its category, default severity and description', () => {
    const result = cli(['rules'])
    expect(result.code).toBe(0)
    for (const id of ['missing-translation', 'omitted-content', 'added-content', 'number-mismatch', 'date-mismatch']) {
      expect(result.stdout).toMatch(new RegExp(`^${id} +\\w+ +(error|warning|info) +\\S`, 'm'))
    }
    const json = JSON.parse(cli(['rules', '--format', 'json']).stdout) as Array<{id: string; docs: string}>
    expect(json.find((rule) => rule.id === 'date-mismatch')?.docs).toBe('docs/rules/date-mismatch.md')
  })
})

describe('exit codes and --fail-on', () => {
  const base = check({path: 'a.md', text: 'Text.\n'})
  const finding = (severity: Severity): Finding => ({
    rule: 'r',
    severity,
    category: 'omission',
    message: 'm',
    confidence: 1,
    en: null,
    fr: null,
  })
  const withFindings = (...severities: Severity[]): Report => ({...base, findings: severities.map(finding)})

  it.each([
    [[], 'error', 0],
    [['warning'], 'error', 0],
    [['error'], 'error', 1],
    [['warning'], 'warning', 1],
    [['info'], 'warning', 0],
    [['info'], 'info', 1],
    [['error'], 'never', 0],
  ] as const)('findings %j with --fail-on %s exit %i', (severities, failOn, code) => {
    expect(exitCodeFor(withFindings(...severities), failOn)).toBe(code)
  })

  it('exits 1 for the monolingual briefing note, whose missing translation is an error, unless --fail-on never', () => {
    const note = fixturePath('briefing-note-ocse.md')
    const result = cli(['check', note])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `${note}:1:1: error: no French version found: the document is in English only (17 blocks) [missing-translation, confidence 0.95]`,
    )
    expect(cli(['check', note, '--fail-on', 'never']).code).toBe(0)
    expect(cli(['check', clean, '--fail-on', 'info']).code).toBe(0)
    expect(cli(['check', letter, '--fail-on', 'never']).code).toBe(0)
  })
})

describe('help and version', () => {
  it('prints usage with --help, -h and help, and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const result = cli(args)
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: pareil check <file> \[<file2>\]/)
      expect(result.stdout).toContain('--fail-on')
    }
  })

  it('prints usage on stderr and exits 2 when run with nothing', () => {
    const result = cli([])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^Usage:/)
  })

  it('prints the package version with --version, -v and version', () => {
    const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
    for (const args of [['--version'], ['-v'], ['version']]) expect(cli(args)).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })
})

describe('pareil check and detect on the formats QA teams hold', () => {
  it('checks an English HTML page against its French page', () => {
    const result = cli(['check', fixturePath('formats/privacy-en.html'), fixturePath('formats/privacy-fr.html')])
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/layout: separate/)
    expect(result.stdout).toMatch(/privacy-en\.html:21:\d+: warning: the English heading is level 2, the French one level 3/)
  })

  it('checks an XLIFF file unit by unit, naming the unit, and fails on its untranslated target', () => {
    const result = cli(['check', fixturePath('formats/defects.xlf')])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/defects\.xlf \(unit english, line 17:\d+\): error: this paragraph of the French version is in English/)
  })

  it('shows the layout of a TMX memory, summing up its many runs', () => {
    const result = cli(['detect', fixturePath('formats/letter.tmx')])
    expect(result.stdout).toMatch(/layout: interleaved/)
    expect(result.stdout).toMatch(/44 English parts and 44 French parts/)
  })
})

describe('pareil check --format xliff, tmx and jsonl', () => {
  it('writes the letter’s pairs as XLIFF that pareil check reads back (the two features meet)', () => {
    const written = cli(['check', letter, '--format', 'xliff', '--fail-on', 'never'])
    expect(written.code).toBe(0)
    const pairs = file('pairs.xlf', written.stdout)
    const again = cli(['check', pairs, '--fail-on', 'never'])
    expect(again.stderr).toBe('')
    expect(again.stdout).toMatch(/layout: interleaved/)
    expect(again.stdout).toMatch(/no counterpart for “advertising”/)
  })

  it('writes XLIFF 1.2 on request and refuses another version', () => {
    expect(cli(['check', letter, '--format', 'xliff', '--xliff-version', '1.2', '--fail-on', 'never']).stdout).toMatch(
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">/,
    )
    expect(cli(['check', letter, '--format', 'xliff', '--xliff-version', '3']).stderr).toMatch(/--xliff-version: expected one of 2.0, 1.2, got '3'/)
  })

  it('writes a TMX memory and JSON Lines', () => {
    expect(cli(['check', letter, '--format', 'tmx', '--fail-on', 'never']).stdout).toMatch(/^<\?xml[\s\S]*<tmx version="1.4">/)
    const lines = cli(['check', letter, '--format', 'jsonl', '--fail-on', 'never']).stdout.trimEnd().split('\n')
    expect(lines.every((line) => JSON.parse(line).sources.length === 1)).toBe(true)
  })
})

describe('pareil check --profile', () => {
  it('checks a house typography only when asked, from the command line or the configuration', () => {
    const typography = (args: string[]) => {
      const report = JSON.parse(cli(['check', ...args, '--format', 'json', '--fail-on', 'never']).stdout) as Report
      return report.findings
        .filter((finding) => finding.category === 'typography')
        .map((finding) => [finding.rule, finding.severity, finding.fr?.position.start.line])
    }
    expect(typography([letter])).toEqual([])
    expect(typography([letter, '--profile', 'fr-CA'])).toEqual([
      ['french-spacing', 'info', 98],
      ['french-spacing', 'info', 98],
    ])
    const folder = join(dir, 'profiled')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'pareil.config.json'), JSON.stringify({profile: 'fr-CA'}))
    writeFileSync(join(folder, 'letter.md'), readFileSync(letter, 'utf8'))
    expect(typography([join(folder, 'letter.md')])).toHaveLength(2)
  })

  it('refuses a profile it does not know, with one line and exit 2', () => {
    const {code, stderr} = cli(['check', letter, '--profile', 'fr-BE'])
    expect(code).toBe(2)
    expect(stderr).toBe("pareil: --profile: expected one of fr-CA, en-CA, fr-FR, got 'fr-BE'\n")
  })
})
