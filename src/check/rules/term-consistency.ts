import type {Lang, Span} from '../../types.js'
import type {MessageData, Rule} from '../rule.js'
import {joinSpans} from '../spans.js'
import {occurrence, type TermPair} from '../terms.js'

/**
 * A known term (an act title paired across the document, a glossary entry) or
 * its acronym used in one version, with no counterpart in the paired sentence
 * of the other: the French speaks of "les lois fédérales exigeant que…" where
 * the English names the Act.
 */
export const termConsistency: Rule = {
  meta: {
    id: 'term-consistency',
    category: 'term',
    defaultSeverity: 'warning',
    description: 'A known term or its acronym has no counterpart in the paired sentence of the other version.',
    // `used`: the term or acronym as the sentence writes it; `term`: the term in that language; `expected`: the term
    // in the other language, and `expectedAcronym` its acronym.
    messages: {
      termUnmatched: 'the {{usedLang}} refers to “{{used}}”; the paired {{otherLang}} has no counterpart of it (“{{expected}}”)',
      termUnmatchedOrAcronym:
        'the {{usedLang}} refers to “{{used}}”; the paired {{otherLang}} has no counterpart of it (“{{expected}}” or {{expectedAcronym}})',
      acronymUnmatched: 'the {{usedLang}} refers to the {{used}} (“{{term}}”); the paired {{otherLang}} has no counterpart of it (“{{expected}}”)',
      acronymUnmatchedOrAcronym:
        'the {{usedLang}} refers to the {{used}} (“{{term}}”); the paired {{otherLang}} has no counterpart of it (“{{expected}}” or {{expectedAcronym}})',
    },
  },
  check(context) {
    const terms = context.shared.terms
    if (terms.length === 0) return
    for (const pair of context.pairs) {
      if (pair.en.length === 0 || pair.fr.length === 0) continue
      const whole = {
        en: pair.sentences.flatMap((bead) => bead.en.map((span) => span.text)).join(' '),
        fr: pair.sentences.flatMap((bead) => bead.fr.map((span) => span.text)).join(' '),
      }
      for (const bead of pair.sentences) {
        if (bead.en.length === 0 || bead.fr.length === 0) continue
        for (const lang of ['en', 'fr'] as const) {
          const other: Lang = lang === 'en' ? 'fr' : 'en'
          for (const term of terms) {
            const used = find(bead[lang], term, lang)
            if (used === undefined) continue
            // Missing from the whole pair of paragraphs, not only from this sentence (sentences split differently).
            if (present(whole[other], term, other)) continue
            const sentences = joinSpans(bead[other])
            context.report({
              ...describe(term, lang, used.text),
              confidence: term.origin === 'glossary' ? 0.85 : 0.75,
              ...(lang === 'en'
                ? {en: context.within(used.span, used.start, used.end), fr: sentences}
                : {en: sentences, fr: context.within(used.span, used.start, used.end)}),
            })
          }
        }
      }
    }
  },
}

function acronymOf(term: TermPair, lang: Lang): string | undefined {
  return lang === 'en' ? term.enAcronym : term.frAcronym
}

/** Where a sentence of the bead names the term or its acronym. */
function find(spans: readonly Span[], term: TermPair, lang: Lang): {span: Span; start: number; end: number; text: string} | undefined {
  const acronym = acronymOf(term, lang)
  for (const span of spans) {
    const at = occurrence(span.text, term[lang])
    if (at >= 0) return {span, start: at, end: at + term[lang].length, text: span.text.slice(at, at + term[lang].length)}
    const short = acronym === undefined ? -1 : occurrence(span.text, acronym, true)
    if (short >= 0 && acronym !== undefined) return {span, start: short, end: short + acronym.length, text: acronym}
  }
  return undefined
}

/** Whether a text names the term in its language, by its name or either acronym. */
function present(text: string, term: TermPair, lang: Lang): boolean {
  if (occurrence(text, term[lang]) >= 0) return true
  return [term.enAcronym, term.frAcronym].some((acronym) => acronym !== undefined && occurrence(text, acronym, true) >= 0)
}

/** The message of a term or its acronym (`used`) of one language whose counterpart the other lacks. */
function describe(term: TermPair, lang: Lang, used: string): {messageId: string; data: MessageData} {
  const other: Lang = lang === 'en' ? 'fr' : 'en'
  const byName = used.toLowerCase() === term[lang].toLowerCase()
  const data = {usedLang: lang, otherLang: other, used, expected: term[other]}
  const expectedAcronym = acronymOf(term, other)
  if (expectedAcronym === undefined) return byName ? {messageId: 'termUnmatched', data} : {messageId: 'acronymUnmatched', data: {...data, term: term[lang]}}
  return byName
    ? {messageId: 'termUnmatchedOrAcronym', data: {...data, expectedAcronym}}
    : {messageId: 'acronymUnmatchedOrAcronym', data: {...data, term: term[lang], expectedAcronym}}
}
