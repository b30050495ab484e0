// Hostile inputs through the CLI, in process, on files written to a temporary folder: deep nesting, huge lines,
// many blocks, long runs of one character, mixed scripts. Whatever the input, pareil reports (exit 0 or 1) or
// refuses it in one line (exit 2, `pareil: …`); never an internal error (exit 3), never a stack trace.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {exitCodes} from '../../src/cli/exit.js'
import {defaultMaxBytes} from '../../src/node.js'
import {runCli, schemaErrors} from '../helpers.js'

const folder = mkdtempSync(join(tmpdir(), 'pareil-hostile-'))
const timings: string[] = []

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
  // How long each input took, for the record (the CLI runs in this process: a slow input is a slow test).
  console.info(`hostile inputs, seconds:\n${timings.join('\n')}`)
})

interface Outcome {
  code: number
  stdout: string
  stderr: string
  seconds: number
}

/** Writes `contents` to a file and runs `pareil check` on it, with a JSON report. */
function checkFile(name: string, contents: string | Uint8Array, extra: readonly string[] = []): Outcome {
  const path = join(folder, name)
  writeFileSync(path, contents)
  const started = performance.now()
  const {code, stdout, stderr} = runCli(['check', path, '--format', 'json', ...extra])
  const seconds = (performance.now() - started) / 1000
  timings.push(`${seconds.toFixed(2).padStart(8)}  ${name} (${contents.length} ${typeof contents === 'string' ? 'characters' : 'bytes'}) → exit ${code}`)
  return {code, stdout, stderr, seconds}
}

/** What a user may see: a report (0, 1) or one line of refusal (2); no internal error, no stack. */
function expectGraceful(outcome: Outcome): void {
  const {code, stdout, stderr} = outcome
  expect(stderr).not.toMatch(/RangeError|TypeError|Maximum call stack/)
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(code, stderr).not.toBe(exitCodes.internal)
  expect([exitCodes.ok, exitCodes.findings, exitCodes.usage]).toContain(code)
  if (code === exitCodes.usage) {
    expect(stderr).toMatch(/^pareil: [^\n]+\n$/)
    expect(stdout).toBe('')
    return
  }
  const report: unknown = JSON.parse(stdout)
  expect(schemaErrors(report)).toBe('')
}

const english = 'Thank you for your correspondence of November 25, 2020, concerning online child and adult sexual exploitation.'
const french = 'Je vous remercie de votre correspondance du 25 novembre 2020 concernant l’exploitation sexuelle en ligne des enfants et des adultes.'
const prose = `${english}\n\n${french}\n`

const minute = 60_000
const generous = {timeout: 2 * minute}
const slow = {timeout: 5 * minute}
const verySlow = {timeout: 10 * minute}

describe('hostile inputs through the CLI', () => {
  describe('deep nesting', () => {
    // Parsers recurse over nesting: beyond what documents use, the readers refuse on one line, at once (10,000 block
    // quotes crashed with a RangeError; 1,000 list levels by indentation took 138 s; 5,000 <div>s crashed).
    const refusedQuickly = (outcome: Outcome) => {
      expectGraceful(outcome)
      expect(outcome.code).toBe(exitCodes.usage)
      expect(outcome.stderr).toMatch(/nested \d+ levels deep; pareil reads documents nested at most \d+ levels\n$/)
    }

    it('10,000 nested block quotes', generous, () => {
      const quotes = '>'.repeat(10_000)
      refusedQuickly(checkFile('quotes.md', `${quotes} ${english}\n\n${quotes} ${french}\n\n${prose}`))
    })

    it('2,000 nested block quotes', generous, () => {
      refusedQuickly(checkFile('quotes-2000.md', `${'>'.repeat(2_000)} ${english}\n\n${prose}`))
    })

    it('10,000 nested list levels on one line (- - - … item)', generous, () => {
      refusedQuickly(checkFile('list-line.md', `${'- '.repeat(10_000)}${english}\n\n${'1. '.repeat(10_000)}${french}\n\n${prose}`))
    })

    it('1,000 nested list levels by indentation', generous, () => {
      const lines = Array.from({length: 1_000}, (_, depth) => `${'  '.repeat(depth)}- ${depth % 2 === 0 ? 'Item' : 'Point'} ${depth}`)
      refusedQuickly(checkFile('list-indent.md', `${lines.join('\n')}\n\n${prose}`))
    })

    it('reads lists and quotes nested as deep as documents go (40 levels)', generous, () => {
      const lines = Array.from({length: 40}, (_, depth) => `${'  '.repeat(depth)}- ${depth % 2 === 0 ? 'Item' : 'Point'} ${depth}`)
      const outcome = checkFile('list-indent-40.md', `${'> '.repeat(40)}${english}\n\n${lines.join('\n')}\n\n${prose}`)
      expectGraceful(outcome)
      expect(outcome.code).not.toBe(exitCodes.usage)
    })

    it('5,000 nested <div>s in an HTML page', generous, () => {
      const html = `<!DOCTYPE html>\n<html lang="en"><body>${'<div>'.repeat(5_000)}<p>${english}</p><p lang="fr">${french}</p>${'</div>'.repeat(5_000)}</body></html>\n`
      refusedQuickly(checkFile('divs.html', html))
    })

    it('reads an HTML page nested 300 levels deep, and a page of 5,000 unclosed paragraphs', generous, () => {
      const deep = `<!DOCTYPE html>\n<html lang="en"><body>${'<div>'.repeat(300)}<p>${english}</p><p lang="fr">${french}</p>${'</div>'.repeat(300)}</body></html>\n`
      const deepOutcome = checkFile('divs-300.html', deep)
      expectGraceful(deepOutcome)
      expect(deepOutcome.code).not.toBe(exitCodes.usage)
      const paragraphs = `<!DOCTYPE html>\n<html lang="en"><body>${`<p>${english}`.repeat(2_500)}${`<p lang="fr">${french}`.repeat(2_500)}</body></html>\n`
      const sloppy = checkFile('unclosed.html', paragraphs)
      expectGraceful(sloppy)
      expect(sloppy.code).not.toBe(exitCodes.usage)
    })

    it('5,000 nested <div>s in Markdown', generous, () => {
      expectGraceful(checkFile('divs.md', `${'<div>'.repeat(5_000)}\n\n${english}\n\n${'</div>'.repeat(5_000)}\n\n${prose}`))
    })

    it('5,000 nested <div>s in Markdown, unclosed and on one line with the text', generous, () => {
      expectGraceful(checkFile('divs-open.md', `${'<div>'.repeat(5_000)}${english}\n\n${prose}`))
    })
  })

  describe('size', () => {
    it('a single line of 20 MiB (over the 20 MB limit) is refused in one line', generous, () => {
      const line = `${english} `.repeat(Math.ceil((20 * 1024 * 1024) / (english.length + 1)))
      const outcome = checkFile('huge-line.md', line)
      expectGraceful(outcome)
      expect(outcome.code).toBe(exitCodes.usage)
      expect(outcome.stderr).toMatch(/over the 20 MB limit/)
    })

    it('a file one byte over the limit is refused in one line', generous, () => {
      const outcome = checkFile('over.md', `${prose}${'a'.repeat(defaultMaxBytes + 1 - Buffer.byteLength(prose))}`)
      expectGraceful(outcome)
      expect(outcome.code).toBe(exitCodes.usage)
    })

    it('a single line just under the limit (a prose paragraph of 20 MB)', verySlow, () => {
      const sentence = `${english} ${french} `
      const line = sentence.repeat(Math.floor((defaultMaxBytes - 1) / Buffer.byteLength(sentence)))
      expectGraceful(checkFile('under-limit.md', line))
    })

    it('100,000 tiny paragraphs', slow, () => {
      const paragraphs = Array.from({length: 100_000}, (_, i) => (i % 2 === 0 ? `Item ${i}.` : `Point ${i}.`))
      expectGraceful(checkFile('paragraphs.md', `${paragraphs.join('\n\n')}\n`))
    })

    it('a Markdown table of 10,000 rows', slow, () => {
      const rows = Array.from({length: 10_000}, (_, i) => `| Row ${i} of the table. | Ligne ${i} du tableau. |`)
      expectGraceful(checkFile('table.md', `| English | Français |\n| --- | --- |\n${rows.join('\n')}\n`))
    })
  })

  describe('2 MB runs of one character', () => {
    const runs: Array<[string, string]> = [
      ['a', 'a'],
      ['star', '*'],
      ['bracket', '['],
      ['angle', '<'],
      ['pipe', '|'],
      ['backtick', '`'],
      ['space', ' '],
      ['newline', '\n'],
    ]
    for (const [name, char] of runs) {
      it(`2 MB of ${JSON.stringify(char)}`, slow, () => {
        expectGraceful(checkFile(`run-${name}.md`, char.repeat(2_000_000)))
      })

      it(`2 MB of ${JSON.stringify(char)} between an English and a French paragraph`, slow, () => {
        expectGraceful(checkFile(`run-${name}-prose.md`, `${english}\n\n${char.repeat(2_000_000)}\n\n${french}\n`))
      })
    }
  })

  describe('scripts', () => {
    it('mixed scripts: Latin, Cyrillic, CJK, Arabic, emoji, combining marks', generous, () => {
      const pieces = [
        english,
        'Съешь же ещё этих мягких французских булок, да выпей чаю.',
        '我能吞下玻璃而不伤身体。日本語の文章も少しあります。',
        'أنا قادر على أكل الزجاج و هذا لا يؤلمني.',
        '👩‍👩‍👧‍👦 🇨🇦 🇫🇷 ✅ 🎉 — emoji in a sentence 😀.',
        'Z̷̢̛̺͔a̸̡̧͖l̶̨̛͎g̷̢̛̤o̴̧̟ te\u0301xt with combi\u0308ning marks.',
        '\u202eright-to-left override\u202c and \u200bzero\u200dwidth joiners.',
        french,
      ]
      const table = `| ${pieces.slice(0, 4).join(' | ')} |\n| --- | --- | --- | --- |\n| ${pieces.slice(4).join(' | ')} |`
      const doc = [...pieces, ...pieces.map((piece) => `- ${piece}`), table].join('\n\n')
      expectGraceful(checkFile('scripts.md', `${doc}\n`))
    })
  })

  describe('repetition', () => {
    // Crashed with a RangeError in the aligner (src/align/side.ts) until it filled its buffers with a loop.
    it('one 2 MB paragraph: the same English sentence 40,000 times, then the same French sentence 40,000 times', generous, () => {
      const paragraph = `${'The cat is on the mat. '.repeat(40_000)}${'Le chat est sur le tapis. '.repeat(40_000)}`
      expectGraceful(checkFile('repeated.md', `${paragraph.trim()}\n`))
    })
  })
})
