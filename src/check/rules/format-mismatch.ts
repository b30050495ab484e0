import {textLanguage} from '../../detect/language.js'
import {wordModel} from '../../detect/word-model.js'
import type {Block, Document, Lang, Mark, MarkKind} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'
import {relateLinks} from '../values/links.js'

/** The message of a mark one side has more of, by the mark's kind. */
const extraMessages: Record<MarkKind, string> = {emphasis: 'extraItalics', strong: 'extraBold', 'inline-code': 'extraCode', link: 'extraLink'}

/**
 * Formatting that differs between paired blocks: italic, bold, inline code
 * and links present on one side only (by count, in order), link targets that
 * differ beyond the language of their path, and heading levels.
 */
export const formatMismatch: Rule = {
  meta: {
    id: 'format-mismatch',
    category: 'format',
    defaultSeverity: 'warning',
    description: 'Emphasis, bold, inline code, links or heading levels differ between paired blocks.',
    // `moreLang`: the language with the extra mark; `enCount`, `frCount`: the marks of its kind on each side.
    messages: {
      headingLevel: 'the English heading is level {{enLevel}}, the French one level {{frLevel}}',
      extraItalics: '“{{text}}” is in italics in the {{moreLang}} only ({{enCount}} in the English, {{frCount}} in the French)',
      extraBold: '“{{text}}” is in bold in the {{moreLang}} only ({{enCount}} in the English, {{frCount}} in the French)',
      extraCode: '“{{text}}” is code in the {{moreLang}} only ({{enCount}} in the English, {{frCount}} in the French)',
      extraLink: '“{{text}}” is a link in the {{moreLang}} only ({{enCount}} in the English, {{frCount}} in the French)',
      linkTarget: 'the English links to {{enUrl}} where the French links to {{frUrl}}',
    },
  },
  check(context) {
    for (const pair of context.pairs) {
      if (pair.en.length !== 1 || pair.fr.length !== 1) continue
      const en = context.block(pair.en[0] as string)
      const fr = context.block(pair.fr[0] as string)
      if (en === undefined || fr === undefined || !en.block.prose || !fr.block.prose) continue
      compareHeadings(context, en, fr)
      for (const kind of ['emphasis', 'strong', 'inline-code'] as const) compareCounts(context, en, fr, kind)
      compareLinks(context, en, fr)
    }
  },
}

type Found = {block: Block; document: Document}

function compareHeadings(context: RuleContext, en: Found, fr: Found): void {
  if (en.block.kind !== 'heading' || fr.block.kind !== 'heading' || en.block.depth === fr.block.depth) return
  context.report({
    messageId: 'headingLevel',
    data: {enLevel: en.block.depth ?? '?', frLevel: fr.block.depth ?? '?'},
    confidence: 0.85,
    en: context.span(en.block),
    fr: context.span(fr.block),
  })
}

/** Marks of one kind that one side has more of: the extra ones, in order, are reported. */
function compareCounts(context: RuleContext, en: Found, fr: Found, kind: MarkKind): void {
  const enMarks = marksOf(en.block, kind)
  const frMarks = marksOf(fr.block, kind)
  if (enMarks.length === frMarks.length) return
  const [more, fewer, lang]: [Found, Found, Lang] = enMarks.length > frMarks.length ? [en, fr, 'en'] : [fr, en, 'fr']
  const extra = (lang === 'en' ? enMarks : frMarks).slice(Math.min(enMarks.length, frMarks.length))
  for (const mark of extra) {
    const text = more.block.text.slice(mark.start, mark.end)
    if (kind === 'emphasis' && isLoanword(text, lang)) continue
    const here = context.span(more.block, mark.start, mark.end)
    const there = context.span(fewer.block)
    context.report({
      messageId: extraMessages[kind],
      data: {text, moreLang: lang, enCount: enMarks.length, frCount: frMarks.length},
      confidence: 0.7,
      ...(lang === 'en' ? {en: here, fr: there} : {en: there, fr: here}),
    })
  }
}

/**
 * Links are matched first to a link of the other side with the same or a
 * localized target, wherever it stands in the block (clauses are reordered);
 * those left are paired in order and reported as different targets, and
 * the rest as links one side has and the other lacks.
 */
function compareLinks(context: RuleContext, en: Found, fr: Found): void {
  const enLinks = marksOf(en.block, 'link')
  const frLinks = marksOf(fr.block, 'link')
  const documents = {en: context.documents[en.block.source]?.source.path ?? '', fr: context.documents[fr.block.source]?.source.path ?? ''}
  const taken = new Set<Mark>()
  const matched = new Set<Mark>()
  // The surest matches first: a page renamed in its folder is taken only once the same and localized links are.
  for (const accepted of [['same', 'localized'], ['renamed']]) {
    for (const link of enLinks) {
      if (matched.has(link)) continue
      const counterpart = frLinks.find(
        (other) => !taken.has(other) && accepted.includes(relateLinks(link.url ?? '', other.url ?? '', context.lexicon, documents)),
      )
      if (counterpart === undefined) continue
      taken.add(counterpart)
      matched.add(link)
    }
  }
  const unmatched = enLinks.filter((link) => !matched.has(link))
  const leftover = frLinks.filter((other) => !taken.has(other))
  const paired = Math.min(unmatched.length, leftover.length)
  for (let k = 0; k < paired; k++) {
    const link = unmatched[k] as Mark
    const other = leftover[k] as Mark
    context.report({
      messageId: 'linkTarget',
      data: {enUrl: link.url ?? '?', frUrl: other.url ?? '?'},
      confidence: 0.6,
      en: context.span(en.block, link.start, link.end),
      fr: context.span(fr.block, other.start, other.end),
    })
  }
  const [extra, more, fewer, lang]: [Mark[], Found, Found, Lang] =
    unmatched.length > leftover.length ? [unmatched.slice(paired), en, fr, 'en'] : [leftover.slice(paired), fr, en, 'fr']
  for (const mark of extra) {
    context.report({
      messageId: 'extraLink',
      data: {text: more.block.text.slice(mark.start, mark.end), moreLang: lang, enCount: enLinks.length, frCount: frLinks.length},
      confidence: 0.7,
      ...(lang === 'en'
        ? {en: context.span(more.block, mark.start, mark.end), fr: context.span(fewer.block)}
        : {en: context.span(fewer.block), fr: context.span(more.block, mark.start, mark.end)}),
    })
  }
}

/**
 * Typography sets words of the other language in italics ("un *widget*", "their *raison d'être*"): a short italic
 * span that is not in the language of its side is a convention, not a divergence.
 */
function isLoanword(text: string, lang: Lang): boolean {
  const words = text.toLowerCase().split(/\s+/)
  if (words.length > 3) return false
  const found = textLanguage(text).lang
  if (found === (lang === 'en' ? 'fr' : 'en')) return true
  // Words the model does not know, or knows as the other language's: "widget" in French.
  const leansOther = (word: string) => {
    const bits = wordModel().word(word)
    return bits === undefined || (lang === 'en' ? bits < 0 : bits > 0)
  }
  return found !== lang && words.every(leansOther)
}

function marksOf(block: Block, kind: MarkKind): Mark[] {
  return block.marks.filter((mark) => mark.kind === kind)
}
