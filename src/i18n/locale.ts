/** The languages pareil speaks to its users in: its messages, reports, help and errors. */
export type Locale = 'en' | 'fr'

export const locales: readonly Locale[] = ['en', 'fr']

/** The environment variables that name the user's language, in the order POSIX gives them precedence. */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const

/**
 * The locale of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
 * that is set and not empty decides (`fr`, `fr_CA.UTF-8` → French); anything
 * else, or nothing, is English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of localeVariables) {
    const value = env[name]
    if (value !== undefined && value !== '') return /^fr(?:$|[_.@-])/i.test(value) ? 'fr' : 'en'
  }
  return 'en'
}

/** `en` and `fr`, and the region-qualified forms people type (`fr-CA`, `fr_CA`, `en-CA`). */
export function parseLocale(value: string): Locale | undefined {
  const match = /^(en|fr)(?:[_-][a-z]{2})?$/i.exec(value.trim())
  return match === null ? undefined : ((match[1] as string).toLowerCase() as Locale)
}

/**
 * The locale of a command line: `--locale` (or `--locale=`) when it names one,
 * else the environment's. Read before the options are parsed, so that an
 * error in them is told in the user's language too.
 */
export function localeOfCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break
    const value = arg === '--locale' ? argv[index + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined
    const locale = value === undefined ? undefined : parseLocale(value)
    if (locale !== undefined) return locale
  }
  return localeFromEnv(env)
}
