import type {Block} from '../../types.js'
import {isBareLabel, isField} from '../draft/labels.js'
import {blankLinesBetween, type DraftBlock, draftBlocks, endsVersion, followingBlock, precedingBlock} from '../draft/prose.js'
import type {MessageData, Rule, RuleContext} from '../rule.js'

/**
 * A label or a heading with nothing under it: "Proposed Response:" followed by the next label, a heading followed
 * by another of its level, a label the document ends on. Drafts and templates leave them; a finished document
 * does not.
 */
export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    category: 'draft',
    defaultSeverity: 'warning',
    description: 'A label or a heading has nothing under it: the next label or heading follows, or the version ends.',
    messages: {
      labelBeforeLabel: 'the label “{{label}}” has nothing after it: the next line is “{{next}}”',
      labelBeforeHeading: 'the label “{{label}}” has nothing after it: the heading “{{next}}” follows',
      labelAtEnd: 'the label “{{label}}” has nothing after it: the {{versionLang}} version ends there',
      emptyField: 'the field “{{label}}” is empty: the fields above it give their value on the same line, and a blank gap separates it from the text after it',
      headingBeforeHeading: 'the heading “{{heading}}” has no content: the heading “{{next}}” follows it at the same level',
      headingAtEnd: 'the heading “{{heading}}” has no content: the {{versionLang}} version ends there',
    },
  },
  check(context) {
    for (const draft of draftBlocks(context)) {
      if (draft.block.quoted === true) continue
      const found = draft.block.kind === 'heading' ? emptyHeading(context, draft) : draft.block.kind === 'paragraph' ? emptyLabel(context, draft) : undefined
      if (found === undefined) continue
      const span = context.span(draft.block)
      context.report({...found, en: draft.lang === 'en' ? span : null, fr: draft.lang === 'fr' ? span : null})
    }
  },
}

type Found = {messageId: string; data: MessageData; confidence: number}

function emptyLabel(context: RuleContext, draft: DraftBlock): Found | undefined {
  // Inline code after the colon is the label's value ("Generated URL: `/fr/`"): the block's own text, unmasked.
  if (!isBareLabel(draft.block.text)) return undefined
  const label = draft.block.text.trim()
  if (endsVersion(context, draft.block)) return {messageId: 'labelAtEnd', data: {label, versionLang: draft.lang}, confidence: 0.85}
  const following = followingBlock(context, draft.block)?.block
  if (following === undefined) return undefined
  const nextText = short(following.text)
  if (following.kind === 'heading') return {messageId: 'labelBeforeHeading', data: {label, next: nextText}, confidence: 0.8}
  if (following.kind === 'paragraph' && (isBareLabel(following.text) || isField(following.text)))
    return {messageId: 'labelBeforeLabel', data: {label, next: nextText}, confidence: 0.85}
  // A form turned into text: the fields above hold their values on their line, this one has none, and the
  // empty row it had shows as a gap before the text that follows (which is not its value).
  const previous = precedingBlock(context, draft.block)
  if (previous !== undefined && inForm(previous) && blankLinesBetween(context, draft.block, following) >= 2)
    return {messageId: 'emptyField', data: {label}, confidence: 0.6}
  return undefined
}

function emptyHeading(context: RuleContext, draft: DraftBlock): Found | undefined {
  const text = draft.block.text.trim()
  // A heading that is a sentence ("Add settings in one step!") is a tagline under the title, not a section.
  if (/[.!]$/.test(text) || text.split(/\s+/).length > 10) return undefined
  const heading = short(text)
  const following = followingBlock(context, draft.block)?.block
  // A heading at the end of the first half may be the second half's title, put on the wrong side: only a heading
  // the document ends on is known to be empty.
  if (following === undefined)
    return endsVersion(context, draft.block) ? {messageId: 'headingAtEnd', data: {heading, versionLang: draft.lang}, confidence: 0.75} : undefined
  if (following.kind !== 'heading' || (following.depth ?? 1) > (draft.block.depth ?? 1)) return undefined
  return {messageId: 'headingBeforeHeading', data: {heading, next: short(following.text)}, confidence: 0.7}
}

/** A line of a form: a field with its value, or another label. */
function inForm(block: Block): boolean {
  return block.kind === 'paragraph' && (isField(block.text) || isBareLabel(block.text))
}

/** A block's text as a message quotes it: its first line, cut at 60 characters. */
function short(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line
}
