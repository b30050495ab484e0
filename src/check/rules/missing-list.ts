import type {Block} from '../../types.js'
import {isBareLabel, isField} from '../draft/labels.js'
import {type DraftBlock, draftBlocks, endsVersion, followingBlock} from '../draft/prose.js'
import type {MessageData, Rule} from '../rule.js'

/**
 * A sentence that announces a list and has none: "The Strategy aims to:" followed by an ordinary paragraph, a
 * heading, or the end of the version. The items were left for later, or lost.
 */
export const missingList: Rule = {
  meta: {
    id: 'missing-list',
    category: 'draft',
    defaultSeverity: 'warning',
    description: 'A sentence announces a list (it ends on a colon after “aims to”, “include”, “the following”…) and no list follows.',
    messages: {
      paragraphFollows: '“{{lead}}” announces a list, but none follows: the next paragraph is ordinary text (“{{next}}”)',
      headingFollows: '“{{lead}}” announces a list, but none follows: the heading “{{next}}” comes next',
      versionEnds: '“{{lead}}” announces a list, but none follows: the {{versionLang}} version ends there',
    },
  },
  check(context) {
    for (const draft of draftBlocks(context)) {
      if (draft.block.kind !== 'paragraph' || draft.block.quoted === true) continue
      const lead = announcement(draft)
      if (lead === undefined) continue
      const next = followingBlock(context, draft.block)
      let found: {messageId: string; data: MessageData; confidence: number} | undefined
      if (endsVersion(context, draft.block)) found = {messageId: 'versionEnds', data: {lead: lead.text, versionLang: draft.lang}, confidence: 0.8}
      // A heading may be the first of the items ("the following sections:"), not after a sentence cut short ("aims to:").
      else if (next === undefined) continue
      else if (next.block.kind === 'heading' && lead.cut)
        found = {messageId: 'headingFollows', data: {lead: lead.text, next: next.block.text.trim()}, confidence: 0.75}
      else if (isOrdinaryParagraph(next.block))
        found = {messageId: 'paragraphFollows', data: {lead: lead.text, next: opening(next.block.text)}, confidence: 0.65}
      if (found === undefined) continue
      const span = context.span(draft.block, lead.start, lead.end)
      context.report({...found, en: draft.lang === 'en' ? span : null, fr: draft.lang === 'fr' ? span : null})
    }
  },
}

/**
 * The words a sentence cut short ends on, before its colon: what it announces must follow ("aims to:", "include:",
 * "vise à :", "comprennent :").
 */
const cutShort =
  /(?:^|\s)(?:to|of|for|by|with|include|includes|including|are|is|will|must|should|namely|à|de|pour|par|avec|comprend|comprennent|incluent|sont|est|doit|doivent|notamment|soit)\s*:$/iu

/** Words that point at what follows ("the following measures:", "as follows:", "les mesures suivantes :"). */
const forward = /(?:^|\s)(?:following|as follows|below|suivante?s?|comme suit|ci-dessous|ci-après)(?:\s+[\p{L}'’-]+){0,3}\s*:$/iu

/** The block's last sentence, when it ends on a colon and announces a list. */
function announcement(draft: DraftBlock): {start: number; end: number; text: string; cut: boolean} | undefined {
  const text = draft.text.trimEnd()
  if (!text.endsWith(':') || isBareLabel(text) || isField(text)) return undefined
  const cut = cutShort.test(text)
  if (!cut && !forward.test(text)) return undefined
  // The last sentence: after the last full stop, question or exclamation mark followed by a space.
  const start = Math.max(0, ...[...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((match) => match.index + match[0].length))
  return {start, end: text.length, text: text.slice(start), cut}
}

/**
 * A paragraph that reads as text, not as items whose list markup was lost: it opens on a capital, runs eight words
 * or more, ends a sentence, and is no label or field.
 */
function isOrdinaryParagraph(block: Block): boolean {
  if (block.kind !== 'paragraph' || !block.prose || block.quoted === true || block.flattened === true) return false
  const text = block.text.trim()
  if (isBareLabel(text) || isField(text) || !/^\p{Lu}/u.test(text) || /^(?:[•▪◦·*–-]|\d+[.)])/u.test(text)) return false
  return text.split(/\s+/).length >= 8 && /[.!?»”"')]$/u.test(text)
}

/** The first words of a paragraph, for a message. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ')
}
