import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {MapSegment} from '../types.js'

/**
 * Builds a block's plain text piece by piece while recording where each piece
 * came from in the source, so that any range of the text maps back exactly.
 */
export class TextBuilder {
  #text = ''
  readonly segments: MapSegment[] = []

  get text(): string {
    return this.#text
  }

  get length(): number {
    return this.#text.length
  }

  /** Text copied character for character from `source` onwards. */
  verbatim(text: string, source: number): void {
    if (text.length === 0) return
    const last = this.segments.at(-1)
    if (
      last !== undefined &&
      last.textLength === last.sourceLength &&
      last.text + last.textLength === this.#text.length &&
      last.source + last.sourceLength === source
    ) {
      last.textLength += text.length
      last.sourceLength += text.length
    } else {
      this.segments.push({text: this.#text.length, source, textLength: text.length, sourceLength: text.length})
    }
    this.#text += text
  }

  /** Text that stands for `sourceLength` characters of source as a whole (an escape, a reference, a break). */
  atomic(text: string, source: number, sourceLength: number): void {
    if (text.length === 0) return
    this.segments.push({text: this.#text.length, source, textLength: text.length, sourceLength})
    this.#text += text
  }

  /**
   * Appends `value`, the decoded text of a node, by matching it against the
   * source range `[from, to)` it was parsed from. Source characters that do
   * not produce text (indentation, block quote markers, carriage returns) are
   * skipped; backslash escapes and character references become atomic pieces.
   *
   * `lineEnding` says what a line ending inside `value` becomes: a space for
   * soft breaks in prose, kept as is in code and plain text. `literal` is for
   * code and raw HTML, where escapes and references are not decoded; `escapes` is false for HTML, which has
   * character references but no backslash escapes.
   */
  match(value: string, source: string, from: number, to: number, lineEnding: ' ' | '\n', literal = false, escapes = true): void {
    let j = from
    let i = 0
    while (i < value.length) {
      const char = value.charAt(i)
      if (j >= to) {
        // The parser produced text the source does not hold (it should not happen):
        // keep the text and pin it to the end of the range rather than invent a place.
        this.atomic(value.slice(i), to, 0)
        return
      }
      const at = source.charAt(j)
      if (!literal && escapes && at === '\\' && j + 1 < to && source.charAt(j + 1) === char && isAsciiPunctuation(char)) {
        this.atomic(char, j, 2)
        i += 1
        j += 2
        continue
      }
      if (!literal && at === '&') {
        const reference = characterReferenceAt(source, j, to)
        if (reference !== undefined && value.startsWith(reference.value, i)) {
          this.atomic(reference.value, j, reference.length)
          i += reference.value.length
          j += reference.length
          continue
        }
      }
      if (char === '\r' && at === '\r') {
        // A CRLF or lone CR line ending reads as one line ending.
        const crlf = value.charAt(i + 1) === '\n' && source.charAt(j + 1) === '\n'
        this.atomic(lineEnding, j, crlf ? 2 : 1)
        i += crlf ? 2 : 1
        j += crlf ? 2 : 1
        continue
      }
      if (char === '\uFFFD' && at === '\u0000') {
        // The parser reads a NUL as the replacement character.
        this.atomic(char, j, 1)
        i += 1
        j += 1
        continue
      }
      if (at === char) {
        this.verbatim(char === '\n' ? lineEnding : char, j)
        i += 1
        j += 1
        continue
      }
      if (char === ' ' && lineEnding === ' ' && (at === '\n' || at === '\r' || at === '\t' || at === '\f')) {
        // Inline code turns line endings into spaces, HTML any white space.
        const length = at === '\r' && source.charAt(j + 1) === '\n' ? 2 : 1
        this.atomic(' ', j, length)
        i += 1
        j += length
        continue
      }
      j += 1
    }
  }
}

function isAsciiPunctuation(char: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(char)
}

const referencePattern = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/

/** A character reference (`&eacute;`, `&#233;`, `&#xE9;`) starting at `offset`, decoded. */
function characterReferenceAt(source: string, offset: number, to: number): {value: string; length: number} | undefined {
  const match = referencePattern.exec(source.slice(offset, Math.min(to, offset + 40)))
  if (match === null) return undefined
  const [whole, hex, decimal, name] = match
  if (name !== undefined) {
    const value = decodeNamedCharacterReference(name)
    return value === false ? undefined : {value, length: whole.length}
  }
  const code = Number.parseInt(hex ?? decimal ?? '', hex === undefined ? 10 : 16)
  // CommonMark replaces NUL, surrogates and out-of-range code points with U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
  return {value: valid ? String.fromCodePoint(code) : '\uFFFD', length: whole.length}
}
