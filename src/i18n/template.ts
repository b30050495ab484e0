import {placeholderPattern} from '../check/messages.js'

/**
 * The placeholders of a template, by name: `{{name}}` and `{{name|form}}`
 * both name `name`. A translation must use the same names as the English.
 */
export function placeholdersOf(template: string): Set<string> {
  return new Set([...template.matchAll(placeholderPattern)].map((match) => match[1] as string))
}

export {fillWith, placeholderPattern, type ValueWriter} from '../check/messages.js'
