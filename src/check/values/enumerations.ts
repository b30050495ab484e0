import type {Lang} from '../../types.js'

/** An inline enumeration: "making, distributing, accessing, selling, advertising, importing or exporting". */
export interface Enumeration {
  /** Items as ranges of the text. */
  items: Array<{start: number; end: number}>
  start: number
  end: number
}

const conjunctions: Record<Lang, RegExp> = {en: /\b(?:and|or)\b/u, fr: /(?:^|\s)(?:et|ou)(?=\s)/u}

/** Middle items are short: a word or three ("selling", "the United Kingdom", "à sa production"). */
const maxItemWords = 3

/**
 * The inline enumerations of a sentence: runs of comma-separated items whose
 * middle items are short, closed by the first item holding "and"/"or" ("et"/
 * "ou"), which holds two items unless it starts with the conjunction (an
 * Oxford comma). The first item is the end of the chunk before the first comma.
 */
export function findEnumerations(text: string, lang: Lang): Enumeration[] {
  const chunks: Array<{start: number; end: number}> = []
  let from = 0
  // Commas inside brackets belong to an aside ("(Lacombe, AB)", "(e.g., indata, instatus)"), not to the run.
  const depth = bracketDepths(text)
  for (const match of text.matchAll(/,\s*/gu)) {
    if ((depth[match.index] as number) > 0) continue
    chunks.push({start: from, end: match.index})
    from = match.index + match[0].length
  }
  chunks.push({start: from, end: text.length})
  const words = (chunk: {start: number; end: number}) => text.slice(chunk.start, chunk.end).trim().split(/\s+/).length
  // stop[k]: the first chunk from k on that ends a run of middle items (it holds the conjunction, or is too long),
  // computed once backwards so that a long list of commas is read in linear time.
  const stop = new Int32Array(chunks.length + 1).fill(chunks.length)
  for (let k = chunks.length - 1; k >= 0; k--) {
    const chunk = chunks[k] as {start: number; end: number}
    const ends = conjunctions[lang].test(text.slice(chunk.start, chunk.end)) || words(chunk) > maxItemWords
    stop[k] = ends ? k : (stop[k + 1] as number)
  }
  const found: Enumeration[] = []
  for (let first = 0; first < chunks.length - 2; first++) {
    const k = stop[first + 1] as number
    const last = chunks[k]
    if (last === undefined || k - first < 2) continue
    const lastText = text.slice(last.start, last.end)
    const conjunction = conjunctions[lang].exec(lastText)
    if (conjunction === null) continue
    const head = chunks[first] as {start: number; end: number}
    const firstItemStart = lastWordsStart(text, head, maxItemWords)
    const items = [{start: firstItemStart, end: head.end}, ...chunks.slice(first + 1, k)]
    const atStart = lastText.slice(0, conjunction.index).trim() === ''
    const cut = last.start + conjunction.index + conjunction[0].length
    const tail = {start: cut + (text.slice(cut).length - text.slice(cut).trimStart().length), end: endOfItem(text, cut, last.end)}
    if (!atStart) items.push({start: last.start, end: last.start + conjunction.index})
    items.push(tail)
    found.push({items, start: firstItemStart, end: tail.end})
    first = k
  }
  return found
}

function lastWordsStart(text: string, chunk: {start: number; end: number}, count: number): number {
  const part = text.slice(chunk.start, chunk.end)
  const words = [...part.matchAll(/\S+/gu)]
  const from = words[Math.max(0, words.length - count)]
  return chunk.start + (from?.index ?? 0)
}

/** The last item ends at a dash, a bracket or the end of its chunk (three words at most). */
function endOfItem(text: string, from: number, end: number): number {
  const part = text.slice(from, end)
  const stop = /[—–(;:.!?]/u.exec(part)
  const limited = stop === null ? part : part.slice(0, stop.index)
  const words = [...limited.matchAll(/\S+/gu)].slice(0, maxItemWords)
  const last = words.at(-1)
  return last === undefined ? from : from + (last.index ?? 0) + last[0].length
}

/** How deep in round or square brackets each character of a text stands (one pass; unbalanced closers ignored). */
function bracketDepths(text: string): Uint16Array {
  const depths = new Uint16Array(text.length)
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    depths[i] = depth
  }
  return depths
}
