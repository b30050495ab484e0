import type {Block, Lang} from '../types.js'
import type {RuleContext} from './rule.js'

/** A prose block of one version, with the language detection gave it. */
export interface VersionBlock {
  block: Block
  lang: Lang
}

/**
 * The prose blocks detection puts in English or French, in document order: what a rule that reads one version's
 * words looks at. Language links, code, raw HTML, a code fence that did not parse and its code, and blocks of no
 * language or of both are left out.
 */
export function versionBlocks(context: RuleContext): VersionBlock[] {
  const found: VersionBlock[] = []
  for (const document of context.documents) {
    for (const block of document.blocks) {
      if (!block.prose || block.kind === 'code' || block.kind === 'html' || block.brokenFence !== undefined) continue
      const detected = context.detection.blocks.get(block.id)
      if (detected === undefined || detected.navigation || (detected.lang !== 'en' && detected.lang !== 'fr')) continue
      found.push({block, lang: detected.lang})
    }
  }
  return found
}
