/** List markers at the start of a line: bullets, and numbers or letters with a period or parentheses. */

export interface Marker {
  /** Characters of the line the marker takes, with the spaces after it. */
  length: number
  ordered: boolean
}

// Bullets, including the private-use glyphs of symbol fonts (Symbol's , Wingdings' ).
const bullet = /^(?:[•◦▪▫●○■□‣⁃∙·➢➤►▶✓✔❖\uF000-\uF8FF]\s*|[-–—*](?=\s))\s*/u
const ordered = /^(?:\((?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\)|(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})[.)])(?=\s)\s*/

/** The list marker a line starts with, if any (a line that is only a marker is not an item). */
export function markerOf(text: string): Marker | undefined {
  const unordered = bullet.exec(text)
  if (unordered !== null && unordered[0].length < text.length) return {length: unordered[0].length, ordered: false}
  const numbered = ordered.exec(text)
  if (numbered !== null && numbered[0].length < text.length) return {length: numbered[0].length, ordered: true}
  return undefined
}
