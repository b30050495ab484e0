import {findPlaceholders} from '../draft/placeholders.js'
import {counterpartsOf, draftBlocks, withoutInlineCode} from '../draft/prose.js'
import type {Rule} from '../rule.js'

/**
 * Placeholders left for text still to come: "TBD", "XXX", "$XX million", "???", "[insert date]", "[À confirmer]",
 * "lorem ipsum". Where the other version's counterpart still has one too, one finding points at both; where it
 * has none, the message says so (the other version was filled in, or says something the first cannot yet).
 */
export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    category: 'draft',
    defaultSeverity: 'warning',
    description: 'A placeholder is left in the text: TBD, XXX, ???, [insert …], [À confirmer], lorem ipsum.',
    messages: {
      both: 'both versions still have a placeholder here: “{{enText}}” in English, “{{frText}}” in French',
      oneVersion: 'the {{presentLang}} version still has the placeholder “{{text}}”; the {{otherLang}} version has none here',
      unpaired: 'the {{presentLang}} version still has the placeholder “{{text}}”',
    },
  },
  check(context) {
    const reported = new Set<string>()
    for (const draft of draftBlocks(context)) {
      const found = findPlaceholders(draft.text)
      if (found.length === 0) continue
      const other = draft.lang === 'en' ? 'fr' : 'en'
      const counterparts = counterpartsOf(context, draft.block, draft.lang)
      // The other version's placeholders in the counterpart blocks, matched in order with this block's.
      const theirs = counterparts.flatMap((block) => findPlaceholders(withoutInlineCode(block)).map((match) => ({block, match})))
      found.forEach((match, index) => {
        const span = context.span(draft.block, match.start, match.end)
        const counterpart = theirs[index]
        if (counterpart !== undefined) {
          const key = `${counterpart.block.id}:${counterpart.match.start}`
          if (reported.has(key)) return
          reported.add(`${draft.block.id}:${match.start}`)
          const otherSpan = context.span(counterpart.block, counterpart.match.start, counterpart.match.end)
          const [en, fr] = draft.lang === 'en' ? [span, otherSpan] : [otherSpan, span]
          context.report({messageId: 'both', data: {enText: en.text, frText: fr.text}, confidence: 0.9, en, fr})
          return
        }
        const data = {presentLang: draft.lang, otherLang: other, text: match.text}
        const messageId = counterparts.length > 0 ? 'oneVersion' : 'unpaired'
        context.report({messageId, data, confidence: 0.9, en: draft.lang === 'en' ? span : null, fr: draft.lang === 'fr' ? span : null})
      })
    }
  },
}
