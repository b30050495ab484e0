/**
 * Image markup that did not render: `![Network diagram] (./diagram.png)`, a space between the bracket and the
 * parenthesis. Readers see the brackets and the path where the image should be. An image has no text of its own, so
 * the other version's image (rendered) leaves no block to pair this one with.
 *
 * The markup is group 1 with what precedes it: `![` and the text up to `]`. Where no image follows that text, the
 * pattern still matches it (group 1 undefined), so that the search goes on after it: every `![` before the same `]`
 * fails the same way, and the text is read once, not once for each `![` (as `/!\[[^\]\n]*\]\s+\(…\)/g` reads it).
 */
const imageOrOpening = /!\[[^\]\n]*(\]\s+\([^)\s]+(?:\s+"[^"\n]*")?\))?/g

/** The image markup of a text that did not render, each a match of `![alt] (path "title")`. */
export function brokenImagesIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(imageOrOpening)].filter((match) => match[1] !== undefined)
}

/** Whether a text is nothing but image markup that did not render: a picture, not words that one version adds. */
export function onlyBrokenImages(text: string): boolean {
  return text.trim() !== '' && text.replace(imageOrOpening, (markup, image?: string) => (image === undefined ? markup : '')).trim() === ''
}
