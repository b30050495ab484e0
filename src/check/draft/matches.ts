/** A stretch of a text a pattern found. */
export interface TextMatch {
  start: number
  end: number
  text: string
}

/**
 * Every match of the patterns in a text, in text order; where matches overlap, the one that starts first (the
 * longest of those) is kept. `keep` may turn a match down (a Roman numeral, not a placeholder).
 */
export function matchesOf(text: string, patterns: readonly RegExp[], keep: (match: TextMatch) => boolean = () => true): TextMatch[] {
  const found: TextMatch[] = []
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const candidate = {start: match.index, end: match.index + match[0].length, text: match[0]}
      if (keep(candidate)) found.push(candidate)
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TextMatch[] = []
  for (const match of found) {
    const last = kept.at(-1)
    if (last === undefined || match.start >= last.end) kept.push(match)
  }
  return kept
}
