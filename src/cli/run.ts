import {existsSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {rules} from '../check/rules/index.js'
import {parseSeveritySetting} from '../check/severity.js'
import {PareilError} from '../errors.js'
import {internalErrorLine, localizedError} from '../i18n/errors.js'
import {frenchUsage} from '../i18n/fr/help.js'
import {type Locale, localeOfCommandLine, locales, parseLocale} from '../i18n/locale.js'
import {alignFiles, checkFiles, compareFiles, defaultMaxBytes, detectFiles, freeDictDirectory, learnFromMemory, readGlossary} from '../node.js'
import {builtinReaders, defaultReaders} from '../read/index.js'
import type {Reader} from '../read/reader.js'
import {createReaders, type ReaderRegistry} from '../read/registry.js'
import {builtinFormatters, defaultFormatters, ruleListings} from '../report/index.js'
import type {FormatOptions, Formatter} from '../report/formatter.js'
import {createFormatters, type FormatterRegistry} from '../report/registry.js'
import {type Report, type SeveritySetting, type TypographyProfile, typographyProfiles} from '../types.js'
import {tool} from '../version.js'
import {formatLexicon} from '../words/learn.js'
import {baselineOf, readBaseline, withoutKnown} from './baseline.js'
import {isGlob} from './batch/expand.js'
import {runBatch} from './batch/run-batch.js'
import {parseShard, type Shard} from './batch/shard.js'
import type {BatchSettings} from './batch/task.js'
import {type Config, findConfig, ignores, readConfig} from './config.js'
import {type LexiconSources, userLexicon} from './user-lexicon.js'
import {exitCodeFor, exitCodes, type FailOn} from './exit.js'
import {usage as englishUsage} from './help.js'
import {parseSize} from './size.js'

/** What the CLI may touch besides the file system: its streams and environment. */
export interface CliIo {
  stdout(text: string | Uint8Array): void
  stderr(text: string): void
  /** Whether standard output is a terminal (for colours). */
  isTTY: boolean
  /** Whether standard error is a terminal (for a batch's progress line). */
  stderrIsTTY?: boolean
  env: Readonly<Record<string, string | undefined>>
}

/** Readers and formatters to offer besides pareil's own (a reader of yours adds a format, a formatter an output). */
export interface CliExtensions {
  readers?: readonly Reader[]
  formatters?: readonly Formatter[]
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit
 * code: at once, or as a promise for a batch (folders, globs, many files).
 */
export function run(argv: readonly string[], io: CliIo, extensions: CliExtensions = {}): number | Promise<number> {
  // `--locale`, else LC_ALL, LC_MESSAGES or LANG: messages, reports, help and errors in English or French.
  const locale = localeOfCommandLine(argv, io.env)
  try {
    const code = dispatch(argv, io, extensions, locale)
    return typeof code === 'number' ? code : code.catch((error: unknown) => failed(error, io, locale))
  } catch (error) {
    return failed(error, io, locale)
  }
}

/** The exit code of an error, said on one line (the stack only with PAREIL_DEBUG). */
function failed(error: unknown, io: CliIo, locale: Locale): number {
  if (error instanceof PareilError) {
    io.stderr(`pareil: ${localizedError(error, locale)}\n`)
    return exitCodes.usage
  }
  // A bug in pareil: one line for the user, the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(`pareil: ${internalErrorLine(message.split('\n')[0] ?? '', locale)}\n`)
  if (io.env['PAREIL_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
  return exitCodes.internal
}

type Values = ReturnType<typeof parse>['values']
type OptionName = keyof Values

/** The options each command takes; any other is refused rather than silently ignored. Colours are everyone's. */
const commandOptions: Record<string, readonly OptionName[]> = {
  check: [
    'format',
    'out',
    'fail-on',
    'max-size',
    'glossary',
    'lexicon',
    'no-freedict',
    'rule',
    'revisions',
    'xliff-version',
    'config',
    'baseline',
    'write-baseline',
    'jobs',
    'shard',
    'profile',
  ],
  detect: ['format', 'out', 'max-size', 'revisions', 'config'],
  compare: ['format', 'out', 'fail-on', 'max-size', 'glossary', 'lexicon', 'no-freedict', 'rule', 'revisions', 'config', 'profile'],
  align: ['format', 'out', 'max-size', 'presegmented'],
  learn: ['out', 'max-size'],
  rules: ['format', 'out'],
}
const everywhere: readonly OptionName[] = ['color', 'no-color', 'help', 'version', 'locale']

/** Everything one run works with: the parsed options and the registries. */
interface Run {
  values: Values
  io: CliIo
  readers: ReaderRegistry
  formatters: FormatterRegistry
  /** The language of messages: `--locale`, else the configuration's, else the environment's. */
  locale: Locale
}

function dispatch(argv: readonly string[], io: CliIo, extensions: CliExtensions, locale: Locale): number | Promise<number> {
  const parsed = parse(argv)
  if (parsed.values.locale !== undefined && parseLocale(parsed.values.locale) === undefined) oneOf(parsed.values.locale, locales, '--locale')
  const usage = locale === 'fr' ? frenchUsage : englishUsage
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
  const allowed = commandOptions[command]
  if (allowed === undefined) {
    throw new PareilError('bad-option', `unknown command '${command}'; did you mean 'pareil check ${command}'? (see pareil --help)`)
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || allowed.includes(name as OptionName) || everywhere.includes(name as OptionName)) continue
    throw new PareilError('bad-option', `${command}: --${name} does not apply here (see pareil --help)`)
  }
  const context: Run = {
    values,
    io,
    readers: extensions.readers === undefined ? defaultReaders : createReaders([...builtinReaders, ...extensions.readers]),
    formatters: extensions.formatters === undefined ? defaultFormatters : createFormatters([...builtinFormatters, ...extensions.formatters]),
    locale,
  }
  if (command === 'align') return runAlign(files, context)
  if (command === 'learn') return runLearn(files, context)
  if (command === 'rules') return runRules(files, context)
  if (command === 'compare') return runCompare(files, context)
  if (files.length === 0) throw new PareilError('bad-option', `${command}: give a file to check (see pareil --help)`)
  if (command === 'check' && isBatch(files)) return runBatchCheck(files, context)
  for (const option of ['jobs', 'shard'] as const) {
    if (values[option] !== undefined) throw new PareilError('bad-option', `--${option} applies to a batch: give folders, globs or more than two files`)
  }
  if (files.length > 2) {
    throw new PareilError('bad-option', `${command}: expected one or two files, got ${files.length}`)
  }
  // A team's settings: pareil.config.json (or .pareilrc.json) from the first file's folder upward, or --config FILE.
  // The command line wins over them.
  const config = values.config !== undefined ? readConfig(values.config) : configNear(files[0] as string)
  if (values.locale === undefined && config?.locale !== undefined) context.locale = config.locale
  if (config !== undefined && files.every((file) => ignores(config, file))) {
    const which = files.join(', ')
    io.stderr(
      context.locale === 'fr'
        ? `pareil\u00a0: ${which}\u00a0: non vérifié${files.length > 1 ? 's' : ''}\u00a0: ${config.path} l${files.length > 1 ? 'es' : 'e'} met de côté\n`
        : `pareil: ${which}: not checked: ${config.path} ignores ${files.length > 1 ? 'them' : 'it'}\n`,
    )
    return exitCodes.ok
  }
  const failOn = failOnOf(values, config)
  const maxBytes = maxBytesOf(values)
  const readers = context.readers
  const revisions = revisionsOf(values)
  if (command === 'detect') {
    const formatter = context.formatters.resolve('detect', values.format ?? 'text')
    const detection = detectFiles(files, {maxBytes, readers, ...(revisions === undefined ? {} : {revisions})})
    emit(formatter.detect?.(detection, formatOptions(context)) ?? '', context)
    return exitCodes.ok
  }
  const formatter = context.formatters.resolve('check', values.format ?? 'text')
  const glossaryPath = values.glossary ?? config?.glossary
  const glossary = glossaryPath === undefined ? undefined : readGlossary(glossaryPath, {maxBytes})
  const rules = ruleSettingsOf(values, config)
  const lexicon = userLexicon(lexiconSources(values, io, config), maxBytes)
  const profile = profileOf(values, config)
  const checked = checkFiles(files, {
    locale: context.locale,
    maxBytes,
    readers,
    rules,
    ...(profile === undefined ? {} : {profile}),
    ...(revisions === undefined ? {} : {revisions}),
    ...(glossary === undefined ? {} : {glossary}),
    ...(lexicon === undefined ? {} : {lexicon}),
  })
  const report = applyBaselines(checked, values, io, context.locale)
  emit(formatter.check?.(report, formatOptions(context)) ?? '', context)
  return exitCodeFor(report, failOn)
}

/**
 * `pareil compare OLD NEW`: two bilingual files, or four files (the old draft's English and French, then the new
 * draft's); exits as `check` does, on the changes' severities.
 */
function runCompare(files: readonly string[], context: Run): number {
  if (files.length !== 2 && files.length !== 4) {
    throw new PareilError(
      'bad-option',
      `compare: give the old draft and the new one, each one bilingual file or an English and a French file (2 or 4 files), got ${files.length}`,
    )
  }
  const half = files.length / 2
  const [oldPaths, newPaths] = [files.slice(0, half), files.slice(half)]
  const {values, io} = context
  const config = values.config !== undefined ? readConfig(values.config) : configNear(files[0] as string)
  if (values.locale === undefined && config?.locale !== undefined) context.locale = config.locale
  const formatter = context.formatters.resolve('compare', values.format ?? 'text')
  const maxBytes = maxBytesOf(values)
  const glossaryPath = values.glossary ?? config?.glossary
  const glossary = glossaryPath === undefined ? undefined : readGlossary(glossaryPath, {maxBytes})
  const lexicon = userLexicon(lexiconSources(values, io, config), maxBytes)
  const revisions = revisionsOf(values)
  const profile = profileOf(values, config)
  const report = compareFiles(oldPaths, newPaths, {
    locale: context.locale,
    maxBytes,
    readers: context.readers,
    rules: ruleSettingsOf(values, config),
    ...(revisions === undefined ? {} : {revisions}),
    ...(glossary === undefined ? {} : {glossary}),
    ...(lexicon === undefined ? {} : {lexicon}),
    ...(profile === undefined ? {} : {profile}),
  })
  emit(formatter.compare?.(report, formatOptions(context)) ?? '', context)
  return exitCodeFor(report, failOnOf(values, config))
}

/** A batch: more than two files, or a folder, or a glob pattern that is not itself a file. */
function isBatch(inputs: readonly string[]): boolean {
  return inputs.length > 2 || inputs.some((input) => (existsSync(input) ? statSync(input).isDirectory() : isGlob(input)))
}

/** `pareil check DIR|GLOB|FILES…`: every document, with a summary; see batch/run-batch.ts. */
function runBatchCheck(inputs: readonly string[], context: Run): Promise<number> {
  const {values, io} = context
  if (values['write-baseline'] !== undefined)
    throw new PareilError('bad-option', '--write-baseline records one check: run it on one document, or merge JSON Lines')
  const revisions = revisionsOf(values)
  const config = values.config !== undefined ? readConfig(values.config) : configNear(inputs[0] as string)
  if (values.locale === undefined && config?.locale !== undefined) context.locale = config.locale
  const glossary = values.glossary ?? config?.glossary
  const {color, xliffVersion} = formatOptions(context)
  const profile = profileOf(values, config)
  const settings: BatchSettings = {
    locale: context.locale,
    maxBytes: maxBytesOf(values),
    rules: ruleSettingsOf(values, config),
    words: lexiconSources(values, io, config),
    format: values.format ?? 'text',
    color,
    failOn: failOnOf(values, config),
    ...(revisions === undefined ? {} : {revisions}),
    ...(glossary === undefined ? {} : {glossary}),
    ...(profile === undefined ? {} : {profile}),
    ...(values.baseline === undefined ? {} : {baseline: values.baseline}),
    ...(xliffVersion === undefined ? {} : {xliffVersion}),
  }
  return runBatch({
    inputs,
    settings,
    jobs: jobsOf(values.jobs),
    ...(values.shard === undefined ? {} : {shard: shardOption(values.shard)}),
    ...(config === undefined ? {} : {config}),
    ...(values.out === undefined ? {} : {out: values.out}),
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
    progress: io.stderrIsTTY === true,
  })
}

/** `--profile`, else the configuration's: the house typography the `typography` rules check (none by default). */
function profileOf(values: Values, config: Config | undefined): TypographyProfile | undefined {
  if (values.profile !== undefined) return oneOf(values.profile, typographyProfiles, '--profile')
  return config?.profile
}

/** `--jobs N` (default: every core). */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism()
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new PareilError('bad-option', `--jobs: expected a whole number of at least 1, got '${value}'`)
  return jobs
}

function shardOption(value: string): Shard {
  try {
    return parseShard(value)
  } catch (error) {
    throw new PareilError('bad-option', error instanceof Error ? error.message : String(error))
  }
}

/** The configuration that applies near a file, if any. */
function configNear(file: string): Config | undefined {
  const path = findConfig(file)
  return path === undefined ? undefined : readConfig(path)
}

/** `--write-baseline FILE` records the findings as known; `--baseline FILE` leaves the known ones out. */
function applyBaselines(report: Report, values: Values, io: CliIo, locale: Locale): Report {
  const write = values['write-baseline']
  if (write !== undefined) {
    writeOut(write, `${JSON.stringify(baselineOf(report), null, 2)}\n`)
    const count = report.findings.length
    io.stderr(
      locale === 'fr'
        ? `pareil\u00a0: ${count} constat${count > 1 ? 's' : ''} inscrit${count > 1 ? 's' : ''} dans ${write} comme connu${count > 1 ? 's' : ''}\n`
        : `pareil: ${count} findings written to ${write} as known\n`,
    )
  }
  if (values.baseline === undefined) return report
  const {report: fresh, known} = withoutKnown(report, readBaseline(values.baseline))
  if (known > 0) {
    io.stderr(
      locale === 'fr'
        ? `pareil\u00a0: ${known} constat${known > 1 ? 's' : ''} connu${known > 1 ? 's' : ''} de ${values.baseline} non affiché${known > 1 ? 's' : ''}\n`
        : `pareil: ${known} known findings of ${values.baseline} not shown\n`,
    )
  }
  return fresh
}

/** `pareil rules [--format text|json]`: the rules with their category, default severity and docs. */
function runRules(files: readonly string[], context: Run): number {
  if (files.length > 0) throw new PareilError('bad-option', `rules: takes no file, got ${files.length}`)
  const formatter = context.formatters.resolve('rules', context.values.format ?? 'text')
  emit(formatter.rules?.(ruleListings(rules, context.locale), formatOptions(context)) ?? '', context)
  return exitCodes.ok
}

function formatOptions(context: Run): FormatOptions {
  const version = context.values['xliff-version']
  return {
    color: wantsColor(context.values, context.io) && context.values.out === undefined,
    locale: context.locale,
    ...(version === undefined ? {} : {xliffVersion: oneOf<'2.0' | '1.2'>(version === '2' ? '2.0' : version, ['2.0', '1.2'], '--xliff-version')}),
  }
}

function maxBytesOf(values: Values): number {
  return values['max-size'] === undefined ? defaultMaxBytes : parseSize(values['max-size'])
}

/**
 * The words given besides pareil's lexicon: the configuration's lexicons and
 * each `--lexicon FILE`, and the FreeDict dictionary when the machine has it
 * (`--no-freedict` leaves it out; PAREIL_DICTD_DIR names another folder than Debian's).
 */
function lexiconSources(values: Values, io: CliIo, config: Config | undefined): LexiconSources {
  const files = [...(config?.lexicon ?? []), ...(values.lexicon ?? [])]
  return values['no-freedict'] === true ? {files} : {files, freeDict: io.env['PAREIL_DICTD_DIR'] ?? freeDictDirectory}
}

/** `--fail-on`, else the configuration's, else `error`. */
function failOnOf(values: Values, config: Config | undefined): FailOn {
  return oneOf<FailOn>(values['fail-on'] ?? config?.failOn ?? 'error', ['error', 'warning', 'info', 'never'], '--fail-on')
}

/** The configuration's rule severities, then each `--rule`. */
function ruleSettingsOf(values: Values, config: Config | undefined): Record<string, SeveritySetting> {
  return {...config?.rules, ...parseRuleSettings(values.rule ?? [])}
}

function revisionsOf(values: Values): 'accepted' | 'original' | undefined {
  return values.revisions === undefined ? undefined : oneOf<'accepted' | 'original'>(values.revisions, ['accepted', 'original'], '--revisions')
}

/** `pareil learn memory.tmx [--out lexicon.tsv|lexicon.json]`: word pairs learnt from a translation memory. */
function runLearn(files: readonly string[], context: Run): number {
  const [path, ...rest] = files
  if (path === undefined || rest.length > 0) throw new PareilError('bad-option', 'learn: give one translation memory (.tmx)')
  const {values, io} = context
  const {units, pairs} = learnFromMemory(path, {maxBytes: maxBytesOf(values)})
  const json = values.out !== undefined && /\.json$/i.test(values.out)
  const output = json ? `${JSON.stringify({format: 'pareil-lexicon', version: 1, pairs}, null, 2)}\n` : formatLexicon(pairs)
  emit(output, context)
  if (values.out !== undefined) io.stdout(`learnt ${pairs.length} word pairs from ${units} translation units into ${values.out}\n`)
  return exitCodes.ok
}

/** `pareil align <en> <fr> [--presegmented] [--format beads|json]`. */
function runAlign(files: readonly string[], context: Run): number {
  const [enPath, frPath, ...rest] = files
  if (enPath === undefined || frPath === undefined || rest.length > 0) {
    throw new PareilError('bad-option', `align: give an English file and a French file, got ${files.length} file${files.length === 1 ? '' : 's'}`)
  }
  const {values} = context
  const formatter = context.formatters.resolve('align', values.format ?? 'beads')
  const report = alignFiles(enPath, frPath, {maxBytes: maxBytesOf(values), readers: context.readers, presegmented: values.presegmented === true})
  emit(formatter.align?.(report, formatOptions(context)) ?? '', context)
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

function emit(output: string | Uint8Array, context: Run): void {
  if (context.values.out === undefined) context.io.stdout(output)
  else writeOut(context.values.out, output)
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
        revisions: {type: 'string'},
        config: {type: 'string'},
        baseline: {type: 'string'},
        'write-baseline': {type: 'string'},
        jobs: {type: 'string'},
        shard: {type: 'string'},
        'xliff-version': {type: 'string'},
        locale: {type: 'string'},
        profile: {type: 'string'},
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

function writeOut(path: string, text: string | Uint8Array): void {
  try {
    writeFileSync(path, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'write failed')
    throw new PareilError('unreadable', `--out ${path}: cannot write the report (${reason})`)
  }
}
