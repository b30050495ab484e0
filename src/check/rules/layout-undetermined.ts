import type {Rule} from '../rule.js'

/**
 * When detection cannot tell the English from the French, nothing is
 * compared: say so, rather than return a report that looks clean.
 */
export const layoutUndetermined: Rule = {
  meta: {
    id: 'layout-undetermined',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The English and French parts could not be found, so nothing was compared.',
    messages: {
      noLanguageFound: 'no English or French text was found: nothing was compared',
      layoutMixed:
        'the English and French parts could not be told apart with confidence (layout mixed): nothing was compared; ' +
        'give each version as its own file, or see `pareil detect`',
    },
  },
  check(context) {
    const {layout} = context.detection
    if (layout !== 'mixed' && layout !== 'unknown') return
    const document = context.documents[0]
    const first = document?.blocks.find((block) => block.prose) ?? document?.blocks[0]
    const span = document === undefined || first === undefined ? null : context.span(first)
    context.report({
      messageId: layout === 'unknown' ? 'noLanguageFound' : 'layoutMixed',
      confidence: 0.9,
      en: span,
      fr: null,
    })
  },
}
