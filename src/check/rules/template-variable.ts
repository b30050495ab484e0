import type {Block, Lang, Span} from '../../types.js'
import {withoutInlineCode} from '../draft/prose.js'
import {findVariables, type TemplateVariable, variableLang} from '../draft/variables.js'
import type {Rule, RuleContext} from '../rule.js'

/**
 * Template variables that differ between the versions of a paragraph: one version has a variable the other lacks,
 * or the French fills in the English variable (`{displayNameEn}`). Shown to a reader, either is a blank, a wrong
 * value, or a message the software cannot fill in.
 */
export const templateVariable: Rule = {
  meta: {
    id: 'template-variable',
    category: 'draft',
    defaultSeverity: 'warning',
    description: 'The versions of a paragraph hold different template variables ({name}, {{name}}, %s), or one uses the other language’s.',
    messages: {
      missing: 'the {{presentLang}} version has the variable “{{text}}”, which the {{absentLang}} version lacks',
      renamed: 'the variables differ: the English has “{{enText}}” where the French has “{{frText}}”',
      otherLanguage: 'the {{versionLang}} version uses “{{text}}”, a variable named for {{namedLang}}',
    },
  },
  check(context) {
    for (const pair of context.pairs) {
      if (pair.en.length === 0 || pair.fr.length === 0) continue
      const en = variablesOf(context, pair.en)
      const fr = variablesOf(context, pair.fr)
      if (en.length === 0 && fr.length === 0) continue
      for (const side of [en, fr]) {
        for (const found of side) {
          const named = variableLang(found.variable)
          if (named === undefined || named === found.lang) continue
          const span = found.span
          context.report({
            messageId: 'otherLanguage',
            data: {versionLang: found.lang, text: found.variable.text, namedLang: named},
            confidence: 0.85,
            en: found.lang === 'en' ? span : null,
            fr: found.lang === 'fr' ? span : null,
          })
        }
      }
      const enLeft = unmatched(en, fr)
      const frLeft = unmatched(fr, en)
      const [onlyEn] = enLeft
      const [onlyFr] = frLeft
      if (enLeft.length === 1 && frLeft.length === 1 && onlyEn !== undefined && onlyFr !== undefined) {
        context.report({
          messageId: 'renamed',
          data: {enText: onlyEn.variable.text, frText: onlyFr.variable.text},
          confidence: 0.8,
          en: onlyEn.span,
          fr: onlyFr.span,
        })
        continue
      }
      for (const found of [...enLeft, ...frLeft]) {
        const absent: Lang = found.lang === 'en' ? 'fr' : 'en'
        context.report({
          messageId: 'missing',
          data: {presentLang: found.lang, absentLang: absent, text: found.variable.text},
          confidence: 0.8,
          en: found.lang === 'en' ? found.span : null,
          fr: found.lang === 'fr' ? found.span : null,
        })
      }
    }
  },
}

interface Found {
  variable: TemplateVariable
  lang: Lang
  span: Span
  /** The variable's name without a language suffix: `{nameEn}` and `{nameFr}` are the same variable. */
  key: string
}

function variablesOf(context: RuleContext, ids: readonly string[]): Found[] {
  return ids.flatMap((id) => {
    const found = context.block(id)
    const detected = context.detection.blocks.get(id)
    if (found === undefined || !found.block.prose || (detected?.lang !== 'en' && detected?.lang !== 'fr')) return []
    const block: Block = found.block
    const lang: Lang = detected.lang
    return findVariables(withoutInlineCode(block)).map((variable) => ({
      variable,
      lang,
      span: context.span(block, variable.start, variable.end),
      key: variable.key.replace(/(?<=[a-z\d])(?:En|EN|Fr|FR)(?=\W*$)|_(?:en|EN|fr|FR)(?=\W*$)/, ''),
    }))
  })
}

/** The variables of one side that the other side's do not account for, one for one. */
function unmatched(side: readonly Found[], other: readonly Found[]): Found[] {
  const available = new Map<string, number>()
  for (const found of other) available.set(found.key, (available.get(found.key) ?? 0) + 1)
  return side.filter((found) => {
    const count = available.get(found.key) ?? 0
    if (count === 0) return true
    available.set(found.key, count - 1)
    return false
  })
}
