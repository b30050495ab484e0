import {textLanguage} from '../../detect/language.js'
import {wordModel} from '../../detect/word-model.js'
import type {Block, Document, Lang, Mark, MarkKind} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'

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

function compareLinks(context: RuleContext, en: Found, fr: Found): void {
  const enLinks = marksOf(en.block, 'link')
  const frLinks = marksOf(fr.block, 'link')
  if (enLinks.length !== frLinks.length) {
    compareCounts(context, en, fr, 'link')
    return
  }
  enLinks.forEach((link, k) => {
    const other = frLinks[k] as Mark
    if (sameTarget(link.url ?? '', other.url ?? '')) return
    context.report({
      messageId: 'linkTarget',
      data: {enUrl: link.url ?? '?', frUrl: other.url ?? '?'},
      confidence: 0.6,
      en: context.span(en.block, link.start, link.end),
      fr: context.span(fr.block, other.start, other.end),
    })
  })
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

/**
 * Link targets that differ only by language are the same link: /en/ and /fr/ path segments, eng and fra, a
 * lang= query, or two different paths on the same bilingual site (canada.ca/en/services vs canada.ca/fr/services).
 */
function sameTarget(a: string, b: string): boolean {
  const neutral = (url: string) =>
    url
      .toLowerCase()
      .replace(/[?&]lang=(?:en|fr|eng|fra)\b/g, '')
      .replace(/([/._-])(?:en|fr|eng|fra|english|francais|french)(?=[/._-]|$)/g, '$1*')
      .replace(/\/$/, '')
  if (neutral(a) === neutral(b)) return true
  // Anchors within the document (#heading) are translated with their heading.
  if (a.startsWith('#') && b.startsWith('#')) return true
  const host = (url: string) => /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? ''
  return host(a) !== '' && host(a) === host(b) && /\/(?:en|eng)\//.test(a) && /\/(?:fr|fra)\//.test(b)
}
