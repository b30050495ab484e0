import type {PareilError} from '../errors.js'
import {errorTranslations} from './fr/errors.js'
import type {Locale} from './locale.js'

/** A refusal's one line in a locale: its French when one is known for its code and message, else its English. */
export function localizedError(error: PareilError, locale: Locale): string {
  if (locale === 'en') return error.message
  for (const translation of errorTranslations) {
    if (translation.code !== error.code) continue
    const match = translation.english.exec(error.message)
    if (match !== null) return translation.french(match.groups ?? {})
  }
  return error.message
}

/** The line the CLI prints for a bug in pareil, before the stack. */
export function internalErrorLine(message: string, locale: Locale): string {
  return locale === 'fr'
    ? `erreur interne\u00A0: ${message} (définissez PAREIL_DEBUG=1 pour les détails)`
    : `internal error: ${message} (set PAREIL_DEBUG=1 for details)`
}
