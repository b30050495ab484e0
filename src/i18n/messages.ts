import type {MessageData} from '../check/rule.js'
import type {Finding, RelatedFinding} from '../types.js'
import {frenchDescriptions, frenchMessages} from './fr/messages.js'
import {writeFrenchValue} from './fr/words.js'
import type {Locale} from './locale.js'
import {fillWith} from './template.js'

/**
 * A finding's message in a locale: its rule's template for its message id,
 * filled with its data. English, a rule of the user's without a translation,
 * and a ready message (no message id) keep the message as the rule wrote it.
 */
export function localizedMessage(finding: Pick<Finding, 'rule' | 'message' | 'messageId' | 'data'>, locale: Locale): string {
  if (locale === 'en' || finding.messageId === undefined) return finding.message
  const template = frenchMessages[finding.rule]?.[finding.messageId]
  if (template === undefined) return finding.message
  return frenchMessage(template, finding.data ?? {}, `rule ${finding.rule}, message '${finding.messageId}' (fr)`)
}

/** Fills a French template: languages, kinds and quoted items in the forms French sentences need. */
export function frenchMessage(template: string, data: MessageData, where: string): string {
  return fillWith(template, data, writeFrenchValue, where)
}

/** The findings with their messages (and those of their related findings) in a locale; `messageId` and `data` stay. */
export function localizeFindings(findings: readonly Finding[], locale: Locale): Finding[] {
  if (locale === 'en') return [...findings]
  const localize = <T extends RelatedFinding>(finding: T): T => ({...finding, message: localizedMessage(finding, locale)})
  return findings.map((finding) => {
    const shown = localize(finding)
    if (finding.related !== undefined) shown.related = finding.related.map(localize)
    return shown
  })
}

/** A rule's description in a locale; a rule without a translation keeps its own. */
export function localizedDescription(id: string, description: string, locale: Locale): string {
  return locale === 'fr' ? (frenchDescriptions[id] ?? description) : description
}
