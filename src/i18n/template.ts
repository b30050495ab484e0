import type {MessageData} from '../check/rule.js'

/**
 * The placeholders of a template, by name: `{{name}}` and `{{name|form}}`
 * both name `name`. A translation must use the same names as the English.
 */
export function placeholdersOf(template: string): Set<string> {
  return new Set([...template.matchAll(placeholderPattern)].map((match) => match[1] as string))
}

/** `{{name}}` or `{{name|form}}`: a form asks for the value written another way (`{{absentLang|version}}`). */
export const placeholderPattern = /\{\{\s*([A-Za-z_$][\w$]*)\s*(?:\|\s*([A-Za-z]+)\s*)?\}\}/g

/** Writes one value of a message's data in the form a template asks for; undefined for a form it does not know. */
export type ValueWriter = (name: string, value: string | number, form: string | undefined) => string | undefined

/**
 * Replaces each placeholder of a template by its value as `write` renders it.
 * A placeholder without data, or a form the writer does not know, is a bug in
 * the template: it throws, naming `where`.
 */
export function fillWith(template: string, data: MessageData, write: ValueWriter, where: string): string {
  return template.replace(placeholderPattern, (_, name: string, form: string | undefined) => {
    const value = data[name]
    if (value === undefined) throw new Error(`${where}: no value for {{${name}}}`)
    const written = write(name, value, form)
    if (written === undefined) throw new Error(`${where}: no form '${form}' for {{${name}}}`)
    return written
  })
}
