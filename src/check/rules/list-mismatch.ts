import {pairScore} from '../../words/link.js'
import type {Lexicon} from '../../words/lexicon.js'
import {tokenize, type Token} from '../../words/tokens.js'
import type {Block, Lang, Span} from '../../types.js'
import type {MessageData, Rule, RuleContext} from '../rule.js'

/**
 * Lists and inline enumerations whose item counts differ between the two
 * versions: "the French enumeration has 6 items where the English has 7".
 * Items that find no counterpart are named when they are exactly the
 * difference (matched word by word through the lexicon, stems, cognates,
 * numbers and names).
 */
export const listMismatch: Rule = {
  meta: {
    id: 'list-mismatch',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'A list or an inline enumeration has more items in one version than in the other.',
    // `missing`: the quoted items that have no counterpart, joined by commas ("“selling”, “advertising”").
    messages: {
      listItems: 'the French list has {{frCount}} items where the English has {{enCount}}',
      listItemsWithMissing: 'the French list has {{frCount}} items where the English has {{enCount}}; no counterpart for {{missing}}',
      listSingleItem: 'the French list has {{frCount}} item where the English has {{enCount}}',
      listSingleItemWithMissing: 'the French list has {{frCount}} item where the English has {{enCount}}; no counterpart for {{missing}}',
      // Enumerations have three items or more.
      enumerationItems: 'the {{shorterLang}} enumeration has {{shorterCount}} items where the {{longerLang}} has {{longerCount}}',
      enumerationItemsWithMissing:
        'the {{shorterLang}} enumeration has {{shorterCount}} items where the {{longerLang}} has {{longerCount}}; no counterpart for {{missing}}',
    },
  },
  check(context) {
    checkLists(context)
    checkEnumerations(context)
  },
}

/** Markdown lists: the items of an English list against those of the French lists their items are paired with. */
function checkLists(context: RuleContext): void {
  const lists = new Map<string, {en: Block[]; fr: Block[]}>()
  for (const pair of context.pairs) {
    const enItems = pair.en.map((id) => context.block(id)?.block).filter((block): block is Block => block?.list !== undefined)
    const frItems = pair.fr.map((id) => context.block(id)?.block).filter((block): block is Block => block?.list !== undefined)
    const anchor = enItems[0] ?? frItems[0]
    if (anchor === undefined) continue
    // Lists are keyed by the English list when there is one, else by the French.
    const key = enItems[0] !== undefined ? `en ${enItems[0].source}:${enItems[0].list?.id}` : `fr ${anchor.source}:${anchor.list?.id}`
    const entry = lists.get(key) ?? {en: [], fr: []}
    entry.en.push(...enItems)
    entry.fr.push(...frItems)
    lists.set(key, entry)
  }
  for (const {en, fr} of lists.values()) {
    // An item is its list's and its place in it: a step the French nests under the one before still counts.
    const items = (blocks: readonly Block[]) => new Set(blocks.map((block) => `${block.list?.id}:${block.list?.ordinal}`)).size
    const enCount = items(en)
    const frCount = items(fr)
    if (enCount === frCount || enCount === 0 || frCount === 0) continue
    const missing = context.pairs
      .filter((pair) => (pair.en.length === 0) !== (pair.fr.length === 0))
      .flatMap((pair) => [...pair.en, ...pair.fr])
      .map((id) => context.block(id)?.block)
      .filter((block): block is Block => block !== undefined && [...en, ...fr].includes(block))
    const messages = frCount === 1 ? (['listSingleItem', 'listSingleItemWithMissing'] as const) : (['listItems', 'listItemsWithMissing'] as const)
    // An item of either list whose markup did not render (a nested list run into it) leaves the counts unsure.
    const flattened = [...en, ...fr].some((block) => siblings(context, block).some((item) => item.flattened === true))
    context.report({
      ...withMissing(
        messages,
        {frCount, enCount},
        missing.map((block) => block.text),
      ),
      confidence: flattened ? 0.3 : 0.85,
      en: listSpan(context, en),
      fr: listSpan(context, fr),
    })
  }
}

/** The items of the list a block belongs to, paired or not. */
function siblings(context: RuleContext, block: Block): Block[] {
  const document = context.documents[block.source]
  return document === undefined ? [] : document.blocks.filter((other) => other.list !== undefined && other.list.id === block.list?.id)
}

function listSpan(context: RuleContext, blocks: readonly Block[]): Span | null {
  const first = blocks[0]
  const last = blocks.at(-1)
  if (first === undefined || last === undefined) return null
  const found = context.block(first.id)
  if (found === undefined) return null
  const start = context.span(first)
  const end = context.span(last)
  return {source: first.source, text: blocks.map((block) => block.text).join(' · '), position: {start: start.position.start, end: end.position.end}}
}

/** How often an inline enumeration's count differed with no item singled out as missing was real (judged sample). */
const uncountedEnumeration = 0.4

/** Inline enumerations of paired sentences, compared by their number of items. */
function checkEnumerations(context: RuleContext): void {
  for (const pair of context.pairs) {
    for (const bead of pair.sentences) {
      if (bead.en.length === 0 || bead.fr.length === 0) continue
      const english = bead.en.flatMap((span) => context.shared.enumerations(span, 'en').map((enumeration) => ({span, enumeration})))
      const french = bead.fr.flatMap((span) => context.shared.enumerations(span, 'fr').map((enumeration) => ({span, enumeration})))
      if (english.length !== french.length) continue
      english.forEach((en, k) => {
        const fr = french[k]
        if (fr === undefined) return
        const enItems = en.enumeration.items.map((item) => en.span.text.slice(item.start, item.end).trim())
        const frItems = fr.enumeration.items.map((item) => fr.span.text.slice(item.start, item.end).trim())
        if (enItems.length === frItems.length) return
        const [longer, shorter, longerLang] = enItems.length > frItems.length ? [enItems, frItems, 'en' as Lang] : [frItems, enItems, 'fr' as Lang]
        const unmatched = unmatchedItems(longer, longerLang, shorter, context.lexicon)
        const shorterLang: Lang = longerLang === 'en' ? 'fr' : 'en'
        const counts = {shorterLang, shorterCount: shorter.length, longerLang, longerCount: longer.length}
        context.report({
          ...withMissing(['enumerationItems', 'enumerationItemsWithMissing'], counts, unmatched.length === longer.length - shorter.length ? unmatched : []),
          // Where no item is singled out as missing, the counts most often differ by how commas were read (an aside
          // set off by commas, a clause): 1 real of 3 judged. An item named as missing is a dropped item.
          confidence: unmatched.length === longer.length - shorter.length ? 0.8 : uncountedEnumeration,
          en: context.within(en.span, en.enumeration.start, en.enumeration.end),
          fr: context.within(fr.span, fr.enumeration.start, fr.enumeration.end),
        })
      })
    }
  }
}

/**
 * Items of one side none of whose content words answers a word of the other
 * side's items (through the lexicon, stems, cognates, numbers and names):
 * "advertising" among "making, distributing, accessing, selling, advertising…"
 * against "y accéder, à sa production, sa distribution, sa vente…".
 */
function unmatchedItems(items: readonly string[], lang: Lang, others: readonly string[], lexicon: Lexicon): string[] {
  const otherLang: Lang = lang === 'en' ? 'fr' : 'en'
  const theirs = others.flatMap((text) => tokenize(text, otherLang).filter(countable))
  return items.filter((text) => {
    const mine = tokenize(text, lang).filter(countable)
    return !mine.some((token) => theirs.some((other) => (lang === 'en' ? pairScore(token, other, lexicon) : pairScore(other, token, lexicon)) !== undefined))
  })
}

function countable(token: Token): boolean {
  return token.content || token.value !== undefined
}

/** The message of a count mismatch, or its form that names the items without a counterpart when there are some. */
function withMissing([plain, naming]: readonly [string, string], data: MessageData, items: readonly string[]): {messageId: string; data: MessageData} {
  if (items.length === 0) return {messageId: plain, data}
  const missing = items.map((item) => `“${item.length > 60 ? `${item.slice(0, 59)}…` : item}”`).join(', ')
  return {messageId: naming, data: {...data, missing}}
}
