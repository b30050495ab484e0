import type {Lang} from '../types.js'
import type {MessageData, RuleMeta, RuleReport} from './rule.js'

/** Language names as English messages write them. */
const languageNames: Record<Lang, string> = {en: 'English', fr: 'French'}

/**
 * The text of a report: its ready message, or its message id's template of the
 * rule's `meta.messages` filled with its data. A message id the rule does not
 * define, or a placeholder without data, is a bug in the rule: it throws.
 */
export function messageOf(meta: RuleMeta, report: RuleReport): string {
  if (report.messageId === undefined) return report.message
  const template = meta.messages?.[report.messageId]
  if (template === undefined) throw new Error(`rule ${meta.id} reported the unknown message id '${report.messageId}'`)
  return fillTemplate(template, report.data ?? {}, `rule ${meta.id}, message '${report.messageId}'`)
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

/** English values as they are, but a key ending in `Lang` holding a language code, written as a name; no forms. */
const writeEnglishValue: ValueWriter = (name, value, form) => {
  if (form !== undefined) return undefined
  return name.endsWith('Lang') && (value === 'en' || value === 'fr') ? languageNames[value] : String(value)
}

/** Replaces each `{{name}}` of an English template by its value; a key ending in `Lang` is a language code, written as a name. */
export function fillTemplate(template: string, data: MessageData, where: string): string {
  return fillWith(template, data, writeEnglishValue, where)
}
