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
    // known: RangeError (Maximum call stack size exceeded) in unist-util-visit-parents under remark-gfm's autolink literal transform (readMarkdown → unified.parse), exit 3
    it.fails('10,000 nested block quotes', generous, () => {
      const quotes = '>'.repeat(10_000)
      expectGraceful(checkFile('quotes.md', `${quotes} ${english}\n\n${quotes} ${french}\n\n${prose}`))
    })

    it('2,000 nested block quotes', generous, () => {
      expectGraceful(checkFile('quotes-2000.md', `${'>'.repeat(2_000)} ${english}\n\n${prose}`))
    })

    // known: about 4 minutes (parsing grows with the square of the depth: 800 levels take 2 s), then the same RangeError as the block quotes, exit 3; skipped for its time
    it.skip('10,000 nested list levels on one line (- - - … item)', verySlow, () => {
      expectGraceful(checkFile('list-line.md', `${'- '.repeat(10_000)}${english}\n\n${'1. '.repeat(10_000)}${french}\n\n${prose}`))
    })

    // known: RangeError (Maximum call stack size exceeded) in unist-util-visit-parents under remark-gfm, exit 3, after about 8 s
    it.fails('2,500 nested list levels on one line (- - - … item)', generous, () => {
      expectGraceful(checkFile('list-line-2500.md', `${'- '.repeat(2_500)}${english}\n\n${prose}`))
    })

    it('800 nested list levels on one line', generous, () => {
      expectGraceful(checkFile('list-line-800.md', `${'- '.repeat(800)}${english}\n\n${'1. '.repeat(800)}${french}\n\n${prose}`))
    })

    // known: 138 s (exit 1), a hang for a user: micromark and mdast-util-from-markdown (prepareList) grow faster than the square of the depth (200 levels 1.5 s, 400 levels 9 s); skipped for its time
    it.skip('1,000 nested list levels by indentation', verySlow, () => {
      const lines = Array.from({length: 1_000}, (_, depth) => `${'  '.repeat(depth)}- ${depth % 2 === 0 ? 'Item' : 'Point'} ${depth}`)
      expectGraceful(checkFile('list-indent.md', `${lines.join('\n')}\n\n${prose}`))
    })

    it('200 nested list levels by indentation', generous, () => {
      const lines = Array.from({length: 200}, (_, depth) => `${'  '.repeat(depth)}- ${depth % 2 === 0 ? 'Item' : 'Point'} ${depth}`)
      expectGraceful(checkFile('list-indent-200.md', `${lines.join('\n')}\n\n${prose}`))
    })

    // known: RangeError (Maximum call stack size exceeded) in hast-util-from-parse5 (rehype-parse, readHtml → unified.parse), exit 3, in 0.1 s
    it.fails('5,000 nested <div>s in an HTML page', generous, () => {
      const html = `<!DOCTYPE html>\n<html lang="en"><body>${'<div>'.repeat(5_000)}<p>${english}</p><p lang="fr">${french}</p>${'</div>'.repeat(5_000)}</body></html>\n`
      expectGraceful(checkFile('divs.html', html))
    })

    it('1,000 nested <div>s in an HTML page', generous, () => {
      const html = `<!DOCTYPE html>\n<html lang="en"><body>${'<div>'.repeat(1_000)}<p>${english}</p><p lang="fr">${french}</p>${'</div>'.repeat(1_000)}</body></html>\n`
      expectGraceful(checkFile('divs-1000.html', html))
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
