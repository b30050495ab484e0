import type {Lang, Pair} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'
import {blockKindNames} from '../spans.js'

/** Fewer words than this, a block in the other language may be a name, a title or a letterhead line. */
const shortBlock = 12
/** Below this, never: a product name, a label. */
const minimumWords = 6

/**
 * A block of one version written in the other language: a paragraph left in
 * English in the French version, or the reverse. Letterheads, names,
 * addresses, code and URLs are not text to translate: blocks without a
 * language, blocks that open both versions alike, short blocks kept word for
 * word in both versions, quotations, code pasted as prose and blocks of fewer
 * than six words are left alone.
 */
export const untranslated: Rule = {
  meta: {
    id: 'untranslated',
    category: 'untranslated',
    defaultSeverity: 'error',
    description: 'A block of one version is written in the other language.',
    // `kind`: the block's kind as messages name it ("paragraph", "list item").
    messages: {
      otherLanguage: 'this {{kind}} of the {{versionLang}} version is in {{writtenLang}}',
      otherLanguageVerbatim: 'this {{kind}} of the {{versionLang}} version is in {{writtenLang}}, word for word as in the {{writtenLang}} version',
    },
  },
  check(context) {
    const letterhead = openingRun(context)
    context.pairs.forEach((pair, index) => {
      if (letterhead.has(index) || pair.en.length === 0 || pair.fr.length === 0) return
      for (const side of ['en', 'fr'] as const) {
        const other: Lang = side === 'en' ? 'fr' : 'en'
        for (const id of pair[side]) {
          const found = context.block(id)
          const detected = context.detection.blocks.get(id)
          if (found === undefined || detected === undefined || !found.block.prose) continue
          if (detected.lang !== other || detected.confidence < 0.9) continue
          const text = found.block.text.trim()
          const words = text.split(/\s+/).length
          const identical = pair[other].some((otherId) => context.block(otherId)?.block.text.trim() === text)
          // A short line kept as is in both versions is a name, a title or a quoted message; so is anything in
          // quotes; code pasted as prose is not text to translate. A translation unit's target copied from its
          // source is the untranslated segment of a CAT tool, however short, once it is a sentence.
          const keptAsIs = identical && words < shortBlock && found.block.unit === undefined
          if (words < minimumWords || keptAsIs || isQuotation(text) || looksLikeCode(text)) continue
          context.report({
            messageId: identical ? 'otherLanguageVerbatim' : 'otherLanguage',
            data: {kind: blockKindNames[found.block.kind], versionLang: side, writtenLang: other},
            confidence: Math.min(0.95, detected.confidence * (words >= shortBlock ? 1 : 0.8)),
            ...(side === 'fr'
              ? {en: firstSpan(context, pair, 'en'), fr: context.span(found.block)}
              : {en: context.span(found.block), fr: firstSpan(context, pair, 'fr')}),
          })
        }
      }
    })
  },
}

function isQuotation(text: string): boolean {
  return /^[«"“'‘*_]/u.test(text) && /[»"”'’*_][.!?]?$/u.test(text)
}

function looksLikeCode(text: string): boolean {
  const symbols = text.match(/[=(){};<>$`[\]]/g)?.length ?? 0
  const identifiers = text.match(/\b\w+_\w+\b|--\w/g)?.length ?? 0
  return symbols + identifiers >= 3
}

/**
 * The pairs that open both versions alike — a repeated letterhead or title, whose lines may be in either
 * language in both halves: from the first pair on, until the first whose two sides differ.
 */
function openingRun(context: RuleContext): Set<number> {
  const run = new Set<number>()
  for (let index = 0; index < context.pairs.length; index++) {
    const pair = context.pairs[index] as Pair
    const texts = (side: Lang) => pair[side].map((id) => context.block(id)?.block.text.trim() ?? '').join('\n')
    if (texts('en') !== texts('fr')) break
    run.add(index)
  }
  return run
}

function firstSpan(context: RuleContext, pair: Pair, side: Lang) {
  const found = context.block(pair[side][0] ?? '')
  return found === undefined ? null : context.span(found.block)
}
