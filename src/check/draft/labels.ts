/**
 * Labels and fields, as drafts and forms write them: "Proposed Response:" (a label waiting for its text),
 * "Classification: Unclassified" (a field with its value on the same line).
 */

/** Longest a label runs, in words: past it, the line is a sentence ending on a colon. */
const labelWords = 6
/** Longest a field's value runs, in words, for the field to be a line of a form rather than a paragraph with a lead. */
const fieldValueWords = 14

/** Salutations end on a colon in North American letters ("Dear Minister:"); they are not labels. */
const salutation = /^(?:dear|my dear|to whom|hello|hi|greetings|cher|chère|chers|chères|madame|monsieur|mesdames|messieurs|bonjour|allo)\b/iu

/**
 * Words that open a sentence, not a label: a determiner or a pronoun ("The Strategy aims to:", "Here's an
 * example:", "Voici les étapes :"); such a line leads into what follows.
 */
const sentenceOpening =
  /^(?:the|this|these|those|that|a|an|here|there|it|we|you|they|i|our|your|le|la|les|l['’]|un|une|des|ce|cet|cette|ces|voici|voilà|il|elle|nous|vous|ils|elles|on|notre|votre|nos|vos)(?![\p{L}'’])/iu

/** Words a label does not end on: a sentence cut before its object ("aims to:", "consists of:", "vise à :"). */
const dangling =
  /(?:^|\s)(?:to|of|for|by|with|in|on|at|from|as|and|or|the|a|an|is|are|was|were|be|will|must|should|can|may|include|includes|including|à|de|du|des|pour|par|avec|en|sur|dans|et|ou|le|la|les|est|sont|sera|seront|doit|doivent|peut|peuvent|comprend|comprennent|suit|suivants?|suivantes?|following|follows|below|ci-dessous|notamment|namely)$/iu

/** A label and what follows its colon on the same line. */
export interface LabelLine {
  /** The label as written, without its colon. */
  label: string
  /** What follows the colon, trimmed ('' for a label alone). */
  value: string
  /** Where the colon is in the text. */
  colon: number
}

/**
 * Reads a one-line block as a label or a field: a short phrase opening on a capital, then a colon, then a value or
 * nothing. Not a label: a salutation, a sentence ending on a colon, a URL or a time.
 */
export function labelLine(text: string): LabelLine | undefined {
  const line = text.trim()
  if (line.includes('\n')) return undefined
  // The first colon, unless it is a URL's ("https://") or a time's ("10:30").
  const colon = line.indexOf(':')
  if (colon < 1 || line.startsWith('//', colon + 1) || /\d/.test(line[colon + 1] ?? '')) return undefined
  const label = line.slice(0, colon).trimEnd()
  const value = line.slice(colon + 1).trim()
  if (!/^\p{Lu}/u.test(label)) return undefined
  const words = label.split(/\s+/).filter((word) => word !== '')
  if (words.length > labelWords || /[.!?;]/.test(label)) return undefined
  if (salutation.test(label) || sentenceOpening.test(label) || dangling.test(label)) return undefined
  return {label, value, colon: text.indexOf(':')}
}

/** A field of a form: a label with a short value on the same line ("Branch/Agency: CSCCB"). */
export function isField(text: string): boolean {
  const line = labelLine(text)
  return line !== undefined && line.value !== '' && line.value.split(/\s+/).length <= fieldValueWords
}

/** A label alone on its line, waiting for its text ("Financial Implications:"). */
export function isBareLabel(text: string): boolean {
  return labelLine(text)?.value === ''
}
