import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {PareilError} from '../errors.js'
import {alignFiles, checkFiles, defaultMaxBytes, detectFiles, freeDictDirectory, learnFromMemory, readFreeDict, readGlossary, readLexicon} from '../node.js'
import {Lexicon} from '../words/lexicon.js'
import {formatLexicon} from '../words/learn.js'
import {formatBeads} from '../report/beads.js'
import {rules} from '../check/rules/index.js'
import {formatRules} from '../report/rules.js'
import {parseSeveritySetting} from '../check/severity.js'
import type {SeveritySetting} from '../types.js'
import {formatJson} from '../report/json.js'
import {formatDetection, formatText} from '../report/text.js'
import {tool} from '../version.js'
import {exitCodeFor, exitCodes, type FailOn} from './exit.js'
import {usage} from './help.js'
import {parseSize} from './size.js'

/** What the CLI may touch besides the file system: its streams and environment. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Whether standard output is a terminal (for colours). */
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    return dispatch(argv, io)
  } catch (error) {
    if (error instanceof PareilError) {
      io.stderr(`pareil: ${error.message}\n`)
      return exitCodes.usage
    }
    // A bug in pareil: one line for the user, the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`pareil: internal error: ${message.split('\n')[0]} (set PAREIL_DEBUG=1 for details)\n`)
    if (io.env['PAREIL_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return exitCodes.internal
  }
}

function dispatch(argv: readonly string[], io: CliIo): number {
  const parsed = parse(argv)
  const {values, positionals} = parsed
  const [command, ...files] = positionals
  if (values.version === true || command === 'version') {
    io.stdout(`${tool.version}\n`)
    return exitCodes.ok
  }
  if (values.help === true || command === 'help' || command === undefined) {
    if (command === undefined && values.help !== true) {
      io.stderr(usage)
      return exitCodes.usage
    }
    io.stdout(usage)
    return exitCodes.ok
  }
  if (command === 'align') return runAlign(files, values, io)
  if (command === 'learn') return runLearn(files, values, io)
  if (command === 'rules') {
    io.stdout(formatRules(rules, values.format === 'json' ? 'json' : 'text'))
    return exitCodes.ok
  }
  if (command !== 'check' && command !== 'detect') {
    throw new PareilError('bad-option', `unknown command '${command}'; did you mean 'pareil check ${command}'? (see pareil --help)`)
  }
  if (files.length === 0) throw new PareilError('bad-option', `${command}: give a file to check (see pareil --help)`)
  if (files.length > 2) {
    throw new PareilError('bad-option', `${command}: expected one or two files, got ${files.length}`)
  }
  const format = oneOf(values.format ?? 'text', ['text', 'json'], '--format')
  const failOn = oneOf<FailOn>(values['fail-on'] ?? 'error', ['error', 'warning', 'info', 'never'], '--fail-on')
  const maxBytes = values['max-size'] === undefined ? defaultMaxBytes : parseSize(values['max-size'])
  const color = wantsColor(values, io) && values.out === undefined

  if (command === 'detect') {
    const detection = detectFiles(files, {maxBytes})
    emit(format === 'json' ? formatJson(detection) : formatDetection(detection, {color}), values.out, io)
    return exitCodes.ok
  }
  const glossary = values.glossary === undefined ? undefined : readGlossary(values.glossary, {maxBytes})
  const ruleSettings = parseRuleSettings(values.rule ?? [])
  const lexicon = userLexicon(values, io, maxBytes)
  const report = checkFiles(files, {
    maxBytes,
    rules: ruleSettings,
    ...(glossary === undefined ? {} : {glossary}),
    ...(lexicon === undefined ? {} : {lexicon}),
  })
  emit(format === 'json' ? formatJson(report) : formatText(report, {color}), values.out, io)
  return exitCodeFor(report, failOn)
}

/**
 * The words given besides pareil's lexicon: each `--lexicon FILE`, and the
 * FreeDict dictionary when the machine has it (`--no-freedict` leaves it out;
 * PAREIL_DICTD_DIR names another folder than Debian's).
 */
function userLexicon(values: ReturnType<typeof parse>['values'], io: CliIo, maxBytes: number): Lexicon | undefined {
  const parts = (values.lexicon ?? []).map((path) => readLexicon(path, {maxBytes}))
  if (values['no-freedict'] !== true) {
    const freeDict = readFreeDict(io.env['PAREIL_DICTD_DIR'] ?? freeDictDirectory)
    if (freeDict !== undefined) parts.push(freeDict)
  }
  if (parts.length === 0) return undefined
  const lexicon = new Lexicon()
  for (const part of parts) lexicon.merge(part)
  return lexicon
}

/** `pareil learn memory.tmx [--out lexicon.tsv|lexicon.json]`: word pairs learnt from a translation memory. */
function runLearn(files: readonly string[], values: ReturnType<typeof parse>['values'], io: CliIo): number {
  const [path, ...rest] = files
  if (path === undefined || rest.length > 0) throw new PareilError('bad-option', 'learn: give one translation memory (.tmx)')
  const maxBytes = values['max-size'] === undefined ? defaultMaxBytes : parseSize(values['max-size'])
  const {units, pairs} = learnFromMemory(path, {maxBytes})
  const json = values.out !== undefined && /\.json$/i.test(values.out)
  const output = json ? `${JSON.stringify({format: 'pareil-lexicon', version: 1, pairs}, null, 2)}\n` : formatLexicon(pairs)
  emit(output, values.out, io)
  if (values.out !== undefined) io.stdout(`learnt ${pairs.length} word pairs from ${units} translation units into ${values.out}\n`)
  return exitCodes.ok
}

/** `pareil align <en> <fr> [--presegmented] [--format beads|json]`. */
function runAlign(files: readonly string[], values: ReturnType<typeof parse>['values'], io: CliIo): number {
  const [enPath, frPath, ...rest] = files
  if (enPath === undefined || frPath === undefined || rest.length > 0) {
    throw new PareilError('bad-option', `align: give an English file and a French file, got ${files.length} file${files.length === 1 ? '' : 's'}`)
  }
  const format = oneOf(values.format ?? 'beads', ['beads', 'json'], '--format')
  const maxBytes = values['max-size'] === undefined ? defaultMaxBytes : parseSize(values['max-size'])
  const report = alignFiles(enPath, frPath, {maxBytes, presegmented: values.presegmented === true})
  emit(format === 'json' ? formatJson(report) : formatBeads(report.beads), values.out, io)
  return exitCodes.ok
}

/** `--rule number-mismatch=warning --rule format-mismatch=off`: severities by rule id, checked by the runner. */
function parseRuleSettings(entries: readonly string[]): Record<string, SeveritySetting> {
  const settings: Record<string, SeveritySetting> = {}
  for (const entry of entries) {
    const [id, level] = entry.split('=')
    if (id === undefined || id === '' || level === undefined) {
      throw new PareilError('bad-option', `--rule: expected ID=LEVEL such as format-mismatch=off, got '${entry}'`)
    }
    settings[id] = parseSeveritySetting(level, `--rule ${id}`)
  }
  return settings
}

function emit(output: string, out: string | undefined, io: CliIo): void {
  if (out === undefined) io.stdout(output)
  else writeOut(out, output)
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string'},
        out: {type: 'string'},
        'fail-on': {type: 'string'},
        'max-size': {type: 'string'},
        presegmented: {type: 'boolean'},
        glossary: {type: 'string'},
        lexicon: {type: 'string', multiple: true},
        'no-freedict': {type: 'boolean'},
        rule: {type: 'string', multiple: true},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  } catch (error) {
    // parseArgs explains itself in a sentence with advice that fits a script, not a user; keep the first clause.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error)
    throw new PareilError('bad-option', `${message} (see pareil --help)`)
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new PareilError('bad-option', `${option}: expected one of ${allowed.join(', ')}, got '${value}'`)
}

/** Colours on a terminal, unless NO_COLOR is set; --color and --no-color (and FORCE_COLOR) decide first. */
function wantsColor(values: {color?: boolean; 'no-color'?: boolean}, io: CliIo): boolean {
  if (values['no-color'] === true) return false
  if (values.color === true) return true
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true
  return io.isTTY
}

function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a directory' : code ?? 'write failed'
    throw new PareilError('unreadable', `--out ${path}: cannot write the report (${reason})`)
  }
}
