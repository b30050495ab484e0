import {textLanguage} from '../../detect/language.js'
import {wordModel} from '../../detect/word-model.js'
import type {Block, Document, Lang, Mark, MarkKind, Span} from '../../types.js'
import type {Rule, RuleContext} from '../rule.js'
import {wholeWordIndex} from '../spans.js'
import {tokenize} from '../../words/tokens.js'
import {relateLinks} from '../values/links.js'
import {brokenImagesIn} from '../broken-image.js'

/** The message of a mark one side has more of, by the mark's kind. */

/** The marks of formatting a reader sees in text (a unit's placeholders are compared by id). */
type StyleKind = Exclude<MarkKind, 'placeholder'>
const extraMessages: Record<StyleKind, string> = {emphasis: 'extraItalics', strong: 'extraBold', 'inline-code': 'extraCode', link: 'extraLink'}
/** The message of a mark the other side wrote but whose markup does not render, by the mark's kind. */
const brokenMessages: Record<StyleKind, string> = {emphasis: 'brokenItalics', strong: 'brokenBold', 'inline-code': 'brokenCode', link: 'brokenLink'}

/**
 * Markup left in a block's text because it did not parse: `** Application Gateway **` (spaces inside the
 * asterisks), `_ x _`, `[MIT licence] (LICENCE)` (a space before the bracket), a stray backtick. Readers see the
 * characters, not the formatting.
 */
const literalMarkup: Record<StyleKind, (text: string) => Array<{0: string; index: number}>> = {
  strong: (text) => [...text.matchAll(/(\*\*|__)(?=\S|\s+\S)[^\n]*?\1/g)],
  emphasis: (text) => [...text.matchAll(/(?<![\p{L}\p{N}*_])[*_]\s[^*_\n]*\S[*_]?(?![\p{L}\p{N}])|(?<=\S\s?)\s[*_](?=\s|$)/gu)],
  'inline-code': (text) => [...text.matchAll(/`+[^`\n]*`*/g)],
  link: literalLinks,
}

/**
 * Link markup that did not render, `[text] (target)`: what `text.matchAll(/\[[^\]\n]+\]\s+\([^)\n]+\)/g)` finds, in
 * linear time. That regex reads, from every `[` of a line of `[x] (` that never closes, to the end of the line; here
 * the next `]` or line break, the end of a run of white space and the next `)` or line break are each looked for
 * once for a stretch of text, whatever the number of `[` before them.
 */
function literalLinks(text: string): Array<{0: string; index: number}> {
  const space = /\s/
  // The first offset from `from` on whose character `stop` holds (-1: none), remembering the last answer.
  const firstFrom = (stop: (char: string) => boolean) => {
    let searched = -1
    let found = -1
    return (from: number): number => {
      if (searched >= 0 && from >= searched && (found < 0 || from <= found)) return found
      let at = from
      while (at < text.length && !stop(text[at] as string)) at++
      searched = from
      found = at < text.length ? at : -1
      return found
    }
  }
  const bracketOrBreak = firstFrom((char) => char === ']' || char === '\n')
  const notSpace = firstFrom((char) => !space.test(char))
  const parenthesisOrBreak = firstFrom((char) => char === ')' || char === '\n')
  const found: Array<{0: string; index: number}> = []
  for (let start = text.indexOf('['); start >= 0; ) {
    let next = start + 1
    const bracket = bracketOrBreak(start + 1)
    if (bracket > start + 1 && text[bracket] === ']') {
      const open = notSpace(bracket + 1)
      if (open > bracket + 1 && text[open] === '(') {
        const close = parenthesisOrBreak(open + 1)
        if (close > open + 1 && text[close] === ')') {
          found.push({0: text.slice(start, close + 1), index: start})
          next = close + 1
        }
      }
    }
    start = text.indexOf('[', next)
  }
  return found
}

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
      plainCode: '“{{text}}” is code in the {{moreLang}} but plain text in the {{otherLang}}',
      romanTitle: 'the title “{{text}}” is in italics in the {{moreLang}} but not in the {{otherLang}}',
      brokenBold: 'the bold of the {{brokenLang}} does not render: “{{literal}}” shows its asterisks',
      brokenItalics: 'the italics of the {{brokenLang}} do not render: “{{literal}}” shows its markup',
      brokenCode: 'the code of the {{brokenLang}} does not render: “{{literal}}” shows its backticks',
      brokenLink: 'the link of the {{brokenLang}} does not render: “{{literal}}” shows its brackets',
      brokenImage: 'the image of the {{brokenLang}} does not render: “{{literal}}” shows its brackets and path',
      linkTarget: 'the English links to {{enUrl}} where the French links to {{frUrl}}',
      linkSibling: 'the English links to {{enUrl}} where the French links to another page of the same site, {{frUrl}}',
      placeholder: 'the tag {{id}} of the {{moreLang}} has no counterpart in the {{otherLang}}: the translation must keep the tags of its source',
    },
  },
  check(context) {
    reportBrokenFences(context)
    reportBrokenImages(context)
    for (const pair of context.pairs) {
      if (pair.en.length !== 1 || pair.fr.length !== 1) continue
      const en = context.block(pair.en[0] as string)
      const fr = context.block(pair.fr[0] as string)
      if (en === undefined || fr === undefined || !en.block.prose || !fr.block.prose) continue
      compareHeadings(context, en, fr)
      for (const kind of ['emphasis', 'strong', 'inline-code'] as const) compareCounts(context, en, fr, kind)
      compareLinks(context, en, fr)
      comparePlaceholders(context, en, fr)
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

/** The inline tags of a translation unit (XLIFF, TMX), by id: each side must keep the other's. */
function comparePlaceholders(context: RuleContext, en: Found, fr: Found): void {
  const ids = (found: Found) => marksOf(found.block, 'placeholder').map((mark) => ({id: mark.id ?? '?', mark}))
  const enIds = ids(en)
  const frIds = ids(fr)
  const unmatched = (mine: typeof enIds, theirs: typeof enIds) => {
    const left = theirs.map(({id}) => id)
    return mine.filter(({id}) => {
      const k = left.indexOf(id)
      if (k >= 0) left.splice(k, 1)
      return k < 0
    })
  }
  for (const [lang, extra, other] of [
    ['en', unmatched(enIds, frIds), fr],
    ['fr', unmatched(frIds, enIds), en],
  ] as const) {
    for (const {id, mark} of extra) {
      const here = context.span((lang === 'en' ? en : fr).block, mark.start, mark.end)
      const there = context.span(other.block)
      context.report({
        messageId: 'placeholder',
        data: {id, moreLang: lang, otherLang: lang === 'en' ? 'fr' : 'en'},
        confidence: 0.85,
        ...(lang === 'en' ? {en: here, fr: there} : {en: there, fr: here}),
      })
    }
  }
}

/** Marks of one kind that one side has more of: the extra ones, in order, are reported. */
function compareCounts(context: RuleContext, en: Found, fr: Found, kind: StyleKind): void {
  const enMarks = marksOf(en.block, kind)
  const frMarks = marksOf(fr.block, kind)
  if (enMarks.length === frMarks.length) return
  const [more, fewer, lang]: [Found, Found, Lang] = enMarks.length > frMarks.length ? [en, fr, 'en'] : [fr, en, 'fr']
  const extra = (lang === 'en' ? enMarks : frMarks).slice(Math.min(enMarks.length, frMarks.length))
  reportExtraMarks(context, more, fewer, lang, kind, extra, {enCount: enMarks.length, frCount: frMarks.length})
}

/**
 * Reports marks one side has and the other lacks. Where the other side wrote
 * the markup but it does not render, that is the finding; code whose very text
 * stands plain on the other side has lost its formatting; anything else
 * (italics for a term, bold for a date) is a typographic choice, reported as a
 * lesser case.
 */
function reportExtraMarks(
  context: RuleContext,
  more: Found,
  fewer: Found,
  lang: Lang,
  kind: StyleKind,
  extra: readonly Mark[],
  counts: {enCount: number; frCount: number},
): void {
  const other: Lang = lang === 'en' ? 'fr' : 'en'
  const broken = literalMarkup[kind](fewer.block.text).filter((match) => match[0].trim().length > 1 || kind === 'emphasis')
  extra.forEach((mark, k) => {
    const text = more.block.text.slice(mark.start, mark.end)
    const here = context.span(more.block, mark.start, mark.end)
    const sides = (there: Span) => (lang === 'en' ? {en: here, fr: there} : {en: there, fr: here})
    const literal = broken[k]
    if (literal !== undefined) {
      context.report({
        messageId: brokenMessages[kind],
        data: {brokenLang: other, literal: literal[0].trim()},
        confidence: 0.8,
        ...sides(context.span(fewer.block, literal.index, literal.index + literal[0].length)),
      })
      return
    }
    if (kind === 'emphasis' && isLoanword(text, lang)) return
    if (kind === 'emphasis' && isTitle(context, text, lang)) {
      // Titles of acts and publications are set in italics in both languages: one left in roman is an error of form.
      context.report({messageId: 'romanTitle', data: {text, moreLang: lang, otherLang: other}, confidence: 0.7, ...sides(context.span(fewer.block))})
      return
    }
    const plain = kind === 'inline-code' ? wholeWordIndex(fewer.block.text, text) : -1
    if (plain >= 0) {
      // A command or a path the French writes as plain text can no longer be told from prose (or copied whole); a
      // name the translator sets as code, or a common word that also stands in the prose, is a choice.
      const lost = lang === 'en' && looksLikeCode(text, context)
      context.report({
        messageId: 'plainCode',
        data: {text, moreLang: lang, otherLang: other},
        confidence: lost ? 0.65 : 0.4,
        ...sides(context.span(fewer.block, plain, plain + text.length)),
        ...(lost ? {} : {minor: true}),
      })
      return
    }
    // Links one side lacks stay findings of their own: the reader loses a way to the target.
    context.report({
      messageId: extraMessages[kind],
      data: {text, moreLang: lang, ...counts},
      confidence: kind === 'link' ? 0.7 : 0.45,
      ...sides(context.span(fewer.block)),
      ...(kind === 'link' ? {} : {minor: true}),
    })
  })
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
    // Another page of the same bilingual site is most often the counterpart filed under the other language's
    // folders (on the judged sample, none of 11 was a divergence): worth a look, not an alarm.
    const sibling = relateLinks(link.url ?? '', other.url ?? '', context.lexicon, documents) === 'sibling'
    context.report({
      messageId: sibling ? 'linkSibling' : 'linkTarget',
      data: {enUrl: link.url ?? '?', frUrl: other.url ?? '?'},
      confidence: sibling ? 0.3 : 0.6,
      en: context.span(en.block, link.start, link.end),
      fr: context.span(fr.block, other.start, other.end),
    })
  }
  const [extra, more, fewer, lang]: [Mark[], Found, Found, Lang] =
    unmatched.length > leftover.length ? [unmatched.slice(paired), en, fr, 'en'] : [leftover.slice(paired), fr, en, 'fr']
  reportExtraMarks(context, more, fewer, lang, 'link', extra, {enCount: enLinks.length, frCount: frLinks.length})
}

/** Code, not a word of prose: symbols, digits or several words (`yarn dev`, `/static/data.json`), or a word no dictionary knows (`npm`). */
function looksLikeCode(text: string, context: RuleContext): boolean {
  if (/[^\p{L}]/u.test(text.trim())) return true
  const [word] = tokenize(text, 'en')
  return word !== undefined && !context.lexicon.knowsWord('en', word) && !context.lexicon.knowsWord('fr', word)
}

/** Code fences that did not parse ("`` `"): the code after them shows as text. One finding per fence, in its part's language. */
function reportBrokenFences(context: RuleContext): void {
  for (const document of context.documents) {
    for (const block of document.blocks) {
      if (block.brokenFence !== 'fence') continue
      const part = partOf(context, block)
      if (part === undefined) continue
      const here = context.span(block)
      context.report({
        messageId: 'brokenCode',
        data: {brokenLang: part.lang, literal: block.text.trim()},
        confidence: 0.8,
        ...(part.lang === 'en' ? {en: here, fr: null} : {en: null, fr: here}),
      })
    }
  }
}

/** Images whose markup did not render, in either version: each is reported where it stands (an image has no text to pair). */
function reportBrokenImages(context: RuleContext): void {
  for (const document of context.documents) {
    for (const block of document.blocks) {
      if (!block.prose || !block.text.includes('![')) continue
      const part = partOf(context, block)
      if (part === undefined) continue
      for (const literal of brokenImagesIn(block.text)) {
        const here = context.span(block, literal.index, literal.index + literal[0].length)
        context.report({
          messageId: 'brokenImage',
          data: {brokenLang: part.lang, literal: literal[0]},
          confidence: 0.8,
          ...(part.lang === 'en' ? {en: here, fr: null} : {en: null, fr: here}),
        })
      }
    }
  }
}

/** The English or French part of the documents a block lies in. */
function partOf(context: RuleContext, block: Block) {
  return context.detection.parts.find(
    (candidate) =>
      candidate.source === block.source &&
      candidate.position.start.offset <= block.position.start.offset &&
      block.position.start.offset <= candidate.position.end.offset,
  )
}

/** Words that name an act, a code or a regulation in titles, in either language. */
const legislativeTitle = /\b(?:Act|Code|Regulations?|Charter|Loi|Règlements?|Charte)\b/u

/**
 * Whether italic words are a title, which both languages set in italics: a
 * term the document or the glossary pairs (an act title seen in both
 * versions), or the title of an act, a code, a regulation or a charter.
 */
function isTitle(context: RuleContext, text: string, lang: Lang): boolean {
  const folded = text.trim().toLowerCase()
  if (context.shared.terms.some((term) => term[lang].trim().toLowerCase() === folded)) return true
  return /^\p{Lu}/u.test(text) && text.trim().split(/\s+/).length >= 2 && legislativeTitle.test(text)
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
