import {matchesOf, type TextMatch} from './matches.js'

/**
 * Template variables: what a template engine or a message catalogue fills in when the text is shown
 * (`{{name}}`, `${name}`, `{name}`, `{0}`, `%s`, `%(name)s`, `<%= name %>`). The two versions of a message should
 * hold the same ones.
 */
const patterns: readonly RegExp[] = [
  /\{\{\s*[\p{L}_][\w.-]*\s*\}\}/gu,
  /\$\{\s*[\p{L}_][\w.]*\s*\}/gu,
  /<%=?\s*[\p{L}_][\w.]*\s*%>/gu,
  /%\(\s*[\p{L}_]\w*\s*\)[sdif]/gu,
  /(?<![\w{$])\{\s*(?:[\p{L}_][\w.]*|\d{1,2})\s*\}(?!\})/gu,
  /(?<![\w%])%(?:\d\$)?[sd](?![\p{L}\d])/gu,
]

/** A variable found in a text, with its name as a key (spaces inside its braces taken out). */
export interface TemplateVariable extends TextMatch {
  key: string
}

/** Every template variable of a text, in text order. */
export function findVariables(text: string): TemplateVariable[] {
  return matchesOf(text, patterns).map((match) => ({...match, key: match.text.replace(/\s+/g, '')}))
}

/** The language a variable's name says it holds (`displayNameEn`, `title_fr`, `NAME_EN`), if any. */
export function variableLang(variable: TemplateVariable): 'en' | 'fr' | undefined {
  const name = variable.key.replace(/[^\w]/g, '')
  if (/(?:[a-z\d]En|[a-z\d]EN|_en|_EN)$/.test(name)) return 'en'
  if (/(?:[a-z\d]Fr|[a-z\d]FR|_fr|_FR)$/.test(name)) return 'fr'
  return undefined
}
