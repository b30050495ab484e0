/** Lower case without accents: "Dechêne" → "dechene", "ÉTÉ" → "ete". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}
