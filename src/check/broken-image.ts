/**
 * Image markup that did not render: `![Network diagram] (./diagram.png)`, a space between the bracket and the
 * parenthesis. Readers see the brackets and the path where the image should be. An image has no text of its own, so
 * the other version's image (rendered) leaves no block to pair this one with.
 */
export const brokenImage = /!\[[^\]\n]*\]\s+\([^)\s]+(?:\s+"[^"\n]*")?\)/g

/** Whether a text is nothing but image markup that did not render: a picture, not words that one version adds. */
export function onlyBrokenImages(text: string): boolean {
  return text.trim() !== '' && text.replace(brokenImage, '').trim() === ''
}
