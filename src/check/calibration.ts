import type {Block, Document, Severity, Span} from '../types.js'
import {pointAt} from './spans.js'

const rank: Record<Severity, number> = {error: 3, warning: 2, info: 1}

/**
 * The severity a finding's confidence earns, at most `ceiling` (its rule's): error when it is right at least 80% of
 * the time, warning at least 50%, info below. Confidence estimates the chance that a finding is real (docs/rules says
 * how each rule's figure was measured), so a rule's less sure findings fall below its severity by themselves.
 */
export function earnedSeverity(ceiling: Severity, confidence: number): Severity {
  const level: Severity = confidence >= 0.8 ? 'error' : confidence >= 0.5 ? 'warning' : 'info'
  return rank[level] < rank[ceiling] ? level : ceiling
}

/** How much surer a finding is not, when it lies where one version's markup did not render. */
export const lostStructureFactor = 0.4

/**
 * Whether a place lies where one version's structure is lost: in a paragraph that runs a list or a fence into its
 * text, or in code whose fence did not parse, or (a place where missing text would be) right before one. There the
 * pieces of the two versions do not correspond, so what is missing or changed cannot be told piece by piece.
 * `blockAt` finds the block that holds a span (the rule context's lookup).
 */
export function inLostStructure(documents: readonly Document[], span: Span | null, blockAt: (span: Span) => Block | undefined): boolean {
  if (span === null) return false
  if (lost(blockAt(pointAt(span, 'start')))) return true
  const start = span.position.start.offset
  if (start !== span.position.end.offset) return false
  // An empty place at the end of one block stands before the next.
  return lost(documents[span.source]?.blocks.find((block) => block.position.start.offset >= start))
}

function lost(block: Block | undefined): boolean {
  return block !== undefined && (block.flattened === true || block.brokenFence !== undefined)
}
