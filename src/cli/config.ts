import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {rules} from '../check/rules/index.js'
import {parseSeveritySetting} from '../check/severity.js'
import {PareilError} from '../errors.js'
import {type SeveritySetting, type TypographyProfile, typographyProfiles} from '../types.js'

/** The names a configuration file may have, looked for in this order in each folder. */
export const configNames = ['pareil.config.json', '.pareilrc.json'] as const

/** A team's settings (docs/config.md, docs/config.schema.json), with paths resolved against the file's folder. */
export interface Config {
  /** The file the settings come from. */
  path: string
  /** Severity per rule id, or `off`. */
  rules?: Record<string, SeveritySetting>
  /** A glossary file (CSV, TSV or TBX). */
  glossary?: string
  /** Lexicon files (TSV or JSON, as `pareil learn` writes them). */
  lexicon?: string[]
  /** The language of messages and reports. */
  locale?: 'en' | 'fr'
  /** The house typography the `typography` rules check (`fr-CA`, `en-CA`, `fr-FR`); none by default. */
  profile?: TypographyProfile
  /** The level at or above which a check exits 1. */
  failOn?: 'error' | 'warning' | 'info' | 'never'
  /** Files not to check: glob patterns relative to the file's folder (`**` any folders, `*` and `?` within a name). */
  ignore?: string[]
}

const keys = ['$schema', 'rules', 'glossary', 'lexicon', 'locale', 'profile', 'failOn', 'ignore'] as const

/** The configuration file that applies to a checked file: in its folder or the nearest folder above it. */
export function findConfig(file: string): string | undefined {
  let folder = resolve(existsSync(file) && statSync(file).isDirectory() ? file : dirname(file))
  for (;;) {
    for (const name of configNames) {
      const candidate = join(folder, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/** Reads and validates a configuration file; a bad one is a one-line `PareilError` naming the key at fault. */
export function readConfig(path: string): Config {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new PareilError('not-found', `${path}: no such configuration file`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new PareilError('bad-option', `${path}: not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
  return validateConfig(value, path)
}

/** Checks a parsed configuration against the contract of docs/config.schema.json. */
export function validateConfig(value: unknown, path: string): Config {
  const fail = (key: string, message: string): never => {
    throw new PareilError('bad-option', `${path}: ${key}: ${message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('(top level)', 'expected an object of settings')
  const record = value as Record<string, unknown>
  const config: Config = {path}
  const folder = dirname(path)
  for (const key of Object.keys(record)) {
    if (!(keys as readonly string[]).includes(key)) fail(key, `unknown setting (known: ${keys.filter((name) => name !== '$schema').join(', ')})`)
  }
  if (record.rules !== undefined) {
    if (typeof record.rules !== 'object' || record.rules === null || Array.isArray(record.rules)) fail('rules', 'expected an object of rule ids and levels')
    const known = rules.map((rule) => rule.meta.id)
    config.rules = {}
    for (const [id, level] of Object.entries(record.rules as Record<string, unknown>)) {
      if (!known.includes(id)) fail(`rules.${id}`, `unknown rule (known rules: ${known.join(', ')})`)
      try {
        config.rules[id] = parseSeveritySetting(level, 'level')
      } catch {
        fail(`rules.${id}`, `expected one of error, warning, info, off, got ${JSON.stringify(level)}`)
      }
    }
  }
  if (record.glossary !== undefined) {
    if (typeof record.glossary !== 'string' || record.glossary === '') fail('glossary', 'expected the path of a glossary file')
    config.glossary = resolveFrom(folder, record.glossary as string)
  }
  if (record.lexicon !== undefined) {
    const list = typeof record.lexicon === 'string' ? [record.lexicon] : record.lexicon
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item === ''))
      fail('lexicon', 'expected the path of a lexicon file, or a list of them')
    config.lexicon = (list as string[]).map((item) => resolveFrom(folder, item))
  }
  if (record.locale !== undefined) {
    if (record.locale !== 'en' && record.locale !== 'fr') fail('locale', `expected "en" or "fr", got ${JSON.stringify(record.locale)}`)
    config.locale = record.locale as 'en' | 'fr'
  }
  if (record.profile !== undefined) {
    if (typeof record.profile !== 'string' || !(typographyProfiles as readonly string[]).includes(record.profile))
      fail('profile', `expected one of ${typographyProfiles.map((name) => JSON.stringify(name)).join(', ')}, got ${JSON.stringify(record.profile)}`)
    config.profile = record.profile as TypographyProfile
  }
  if (record.failOn !== undefined) {
    const levels = ['error', 'warning', 'info', 'never']
    if (typeof record.failOn !== 'string' || !levels.includes(record.failOn))
      fail('failOn', `expected one of ${levels.join(', ')}, got ${JSON.stringify(record.failOn)}`)
    config.failOn = record.failOn as NonNullable<Config['failOn']>
  }
  if (record.ignore !== undefined) {
    if (!Array.isArray(record.ignore) || record.ignore.some((item) => typeof item !== 'string' || item === ''))
      fail('ignore', 'expected a list of file patterns')
    config.ignore = record.ignore as string[]
  }
  return config
}

function resolveFrom(folder: string, path: string): string {
  return isAbsolute(path) ? path : join(folder, path)
}

/** Whether a configuration's `ignore` patterns name a file (patterns are relative to the configuration's folder). */
export function ignores(config: Config, file: string): boolean {
  const path = relative(dirname(config.path), resolve(file)).split(sep).join('/')
  return (config.ignore ?? []).some((pattern) => globPattern(pattern).test(path))
}

/** A glob as a regular expression: `**` any folders, `*` any name part, `?` one character; a pattern without `/` matches a name in any folder. */
export function globPattern(glob: string): RegExp {
  const anywhere = !glob.includes('/')
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i)
    if (char === '*' && glob.charAt(i + 1) === '*') {
      // `**/` is zero or more folders; a trailing `**` is everything below.
      source += glob.charAt(i + 2) === '/' ? '(?:[^/]*/)*' : '.*'
      i += glob.charAt(i + 2) === '/' ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${anywhere ? '(?:[^/]*/)*' : ''}${source.replace(/^\//, '')}$`)
}
