import type {Block, Document, Finding} from '../types.js'
import {blockAt} from './runner.js'
import {pointAt} from './spans.js'

/**
 * The findings a document does not turn off: a finding is left out when one of its places lies in a block whose
 * suppression comment names its rule (or names none, turning every rule off there).
 */
export function withoutSuppressed(findings: readonly Finding[], documents: readonly Document[]): Finding[] {
  if (!documents.some((document) => document.blocks.some((block) => block.disabledRules !== undefined))) return [...findings]
  return findings.filter(
    (finding) => ![finding.en, finding.fr].some((span) => span !== null && turnedOff(blockAt(documents, pointAt(span, 'start')), finding.rule)),
  )
}

function turnedOff(block: Block | undefined, rule: string): boolean {
  const rules = block?.disabledRules
  return rules !== undefined && (rules.length === 0 || rules.includes(rule))
}
