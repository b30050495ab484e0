import {PareilError} from '../errors.js'

/**
 * Turns the bytes of an input file into text, refusing what is not UTF-8 text:
 * empty files, binary files, UTF-16 and other encodings. A UTF-8 byte order
 * mark is dropped, so offsets count from the first character after it.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new PareilError('empty', `${path}: the file is empty`)
  if (hasUtf16Mark(bytes)) {
    throw new PareilError('encoding', `${path}: the file is UTF-16; save it as UTF-8 and try again`)
  }
  if (bytes.includes(0)) throw new PareilError('binary', `${path}: this is a binary file, not text`)
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new PareilError('encoding', `${path}: the file is not valid UTF-8 (byte ${at} is not); save it as UTF-8 and try again`)
  }
  if (text.trim() === '') throw new PareilError('empty', `${path}: the file holds only white space`)
  return text
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/** 0-based index of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    const [length, min] =
      lead < 0x80
        ? [1, 0]
        : lead >= 0xc2 && lead < 0xe0
          ? [2, 0x80]
          : lead >= 0xe0 && lead < 0xf0
            ? [3, 0x800]
            : lead >= 0xf0 && lead < 0xf5
              ? [4, 0x10000]
              : [0, 0]
    if (length === 0 || i + length > bytes.length) return i
    let code = length === 1 ? lead : lead & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number
      if ((next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i
    i += length
  }
  return bytes.length
}
