/** Lower case without accents: "Dechêne" → "dechene", "ÉTÉ" → "ete". */
export function fold(text: string): string {
  // Most words are plain ASCII: nothing to decompose.
  if (/^[\x20-\x7E]*$/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}
