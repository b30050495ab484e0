/**
 * Spans that open with one string and close with another (`{% … %}`, `[ … ]`), replaced in linear time.
 *
 * `text.replace(/A[\s\S]*?B|C[\s\S]*?D/g, …)` reads, from every opening that never closes, to the end of the text:
 * a text of many such openings ("{%{%{%…", "[[[[…") takes time quadratic in its length. This does what that
 * replace does (at each place the first pair that opens and closes there wins, a span ends at the first closing
 * after its opening, and the search goes on after it) but remembers, for each pair, where its closing string was
 * last found or that it was not found, so that no stretch of the text is read more than once for each pair.
 */
export function replaceDelimited(text: string, pairs: ReadonlyArray<readonly [open: string, close: string]>, replacement: string): string {
  // For each pair: from which offset its closing string was last looked for, and where it was found (-1: nowhere).
  const searchedFrom = pairs.map(() => -1)
  const foundAt = pairs.map(() => -1)
  const closeAfter = (k: number, from: number): number => {
    const searched = searchedFrom[k] as number
    const found = foundAt[k] as number
    if (searched >= 0 && from >= searched && (found < 0 || from <= found)) return found
    const at = text.indexOf((pairs[k] as readonly [string, string])[1], from)
    searchedFrom[k] = from
    foundAt[k] = at
    return at
  }
  let out = ''
  let kept = 0
  let at = 0
  while (at < text.length) {
    let end = -1
    for (let k = 0; k < pairs.length && end < 0; k++) {
      const [open, close] = pairs[k] as readonly [string, string]
      if (!text.startsWith(open, at)) continue
      const closing = closeAfter(k, at + open.length)
      if (closing >= 0) end = closing + close.length
    }
    if (end < 0) {
      at++
      continue
    }
    out += text.slice(kept, at) + replacement
    kept = end
    at = end
  }
  return out + text.slice(kept)
}
