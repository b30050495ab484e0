import type {Block, Lang, Pair, Span} from '../types.js'
import type {MessageData, RuleContext} from './rule.js'
import {joinSpans} from './spans.js'

/** A value found in a sentence: what it is worth, where it is, and how it was written. */
export interface Located<T> {
  value: T
  span: Span
  /** Matches others, but is never reported missing itself. */
  soft?: boolean
}

/** A message of the comparing rule's `meta.messages`, by id, with the values its template takes. */
export interface ValueMessage {
  messageId: string
  data: MessageData
}

export interface ValueComparison<T> {
  /** The values of a span's text (a sentence), with offsets into that text. */
  find(text: string, lang: Lang): Array<{value: T; start: number; end: number; soft?: boolean}>
  same(a: T, b: T): boolean
  /**
   * The message when an English value has no French counterpart (`french` is one the French has instead, if any),
   * or the reverse: a message id of the rule's `meta.messages` and its data.
   */
  message(english: Located<T> | undefined, french: Located<T> | undefined): ValueMessage
  confidence: number
  /**
   * Whether a value missing from the other side is worth reporting by itself (default: yes). Values that are
   * often rephrased (a country said as an adjective: "Canada's law" / "le droit canadien") are reported only when
   * the other side has a different value of their kind in their place: a swap.
   */
  alone?(value: T): boolean
  /** Whether a value's finding is a lesser case, reported one level below the rule's severity. */
  minor?(value: T): boolean
  /**
   * Whether the other side's paired text holds the value in a form the finder does not report: a name as the
   * first word of a heading ("Google Cloud Function" / "Fonction Google Cloud"), an address as a link's target
   * rather than its text. `text` is the pair's text on that side, then its link targets, one per line.
   */
  presentIn?(item: Located<T>, text: string, lang: Lang): boolean
}

/**
 * Compares values (numbers, dates) between the two sides of each sentence
 * bead. A value counts as missing only when the whole pair of blocks lacks it
 * too (so that a sentence split differently does not raise a false alarm);
 * each English value without a counterpart is reported with the French value
 * that stands in its place, if any, and the reverse.
 */
export function compareValues<T>(context: RuleContext, comparison: ValueComparison<T>): void {
  for (const pair of context.pairs) {
    if (pair.en.length === 0 || pair.fr.length === 0) continue
    // Each sentence's values, found once: by bead, and over the whole pair.
    const byBead = pair.sentences.map((bead) => ({
      en: bead.en.flatMap((span) => locate(context, span, 'en', comparison)),
      fr: bead.fr.flatMap((span) => locate(context, span, 'fr', comparison)),
    }))
    const all = {en: byBead.flatMap((values) => values.en), fr: byBead.flatMap((values) => values.fr)}
    for (const [index, bead] of pair.sentences.entries()) {
      if (bead.en.length === 0 || bead.fr.length === 0) continue
      const {en: english, fr: french} = byBead[index] as {en: Array<Located<T>>; fr: Array<Located<T>>}
      const lonely = (mine: Array<Located<T>>, theirs: Array<Located<T>>, pairwide: Array<Located<T>>) =>
        unmatched(mine, theirs, comparison).filter((item) => item.soft !== true && unmatched([item], pairwide, comparison).length > 0)
      let lonelyEnglish = lonely(english, french, all.fr)
      let lonelyFrench = lonely(french, english, all.en)
      if (comparison.presentIn !== undefined) {
        const presentIn = comparison.presentIn
        const text = {en: pairText(context, pair, 'en'), fr: pairText(context, pair, 'fr')}
        lonelyEnglish = lonelyEnglish.filter((item) => !presentIn(item, text.fr, 'fr'))
        lonelyFrench = lonelyFrench.filter((item) => !presentIn(item, text.en, 'en'))
      }
      if (comparison.alone !== undefined) {
        const alone = comparison.alone
        const swaps = Math.min(lonelyEnglish.filter((item) => !alone(item.value)).length, lonelyFrench.filter((item) => !alone(item.value)).length)
        const keep = (items: Array<Located<T>>) => {
          let swapped = 0
          return items.filter((item) => alone(item.value) || swapped++ < swaps)
        }
        lonelyEnglish = keep(lonelyEnglish)
        lonelyFrench = keep(lonelyFrench)
      }
      const count = Math.max(lonelyEnglish.length, lonelyFrench.length)
      for (let k = 0; k < count; k++) {
        const en = lonelyEnglish[k]
        const fr = lonelyFrench[k]
        context.report({
          ...comparison.message(en, fr),
          confidence: comparison.confidence * (en !== undefined && fr !== undefined ? 1 : 0.9),
          en: en?.span ?? joinSpans(bead.en),
          fr: fr?.span ?? joinSpans(bead.fr),
          ...(comparison.minor !== undefined && [en, fr].every((item) => item === undefined || comparison.minor?.(item.value) === true) ? {minor: true} : {}),
        })
      }
    }
  }
}

/** The text of one side of a pair of blocks, then the targets of its links, one per line. */
function pairText(context: RuleContext, pair: Pair, side: Lang): string {
  const blocks = pair[side].flatMap((id) => {
    const found = context.block(id)
    return found === undefined ? [] : [found.block]
  })
  const urls = blocks.flatMap((block) => block.marks.flatMap((mark) => (mark.url === undefined ? [] : [mark.url])))
  return [...blocks.map((block) => block.text), ...urls].join('\n')
}

function locate<T>(context: RuleContext, span: Span, lang: Lang, comparison: ValueComparison<T>): Array<Located<T>> {
  const block = context.blockAt(span)
  // Code and raw HTML are not prose: their numbers and dates are not translated text.
  if (block?.prose === false) return []
  const marks = (block?.marks ?? []).map((mark) => ({mark, place: context.span(block as Block, mark.start, mark.end).position}))
  const located: Array<Located<T>> = []
  for (const {value, start, end, soft} of comparison.find(span.text, lang)) {
    const at = context.within(span, start, end)
    const from = at.position.start.offset
    const to = at.position.end.offset
    const inside = marks.filter(({place}) => place.start.offset <= from && to <= place.end.offset)
    // A value read across links ("[1](…),[2](…)" as 1,2) or a link labelled with a number (a footnote call) is no value.
    const acrossLinks = marks.some(
      ({mark, place}) => mark.kind === 'link' && ((from < place.start.offset && place.start.offset < to) || (from < place.end.offset && place.end.offset < to)),
    )
    const reference = inside.some(({mark}) => mark.kind === 'link' && /^[\s\d.,;()[\]-]+$/.test(block?.text.slice(mark.start, mark.end) ?? ''))
    if (acrossLinks || reference) continue
    // Inline code (a port, a version, a path) meets its counterpart but is not reported missing: it is not prose.
    const code = inside.some(({mark}) => mark.kind === 'inline-code')
    located.push({value, span: at, ...(soft === true || code ? {soft: true} : {})})
  }
  return located
}

/** The items of `from` that find no equal in `among`, each equal used once. */
function unmatched<T>(from: ReadonlyArray<Located<T>>, among: ReadonlyArray<Located<T>>, comparison: ValueComparison<T>): Array<Located<T>> {
  const used = new Set<number>()
  return from.filter((item) => {
    const index = among.findIndex((other, k) => !used.has(k) && comparison.same(item.value, other.value))
    if (index < 0) return true
    used.add(index)
    return false
  })
}
