import type {Lang, Span} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'
import {occurrence, pairOf} from '../terms.js'

/** An acronym defined in one language whose paired paragraph in the other defines none. */
export const acronymMismatch: Rule = {
  meta: {
    id: 'acronym-mismatch',
    category: 'term',
    defaultSeverity: 'warning',
    description: 'An acronym is defined in one version and not in the paired paragraph of the other.',
    messages: {
      noDefinition: 'the acronym {{acronym}} (“{{expansion}}”) is defined in the {{definedLang}} only; the paired {{otherLang}} defines no acronym',
      termWithoutAcronym:
        'the acronym {{acronym}} (“{{expansion}}”) is defined in the {{definedLang}} only; the paired {{otherLang}} names “{{counterpart}}” without one',
    },
  },
  check(context) {
    const terms = context.shared.terms
    for (const lang of ['en', 'fr'] as const) {
      const other: Lang = lang === 'en' ? 'fr' : 'en'
      const otherDefinitions = context.shared.acronyms(other)
      for (const definition of context.shared.acronyms(lang)) {
        const pair = pairOf(context.pairs, lang, definition.block.id)
        if (pair === undefined || pair[other].length === 0) continue
        if (otherDefinitions.some((candidate) => pair[other].includes(candidate.block.id))) continue
        const term = terms.find((candidate) => candidate[lang].toLowerCase() === definition.expansion.toLowerCase())
        const counterpart = term?.[other]
        const here = context.span(definition.block, definition.start, definition.end)
        context.report({
          ...(counterpart === undefined
            ? {messageId: 'noDefinition', data: {acronym: definition.acronym, expansion: definition.expansion, definedLang: lang, otherLang: other}}
            : {
                messageId: 'termWithoutAcronym',
                data: {acronym: definition.acronym, expansion: definition.expansion, definedLang: lang, otherLang: other, counterpart},
              }),
          confidence: term === undefined ? 0.6 : 0.8,
          ...(lang === 'en' ? {en: here, fr: place(context, pair[other], counterpart)} : {en: place(context, pair[other], counterpart), fr: here}),
        })
      }
    }
  },
}

/** The counterpart term in the other side's blocks, or the first of those blocks. */
function place(context: RuleContext, ids: readonly string[], term: string | undefined): Span | null {
  for (const id of ids) {
    const found = context.block(id)
    if (found === undefined) continue
    const at = term === undefined ? -1 : occurrence(found.block.text, term)
    if (at >= 0 && term !== undefined) return context.span(found.block, at, at + term.length)
  }
  const first = context.block(ids[0] ?? '')
  return first === undefined ? null : context.span(first.block)
}
