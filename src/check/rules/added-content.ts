import type {Rule} from '../rule.js'
import {reportUnpaired, unpairedMessages} from '../unpaired.js'

/** French text with no English counterpart: a paragraph or a sentence the French adds, or a stray page artefact. */
export const addedContent: Rule = {
  meta: {
    id: 'added-content',
    category: 'addition',
    defaultSeverity: 'error',
    description: 'A paragraph or sentence of the French has no counterpart in the English.',
    messages: unpairedMessages,
  },
  check(context) {
    reportUnpaired(context, 'fr')
  },
}
