import {findReviewMarks} from '../draft/review-marks.js'
import {draftBlocks} from '../draft/prose.js'
import type {Rule} from '../rule.js'

/**
 * Marks left for the people who make the document, not for its readers: "TODO", "FIXME", "[Comment: …]",
 * "Note to translator", "Note à la rédaction", Word's comment anchors ("[JD1]") kept by a conversion.
 */
export const reviewMark: Rule = {
  meta: {
    id: 'review-mark',
    category: 'draft',
    defaultSeverity: 'warning',
    description: 'A review mark or comment is left in the text: TODO, FIXME, [Comment: …], a note to the translator.',
    messages: {
      reviewMark: 'a review mark is left in the {{versionLang}} text: “{{text}}”',
      commentAnchor: 'a comment anchor is left in the {{versionLang}} text: “{{text}}” (a Word comment’s initials and number)',
    },
  },
  check(context) {
    for (const draft of draftBlocks(context)) {
      for (const mark of findReviewMarks(draft.text)) {
        const span = context.span(draft.block, mark.start, mark.end)
        const anchor = /^\[[A-Z]{2,3}\d{1,2}\]$/.test(mark.text)
        context.report({
          messageId: anchor ? 'commentAnchor' : 'reviewMark',
          data: {versionLang: draft.lang, text: mark.text},
          confidence: anchor ? 0.5 : 0.9,
          en: draft.lang === 'en' ? span : null,
          fr: draft.lang === 'fr' ? span : null,
        })
      }
    }
  },
}
