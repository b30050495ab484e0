import type {Finding, InputFormat, Layout, Severity, Span, Summary} from '../types.js'

/** What `pareil compare OLD NEW` reports: schema version 1 of its own (docs/compare.md, docs/compare.schema.json). */
export interface DraftComparison {
  schemaVersion: 1
  tool: {name: string; version: string}
  /** The old draft's inputs (one bilingual file, or an English and a French file) and layout. */
  old: DraftSide
  /** The new draft's. */
  new: DraftSide
  /** What changed in one version and not the other, in the new draft's order. */
  changes: DraftChange[]
  summary: Summary
  /** How the paragraph pairs of the new draft stand against the old one's. */
  pairs: {unchanged: number; edited: number; added: number; removed: number}
}

/** One draft as the comparison names it; spans of this draft refer to its `sources` by index. */
export interface DraftSide {
  sources: Array<{path: string; format: InputFormat}>
  layout: Layout
}

/**
 * The kinds of change: an edit one version had and the other did not follow; edits on both sides that do not say
 * the same thing; a paragraph added to or removed from one version only.
 */
export type DraftChangeKind = 'edited-one-version' | 'edits-disagree' | 'added-one-version' | 'removed-one-version'

/** One change between the drafts, with its place in each of the four texts (null where a text has nothing there). */
export interface DraftChange {
  kind: DraftChangeKind
  /** The version that changed: for edits-disagree, the one whose edit the message starts from. */
  lang: 'en' | 'fr'
  severity: Severity
  message: string
  messageId: string
  data: Readonly<Record<string, string | number>>
  /** How sure pareil is that the change needs a reviewer's eye, in [0, 1]. */
  confidence: number
  old: {en: Span | null; fr: Span | null}
  new: {en: Span | null; fr: Span | null}
  /** The sentence (or paragraph) that holds each place, for a reader to see the change in its context. */
  context: {old: {en: Span | null; fr: Span | null}; new: {en: Span | null; fr: Span | null}}
  /** What `pareil check` says of the new draft at the change, when it says something: the evidence of a disagreement. */
  finding?: Finding
}
