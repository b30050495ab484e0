import type {Rule} from '../rule.js'
import {reportUnpaired, unpairedMessages} from '../unpaired.js'

/** English text with no French counterpart: a paragraph or a sentence the French drops. */
export const omittedContent: Rule = {
  meta: {
    id: 'omitted-content',
    category: 'omission',
    defaultSeverity: 'error',
    description: 'A paragraph or sentence of the English has no counterpart in the French.',
    messages: unpairedMessages,
  },
  check(context) {
    reportUnpaired(context, 'en')
  },
}
