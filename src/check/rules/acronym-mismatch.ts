import type {Lang, Span} from '../../types.js'
import {pairScore} from '../../words/link.js'
import {tokenize} from '../../words/tokens.js'
import type {Rule, RuleContext} from '../rule.js'
import {occurrence, pairOf} from '../terms.js'

/**
 * An acronym defined in one version ("Public Health Agency of Canada (PHAC)")
 * whose paired paragraph in the other version has neither the acronym, nor an
 * acronym of its own (ASPC, AMOPS for SPIN, « pull request » ou PR), nor the
 * words it stands for: the term itself is missing there. Giving the full name
 * without an acronym is a drafting choice, not a divergence.
 */
export const acronymMismatch: Rule = {
  meta: {
    id: 'acronym-mismatch',
    category: 'term',
    defaultSeverity: 'warning',
    description:
      'An acronym defined in one version has no counterpart in the paired paragraph of the other: neither the acronym, nor one of its own, nor its words.',
    messages: {
      noCounterpart:
        'the {{definedLang}} defines the acronym {{acronym}} (“{{expansion}}”); the paired {{otherLang}} has neither it, nor an acronym of its own, nor the words it stands for',
    },
  },
  check(context) {
    for (const lang of ['en', 'fr'] as const) {
      const other: Lang = lang === 'en' ? 'fr' : 'en'
      for (const definition of context.shared.acronyms(lang)) {
        const pair = pairOf(context.pairs, lang, definition.block.id)
        if (pair === undefined || pair[other].length === 0) continue
        const text = pair[other].map((id) => context.block(id)?.block.text ?? '').join('\n')
        if (hasCounterpart(context, definition.acronym, definition.expansion, lang, text)) continue
        if (localizedAcronym(text, definition.block.text)) continue
        const here = context.span(definition.block, definition.start, definition.end)
        context.report({
          messageId: 'noCounterpart',
          data: {acronym: definition.acronym, expansion: definition.expansion, definedLang: lang, otherLang: other},
          confidence: 0.65,
          ...(lang === 'en' ? {en: here, fr: place(context, pair[other], undefined)} : {en: place(context, pair[other], undefined), fr: here}),
        })
      }
    }
  },
}

/** An acronym closing a bracket: "(ASPC)", "(« pull request » ou PR)". */
const bracketedAcronym = /\b\p{Lu}[\p{Lu}\d&]{1,7}\)/u

/** Whether the other version's paired text has the acronym, an acronym of its own, the paired term, or most words of the expansion. */
function hasCounterpart(context: RuleContext, acronym: string, expansion: string, lang: Lang, text: string): boolean {
  const other: Lang = lang === 'en' ? 'fr' : 'en'
  if (occurrence(text, acronym, true) >= 0 || bracketedAcronym.test(text)) return true
  const term = context.shared.terms.find((candidate) => candidate[lang].toLowerCase() === expansion.toLowerCase())
  if (term !== undefined && occurrence(text, term[other]) >= 0) return true
  const words = tokenize(expansion, lang).filter((token) => token.content)
  const theirs = tokenize(text, other)
  const answered = words.filter((word) =>
    theirs.some((token) => (lang === 'en' ? pairScore(word, token, context.lexicon) : pairScore(token, word, context.lexicon)) !== undefined),
  )
  return words.length > 0 && answered.length * 2 >= words.length
}

/** An acronym: two to eight capitals (digits and & after the first), standing as a word. */
const acronymPattern = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d&]{1,7}(?![\p{L}\d])/gu

/**
 * Whether the other version uses an acronym of its own, one the defining block does not have ("the CEB usability
 * team" against « la Direction générale de l'expérience client (DGEC) »): most often the same body under its
 * acronym in that language, used without being spelled out.
 */
function localizedAcronym(text: string, defining: string): boolean {
  const theirs = new Set(defining.match(acronymPattern) ?? [])
  return (text.match(acronymPattern) ?? []).some((acronym) => !theirs.has(acronym))
}

/** The counterpart term in the other side's blocks, or the first of those blocks. */
function place(context: RuleContext, ids: readonly string[], term: string | undefined): Span | null {
  for (const id of ids) {
    const found = context.block(id)
    if (found === undefined) continue
    const at = term === undefined ? -1 : occurrence(found.block.text, term)
    if (at >= 0 && term !== undefined) return context.span(found.block, at, at + term.length)
  }
  const first = context.block(ids[0] ?? '')
  return first === undefined ? null : context.span(first.block)
}
