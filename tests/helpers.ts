import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {run} from '../src/cli/run.js'
import {sourceOffsets} from '../src/read/locate.js'
import type {Block, Document, Finding} from '../src/types.js'

export const root = fileURLToPath(new URL('..', import.meta.url))

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8')
}

const readSchema = (name: string) => JSON.parse(readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')) as object
const ajv = new Ajv2020({allErrors: true, strict: true})
ajv.addSchema(readSchema('report.schema.json'))
const validateReport = ajv.compile({$ref: 'https://pareil.invalid/report.schema.json'})
const validateDetection = ajv.compile(readSchema('detection.schema.json'))
const validateComparison = ajv.compile(readSchema('compare.schema.json'))

/** Validates a `pareil compare` report against docs/compare.schema.json ('' when valid). */
export function comparisonSchemaErrors(report: unknown): string {
  return validateComparison(report) ? '' : ajv.errorsText(validateComparison.errors)
}

/** Validates against docs/report.schema.json and returns the errors as text ('' when valid). */
export function schemaErrors(report: unknown): string {
  return validateReport(report) ? '' : ajv.errorsText(validateReport.errors)
}

/** Validates a `pareil detect` report against docs/detection.schema.json ('' when valid). */
export function detectionSchemaErrors(report: unknown): string {
  return validateDetection(report) ? '' : ajv.errorsText(validateDetection.errors)
}

/**
 * Whether `slice` of source can produce `text` in a block's plain text: the same
 * characters, an escape, a character reference, a line ending read as a space,
 * or a hard break (`  \n`, `\\\n`, `<br>`) or a block's HTML tag (`<li>`, `</p>`) read as `\n`.
 */
export function produces(slice: string, text: string): boolean {
  if (slice === text) return true
  if (text === ' ' && /^(?:\r?\n|\r)$/.test(slice)) return true
  if (
    text === '\n' &&
    /^(?:[ \t]{2,}\r?\n|\\\r?\n|<br\s*\/?>|\r\n|<(?:li|ul|ol|p|div|tr|td|th|table|h[1-6]|dd|dt|dl|blockquote|section)\b[^>]*>)$/i.test(slice)
  )
    return true
  if (slice.length === 2 && slice[0] === '\\' && slice[1] === text) return true
  const reference = /^&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(\w+));$/.exec(slice)
  if (reference !== null) {
    const [, hex, decimal, name] = reference
    if (name !== undefined) return decodeNamedCharacterReference(name) === text
    return String.fromCodePoint(Number.parseInt(hex ?? decimal ?? '', hex === undefined ? 10 : 16)) === text
  }
  return false
}

/**
 * Checks that every character of a block's text maps to source that produces
 * it (by `producing`, default `produces`), in order, inside the block.
 * Returns the problems found ('' when none).
 */
export function mappingProblems(document: Document, block: Block, producing: (slice: string, text: string) => boolean = produces): string {
  const source = document.source.text
  const problems: string[] = []
  let covered = 0
  for (const segment of block.map) {
    if (segment.text !== covered) problems.push(`${block.id}: gap in text coverage at ${covered}`)
    covered = segment.text + segment.textLength
    const text = block.text.slice(segment.text, covered)
    const slice = source.slice(segment.source, segment.source + segment.sourceLength)
    if (segment.source < 0 || segment.source + segment.sourceLength > source.length) problems.push(`${block.id}: segment outside the source`)
    // Code units on both sides: spreading the text into code points would misread any character outside the BMP.
    const ok =
      segment.textLength === segment.sourceLength
        ? Array.from({length: text.length}, (_, i) => producing(slice.charAt(i), text.charAt(i))).every(Boolean)
        : producing(slice, text)
    if (!ok) problems.push(`${block.id}: ${JSON.stringify(text)} from ${JSON.stringify(slice)}`)
  }
  if (covered !== block.text.length) problems.push(`${block.id}: text not covered after ${covered}`)
  let previous = -1
  for (let i = 0; i < block.text.length; i++) {
    const {start, end} = sourceOffsets(block, i, i + 1)
    if (start <= previous) problems.push(`${block.id}: offset of character ${i} does not advance`)
    if (start < block.position.start.offset || end > block.position.end.offset) {
      problems.push(`${block.id}: character ${i} maps outside the block`)
    }
    previous = start
  }
  return problems.join('\n')
}

/** The findings with those attached to them as related findings of the same divergence, for tests of one rule. */
export function withRelated(findings: readonly Finding[]): Finding[] {
  return findings.flatMap((finding) => [finding, ...(finding.related ?? [])])
}

/**
 * Runs the CLI in process, as a user's shell would, and gives its exit code and output. Not the machine's FreeDict,
 * if it has one: the tests see pareil's own lexicon only.
 */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}, isTTY = false): {code: number; stdout: string; stderr: string} {
  const result = startCli(args, env, isTTY)
  if (typeof result.code !== 'number') throw new Error('runCli: this command runs as a batch; use runCliAsync')
  return {code: result.code, stdout: result.stdout, stderr: result.stderr}
}

/** `runCli` for commands that may run as a batch (folders, globs, many files): awaits the exit code. */
export async function runCliAsync(args: readonly string[], env: Readonly<Record<string, string>> = {}, stderrIsTTY = false) {
  const result = startCli(args, env, false, stderrIsTTY)
  const code = await result.code
  return {code, stdout: result.output.stdout, stderr: result.output.stderr}
}

function startCli(args: readonly string[], env: Readonly<Record<string, string>>, isTTY: boolean, stderrIsTTY = false) {
  const output = {stdout: '', stderr: ''}
  const code = run([...args], {
    stdout: (text) => {
      output.stdout += String(text)
    },
    stderr: (text) => {
      output.stderr += text
    },
    isTTY,
    stderrIsTTY,
    env: {PAREIL_DICTD_DIR: join(root, 'tests', 'no-dictd'), ...env},
  })
  return {
    code,
    output,
    get stdout() {
      return output.stdout
    },
    get stderr() {
      return output.stderr
    },
  }
}
