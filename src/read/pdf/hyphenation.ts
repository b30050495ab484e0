/**
 * Words cut at a line end. A line that ends with a hyphen after a letter,
 * before a line that starts with a letter, is either a word the typesetter
 * hyphenated ("gouverne-" "ment": the hyphen goes) or a compound cut at its
 * own hyphen ("Terre-" "Neuve", "vingt-" "quatre": the hyphen stays). The
 * rule, in order:
 *
 * 1. a soft hyphen (U+00AD) goes;
 * 2. a number, a second part that starts with a capital, or a first part in capitals keeps it ("1-800-" "959",
 *    "Nouveau-" "Brunswick", "COVID-" "19");
 * 3. the document decides when it writes the word elsewhere on one line: with the hyphen, it stays; joined, it goes;
 * 4. a first part that begins compounds ("non-", "self-", "vingt-", "peut-", "c'est-") or a second part that ends
 *    them ("-même", "-ci", "-là") keeps it;
 * 5. two parts that are both words of the document, each written elsewhere ("government-" "owned"), keep it;
 * 6. otherwise the document's habit decides: a document whose cuts rule 3 settled mostly as compounds was set
 *    without hyphenation (Word's default), and keeps it; any other drops it, both parts being lower-case letters
 *    and most likely one word cut in two.
 */

/** How the end of a line meets the next line. */
export type HyphenJoin = 'drop' | 'keep'

export interface Hyphenation {
  /** Whether and how a line ending in a hyphen joins the next line; undefined when it does not end with one. */
  join(line: string, next: string): HyphenJoin | undefined
}

// Words that mostly begin hyphenated compounds, and that no common word begins with as a hyphenation cut would
// leave them ("mi-nistre", "ex-ample", "ci-toyen" rule out "mi", "ex", "ci").
const compoundFirsts = new Set([
  'non',
  'self',
  'well',
  'cross',
  'half',
  'all',
  'full',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'quatre',
  'dix',
  'peut',
  "c'est",
  'demi',
  'sous',
  'vice',
  'arrière',
  'après',
  'grand',
])

/** Words that end compounds: "lui-même", "celui-ci", "au-delà", "peut-être", "ci-joint". */
const compoundLasts = new Set(['même', 'mêmes', 'ci', 'là', 'delà', 'dessus', 'dessous', 'devant', 'être', 'dire', 'joint', 'jointe', 'joints', 'jointes'])

const lastWordCut = /^([\p{L}\p{N}'’-]*[\p{L}\p{N}])([-\u2010\u00AD])$/u
const startsWithWord = /^([\p{L}\p{N}][\p{L}'’]*)/u
const endsWithHyphen = /[-\u2010\u00AD]$/

/** The hyphenation of a document, from its lines in reading order (its words and its habit). */
export function hyphenationOf(lines: readonly string[]): Hyphenation {
  const vocabulary = vocabularyOf(lines)
  let dropped = 0
  let kept = 0
  lines.forEach((line, k) => {
    const evidence = decide(line, lines[k + 1] ?? '', vocabulary)
    if (evidence === 'drop') dropped++
    if (evidence === 'keep') kept++
  })
  const habit: HyphenJoin = kept > dropped ? 'keep' : 'drop'
  return {
    join(line, next) {
      const cut = cutAt(line, next)
      if (cut === undefined) return undefined
      const {first, second} = cut
      const decided = decide(line, next, vocabulary)
      if (decided !== undefined) return decided
      const lastPart = lower(first).split('-').at(-1) ?? ''
      if (compoundFirsts.has(lastPart) || compoundFirsts.has(lower(first)) || compoundLasts.has(lower(second))) return 'keep'
      if (lastPart.length >= 2 && second.length >= 2 && vocabulary.has(lastPart) && vocabulary.has(lower(second))) return 'keep'
      return habit
    },
  }
}

/** Rules 1 to 3: what the cut itself and the document's words say, if they say anything. */
function decide(line: string, next: string, vocabulary: ReadonlyMap<string, number>): HyphenJoin | undefined {
  const cut = cutAt(line, next)
  if (cut === undefined) return undefined
  const {first, hyphen, second} = cut
  if (hyphen === '\u00AD') return 'drop'
  if (/\p{N}$/u.test(first) || /^\p{N}/u.test(second)) return 'keep'
  if (/^\p{Lu}/u.test(second) || (first.length > 1 && first === first.toUpperCase())) return 'keep'
  const hyphenated = vocabulary.get(lower(`${first}-${second}`)) ?? 0
  const joined = vocabulary.get(lower(`${first}${second}`)) ?? 0
  if (hyphenated > joined) return 'keep'
  if (joined > hyphenated) return 'drop'
  return undefined
}

function cutAt(line: string, next: string): {first: string; hyphen: string; second: string} | undefined {
  if (!endsWithHyphen.test(line)) return undefined
  // The last word of the line, matched on its own: a pattern anchored at the line's end would be tried from every
  // position of the line.
  const cut = lastWordCut.exec((line.split(/\s/).at(-1) ?? '').replace(/^[^\p{L}\p{N}]+/u, ''))
  const start = startsWithWord.exec(next)
  if (cut === null || start === null) return undefined
  return {first: cut[1] ?? '', hyphen: cut[2] ?? '-', second: start[1] ?? ''}
}

/**
 * The words of lines as written, lower case, with their counts; the two halves of a word cut at a line's end are
 * left out (they are no words of their own).
 */
function vocabularyOf(lines: readonly string[]): Map<string, number> {
  const words = new Map<string, number>()
  let cutBefore = false
  for (const line of lines) {
    const tokens = line.split(/\s+/).filter((token) => token !== '')
    if (cutBefore) tokens.shift()
    cutBefore = endsWithHyphen.test(line)
    if (cutBefore) tokens.pop()
    for (const token of tokens) {
      const word = lower(token.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, ''))
      if (word.length > 0) words.set(word, (words.get(word) ?? 0) + 1)
    }
  }
  return words
}

function lower(word: string): string {
  return word.toLowerCase().replace(/’/g, "'")
}
