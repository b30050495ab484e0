import {findPlaceholders} from '../draft/placeholders.js'
import type {Block, Lang, Pair, Span} from '../../types.js'
import {counterpartsOf, draftBlocks, pairOfBlock} from '../draft/prose.js'
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
    // The placeholders of each pair of paragraphs, per version, in order (a paragraph in no pair is a group alone).
    const groups = new Map<Pair | Block, {en: Found[]; fr: Found[]; paired: {en: boolean; fr: boolean}}>()
    for (const draft of draftBlocks(context)) {
      const found = findPlaceholders(draft.text)
      if (found.length === 0) continue
      const key = pairOfBlock(context, draft.block) ?? draft.block
      const group = groups.get(key) ?? {en: [], fr: [], paired: {en: false, fr: false}}
      group[draft.lang].push(...found.map((match) => ({lang: draft.lang, span: context.span(draft.block, match.start, match.end)})))
      group.paired[draft.lang] = counterpartsOf(context, draft.block, draft.lang).length > 0
      groups.set(key, group)
    }
    for (const {en, fr, paired} of groups.values()) {
      // Matched in order: the first English placeholder with the first French one, and so on.
      for (let index = 0; index < Math.min(en.length, fr.length); index++) {
        const [enSpan, frSpan] = [(en[index] as Found).span, (fr[index] as Found).span]
        context.report({messageId: 'both', data: {enText: enSpan.text, frText: frSpan.text}, confidence: 0.9, en: enSpan, fr: frSpan})
      }
      for (const {lang, span} of [...en.slice(fr.length), ...fr.slice(en.length)]) {
        const data = {presentLang: lang, otherLang: lang === 'en' ? 'fr' : 'en', text: span.text}
        const messageId = paired[lang] ? 'oneVersion' : 'unpaired'
        context.report({messageId, data, confidence: 0.9, en: lang === 'en' ? span : null, fr: lang === 'fr' ? span : null})
      }
    }
  },
}

/** A placeholder found, with its version and place. */
interface Found {
  lang: Lang
  span: Span
}
