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

/** Replaces each `{{name}}` of a template by its value; a key ending in `Lang` is a language code, written as a name. */
export function fillTemplate(template: string, data: MessageData, where: string): string {
  return template.replace(/\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g, (_, name: string) => {
    const value = data[name]
    if (value === undefined) throw new Error(`${where}: no value for {{${name}}}`)
    if (name.endsWith('Lang') && (value === 'en' || value === 'fr')) return languageNames[value]
    return String(value)
  })
}
