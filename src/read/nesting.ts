import {PareilError} from '../errors.js'

/**
 * How deeply a document nests, measured before parsing: parsers recurse over
 * nesting, so a hostile document thousands of levels deep would overflow the
 * call stack (or, for Markdown lists, take minutes). Real documents nest a
 * few levels; readers refuse beyond `maxNesting`.
 */
export const maxNesting = {markdown: 100, html: 500} as const

/**
 * The deepest nesting of Markdown containers on any line: block quote markers
 * and list markers before the line's text, and list items indented under
 * others (two columns per level, a tab four).
 */
export function markdownNesting(text: string): number {
  let deepest = 0
  let at = 0
  while (at < text.length) {
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    deepest = Math.max(deepest, lineNesting(text, at, end))
    at = end + 1
  }
  return deepest
}

function lineNesting(text: string, start: number, end: number): number {
  let depth = 0
  let columns = 0
  let at = start
  while (at < end) {
    const char = text.charCodeAt(at)
    if (char === 0x20) columns++
    else if (char === 0x09) columns += 4
    else if (char === 0x3e)
      depth++ // '>'
    else if ((char === 0x2d || char === 0x2a || char === 0x2b) && isSpace(text.charCodeAt(at + 1)))
      depth++ // '-', '*', '+'
    else if (char >= 0x30 && char <= 0x39) {
      // An ordered list marker: up to nine digits, then '.' or ')' and a space.
      let digits = at
      while (digits < end && digits - at < 9 && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++
      const mark = text.charCodeAt(digits)
      if ((mark !== 0x2e && mark !== 0x29) || !isSpace(text.charCodeAt(digits + 1))) break
      depth++
      at = digits
    } else break
    at++
  }
  // Indentation nests only list items (an indented line of prose or code does not).
  return depth === 0 ? 0 : depth + Math.floor(columns / 2)
}

function isSpace(char: number): boolean {
  return char === 0x20 || char === 0x09
}

/** Elements whose end tag may be left out: the parser closes them itself, so they do not pile up. */
const unstackedElements = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup tbody thead tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
)

/** The deepest nesting of HTML elements, counting open and end tags (elements that close themselves aside). */
export function htmlNesting(text: string): number {
  let depth = 0
  let deepest = 0
  let at = text.indexOf('<')
  while (at >= 0) {
    const closing = text.charCodeAt(at + 1) === 0x2f // '/'
    const from = at + (closing ? 2 : 1)
    let name = from
    while (name < text.length && name - from < 32 && isNameChar(text.charCodeAt(name))) name++
    if (name === from) {
      at = text.indexOf('<', at + 1)
      continue
    }
    // A tag runs to its '>' (what looks like a tag inside it is an attribute): the scan goes on from there.
    const end = text.indexOf('>', name)
    if (end < 0) break
    if (!unstackedElements.has(text.slice(from, name).toLowerCase())) {
      if (closing) depth = Math.max(0, depth - 1)
      else if (text.charCodeAt(end - 1) !== 0x2f) deepest = Math.max(deepest, ++depth)
    }
    at = text.indexOf('<', end + 1)
  }
  return deepest
}

function isNameChar(char: number): boolean {
  return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a) || (char >= 0x30 && char <= 0x39) || char === 0x2d
}

/** Refuses, on one line, a document nested deeper than pareil reads. */
export function refuseDeepNesting(path: string, text: string, format: keyof typeof maxNesting): void {
  const depth = format === 'markdown' ? markdownNesting(text) : htmlNesting(text)
  if (depth <= maxNesting[format]) return
  const what = format === 'markdown' ? 'block quotes and lists' : 'elements'
  throw new PareilError('bad-input', `${path}: ${what} nested ${depth} levels deep; pareil reads documents nested at most ${maxNesting[format]} levels`)
}
