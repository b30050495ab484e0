import {PareilError} from '../errors.js'
import type {Formatter, ReportKind} from './formatter.js'

/** The output formats to choose from: the one place `--format` is resolved. */
export interface FormatterRegistry {
  readonly formatters: readonly Formatter[]
  /** The ids of the formatters that write this kind of report. */
  idsFor(kind: ReportKind): string[]
  /** The formatter `id` for this kind of report; a `PareilError` naming the choices when it has none. */
  resolve(kind: ReportKind, id: string): Formatter
}

/** A registry of formatters; a later formatter with the id of an earlier one replaces it. */
export function createFormatters(formatters: readonly Formatter[]): FormatterRegistry {
  const byId = new Map<string, Formatter>()
  for (const formatter of formatters) byId.set(formatter.id, formatter)
  const all = [...byId.values()]
  const idsFor = (kind: ReportKind) => all.filter((formatter) => formatter[kind] !== undefined).map((formatter) => formatter.id)
  return {
    formatters: all,
    idsFor,
    resolve(kind, id) {
      const formatter = byId.get(id)
      if (formatter?.[kind] === undefined) {
        throw new PareilError('bad-option', `--format: expected one of ${idsFor(kind).join(', ')}, got '${id}'`)
      }
      return formatter
    },
  }
}
