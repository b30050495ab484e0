import {PareilError} from '../errors.js'
import type {Severity, SeveritySetting} from '../types.js'

const settings: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error']

/** Checks a severity as a user set it, in one place, refusing anything else. */
export function parseSeveritySetting(value: unknown, where: string): SeveritySetting {
  if (typeof value === 'string' && (settings as readonly string[]).includes(value)) {
    return value as SeveritySetting
  }
  throw new PareilError('bad-option', `${where}: expected one of ${settings.join(', ')}, got ${JSON.stringify(value)}`)
}

const rank: Record<Severity, number> = {info: 1, warning: 2, error: 3}

/** True when `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold]
}
