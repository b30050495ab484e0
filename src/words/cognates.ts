/**
 * Cognates: English and French words of one Latin or French origin, which
 * translators keep ("legislation" / "législation", "platform" / "plateforme",
 * "nationality" / "nationalité"). A word is rewritten through the regular
 * suffix correspondences of the two languages, then compared by normalised
 * edit distance on folded forms.
 */

// English ending → French ending, longest first within each family.
const suffixes: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'isation'],
  ['isation', 'isation'],
  ['ically', 'iquement'],
  ['ically', 'ique'],
  ['ally', 'alement'],
  ['ively', 'ivement'],
  ['ical', 'ique'],
  ['ics', 'ique'],
  ['ic', 'ique'],
  ['ity', 'ite'],
  ['ty', 'te'],
  ['izing', 'isant'],
  ['ising', 'isant'],
  ['ized', 'ise'],
  ['ised', 'ise'],
  ['ize', 'iser'],
  ['ise', 'iser'],
  ['ious', 'ieux'],
  ['ous', 'eux'],
  ['ous', 'e'],
  ['ial', 'iel'],
  ['al', 'el'],
  ['al', 'al'],
  ['ive', 'if'],
  ['ism', 'isme'],
  ['ist', 'iste'],
  ['ary', 'aire'],
  ['ory', 'oire'],
  ['ery', 'erie'],
  ['ry', 'rie'],
  ['y', 'ie'],
  ['ated', 'e'],
  ['ate', 'er'],
  ['ate', 'at'],
  ['or', 'eur'],
  ['er', 'eur'],
  ['er', 're'],
  ['ing', 'er'],
  ['ing', 'ant'],
  ['ed', 'e'],
  ['ly', 'ment'],
  ['ogy', 'ogie'],
  ['graphy', 'graphie'],
  ['ian', 'ien'],
  ['id', 'ide'],
  ['ct', 'ct'],
  ['ct', 'cte'],
  ['ment', 'ment'],
  ['ence', 'ence'],
  ['ance', 'ance'],
  ['ent', 'ent'],
  ['ant', 'ant'],
  ['ure', 'ure'],
  ['ble', 'ble'],
  ['ion', 'ion'],
  ['s', ''],
]

/** Similarity in [0, 1] of two folded words as cognates; 0 when they are too short or too different to tell. */
export function cognateSimilarity(english: string, french: string): number {
  if (english.length < 4 || french.length < 4) return english === french ? 1 : 0
  // "unsolicited" / "(non) sollicitée", "unwelcome": the French says the negation in a word of its own.
  if (/^un/.test(english) && !/^un/.test(french) && english.length >= 7) return cognateSimilarity(english.slice(2), french)
  // Cognates share their first letter and are of similar length; most pairs stop here.
  if (english[0] !== french[0]) return 0
  const ratio = english.length / french.length
  if (ratio < 0.6 || ratio > 1.6) return 0
  let best = similarity(english, french)
  // A long shared beginning ("canada" / "canadien", "appli" / "appliqu"): a derivation across languages.
  const shared = commonPrefix(english, french)
  if (shared >= 5 && shared >= 0.8 * Math.min(english.length, french.length)) best = Math.max(best, 0.8)
  for (const [from, to] of suffixes) {
    if (!english.endsWith(from) || english.length - from.length < 3) continue
    const rewritten = english.slice(0, english.length - from.length) + to
    best = Math.max(best, similarity(rewritten, french), similarity(rewritten, french.replace(/s$/, '')))
    if (best === 1) break
  }
  return best
}

function commonPrefix(a: string, b: string): number {
  let k = 0
  while (k < a.length && k < b.length && a[k] === b[k]) k++
  return k
}

/** One minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer
}

/** Levenshtein distance with two rows (words are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, k) => k)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}
