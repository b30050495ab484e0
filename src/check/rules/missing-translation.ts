import type {Lang} from '../../types.js'
import type {Rule} from '../rule.js'

/**
 * A document with one language only: the other version is missing altogether.
 * The finding points at the start of the language that is there.
 */
export const missingTranslation: Rule = {
  meta: {
    id: 'missing-translation',
    category: 'omission',
    defaultSeverity: 'error',
    description: 'The document has one language only: the other version is missing.',
    messages: {
      missingVersion: 'no {{missingLang}} version found: the document is in {{presentLang}} only ({{blocks}} blocks)',
    },
  },
  check(context) {
    if (context.detection.layout !== 'monolingual') return
    const present = new Set(context.detection.parts.map((part) => part.lang))
    const [lang] = present
    if (lang === undefined || present.size !== 1) return
    const missing: Lang = lang === 'en' ? 'fr' : 'en'
    const first = context.documents
      .flatMap((document) => document.blocks.map((block) => ({document, block})))
      .find(({block}) => context.detection.blocks.get(block.id)?.lang === lang)
    const blocks = context.documents.reduce((count, document) => count + document.blocks.length, 0)
    const span = first === undefined ? null : context.span(first.block)
    context.report({
      messageId: 'missingVersion',
      data: {missingLang: missing, presentLang: lang, blocks},
      confidence: 0.95,
      en: lang === 'en' ? span : null,
      fr: lang === 'fr' ? span : null,
    })
  },
}
