import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {decodeText} from '../../src/read/decode.js'

function refusal(bytes: Uint8Array): PareilError {
  try {
    decodeText(bytes, 'in.md')
  } catch (error) {
    if (error instanceof PareilError) return error
    throw error
  }
  throw new Error('accepted')
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decoding input bytes', () => {
  it('accepts UTF-8 and drops a byte order mark', () => {
    expect(decodeText(utf8('\uFEFFÉté 2021'), 'in.md')).toBe('Été 2021')
  })

  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'in.md: the file is empty'],
    ['a file of white space', utf8(' \n\t\n'), 'empty', 'in.md: the file holds only white space'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'binary', 'in.md: this is a binary file, not text'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'encoding', 'in.md: the file is UTF-16; save it as UTF-8 and try again'],
    [
      'Latin-1 text',
      new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' ok')]),
      'encoding',
      'in.md: the file is not valid UTF-8 (byte 3 is not); save it as UTF-8 and try again',
    ],
  ])('refuses %s with a one-line message', (_name, bytes, code, message) => {
    const error = refusal(bytes)
    expect(error.code).toBe(code)
    expect(error.message).toBe(message)
    expect(error.message).not.toContain('\n')
  })

  it('names the first invalid byte after valid multi-byte characters', () => {
    expect(refusal(new Uint8Array([...utf8('é€😀'), 0xc0, 0x80])).message).toContain('byte 9 is not')
    expect(refusal(new Uint8Array([...utf8('ab'), 0xe2, 0x82])).message).toContain('byte 2 is not')
  })
})
