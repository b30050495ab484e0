import {PareilError} from '../../errors.js'
import {localizedError} from '../../i18n/errors.js'
import type {Locale} from '../../i18n/locale.js'
import {checkFiles, readGlossary} from '../../node.js'
import type {TermPair} from '../../check/terms.js'
import {defaultFormatters} from '../../report/index.js'
import type {Report, SeveritySetting, TypographyProfile} from '../../types.js'
import type {Lexicon} from '../../words/lexicon.js'
import {readBaseline, withoutKnown} from '../baseline.js'
import {exitCodeFor, exitCodes, type FailOn} from '../exit.js'
import {type LexiconSources, userLexicon} from '../user-lexicon.js'

/** What every document of a batch is checked with: plain data, so that it crosses to a worker thread. */
export interface BatchSettings {
  locale: Locale
  maxBytes: number
  rules: Record<string, SeveritySetting>
  revisions?: 'accepted' | 'original'
  glossary?: string
  /** The house typography the `typography` rules check. */
  profile?: TypographyProfile
  /** The words given besides pareil's lexicon. */
  words: LexiconSources
  format: string
  color: boolean
  xliffVersion?: '2.0' | '1.2'
  failOn: FailOn
  baseline?: string
}

/** One document to check: its id in the batch and its files (`[en, fr]` or one bilingual file). */
export interface DocumentTask {
  index: number
  id: string
  files: string[]
}

/** What checking one document gave: its formatted report and what the summary counts, or why it failed. */
export interface DocumentOutcome {
  index: number
  id: string
  files: string[]
  /** The report in the batch's format. */
  output: string
  exitCode: number
  errors: number
  warnings: number
  infos: number
  /** Findings by rule id. */
  rules: Record<string, number>
  /** Findings a baseline already knew, left out. */
  known: number
  /** Why the document could not be checked (one line), when it could not. */
  failure?: string
  /** The failure is pareil's fault (a bug), not the input's. */
  internal?: boolean
}

/** The glossary and word lists of a batch, read once per thread. */
interface Resources {
  glossary: TermPair[] | undefined
  lexicon: Lexicon | undefined
}

let loaded: {settings: BatchSettings; resources: Resources} | undefined

function resourcesFor(settings: BatchSettings): Resources {
  if (loaded?.settings === settings) return loaded.resources
  const resources = {
    glossary: settings.glossary === undefined ? undefined : readGlossary(settings.glossary, {maxBytes: settings.maxBytes}),
    lexicon: userLexicon(settings.words, settings.maxBytes),
  }
  loaded = {settings, resources}
  return resources
}

/**
 * Checks one document of a batch and formats its report. Never throws: a
 * document that cannot be read or checked comes back as a failure, so that
 * the batch goes on.
 */
export function checkDocument(task: DocumentTask, settings: BatchSettings): DocumentOutcome {
  const base = {index: task.index, id: task.id, files: task.files}
  try {
    const {glossary, lexicon} = resourcesFor(settings)
    let report: Report = checkFiles(task.files, {
      locale: settings.locale,
      maxBytes: settings.maxBytes,
      rules: settings.rules,
      ...(settings.revisions === undefined ? {} : {revisions: settings.revisions}),
      ...(glossary === undefined ? {} : {glossary}),
      ...(lexicon === undefined ? {} : {lexicon}),
      ...(settings.profile === undefined ? {} : {profile: settings.profile}),
    })
    let known = 0
    if (settings.baseline !== undefined) ({report, known} = withoutKnown(report, readBaseline(settings.baseline)))
    const formatter = defaultFormatters.resolve('check', settings.format)
    const output = formatter.check?.(report, {
      color: settings.color,
      locale: settings.locale,
      document: task.id,
      ...(settings.xliffVersion === undefined ? {} : {xliffVersion: settings.xliffVersion}),
    })
    const rules: Record<string, number> = {}
    for (const finding of report.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1
    return {
      ...base,
      output: typeof output === 'string' ? output : '',
      exitCode: exitCodeFor(report, settings.failOn),
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
      rules,
      known,
    }
  } catch (error) {
    const internal = !(error instanceof PareilError)
    const message = error instanceof PareilError ? localizedError(error, settings.locale) : error instanceof Error ? error.message : String(error)
    return {
      ...base,
      output: '',
      exitCode: internal ? exitCodes.internal : exitCodes.usage,
      errors: 0,
      warnings: 0,
      infos: 0,
      rules: {},
      known: 0,
      failure: withoutPath((message.split('\n')[0] ?? '').trim(), task.files),
      internal,
    }
  }
}

/** A reader's error names its file first: said once where the document is one file (a pair's keeps which one). */
function withoutPath(message: string, files: readonly string[]): string {
  const [file] = files
  return files.length === 1 && file !== undefined && message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message
}
