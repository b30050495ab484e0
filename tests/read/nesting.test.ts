import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {createReaders, read} from '../../src/index.js'
import {htmlNesting, markdownNesting, maxNesting} from '../../src/read/nesting.js'
import type {Reader} from '../../src/read/reader.js'

describe('nesting measured before parsing', () => {
  it('counts block quotes and list markers before a line’s text, and list items indented under others', () => {
    expect(markdownNesting('Plain prose > with a sign.\n')).toBe(0)
    expect(markdownNesting('> > > quoted\n')).toBe(4) // three markers, and their spaces count as indentation
    expect(markdownNesting('- a\n  - b\n    - c\n')).toBe(3)
    expect(markdownNesting('1. 2) 3. deep\n')).toBe(4)
    expect(markdownNesting('        indented code, not a list\n')).toBe(0)
    expect(markdownNesting(`${'>'.repeat(5_000)} x`)).toBe(5_000)
  })

  it('counts HTML elements open at once, but not those whose end tag is optional', () => {
    expect(htmlNesting('<div><section><p>text</p></section></div>')).toBe(2)
    expect(htmlNesting(`${'<p>text'.repeat(1_000)}<br><img src=x>`)).toBe(0)
    expect(htmlNesting(`${'<div>'.repeat(3_000)}`)).toBe(3_000)
    expect(htmlNesting('<div/><span/>')).toBe(0)
  })

  it('reads any text in time linear in its length (no rescanning)', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('<', '>', 'a', ' ', '-', '1', '.', '\n', '/')}), (text) => {
        expect(markdownNesting(text)).toBeGreaterThanOrEqual(0)
        expect(htmlNesting(text)).toBeGreaterThanOrEqual(0)
      }),
      {seed: 14},
    )
    // Tags without a '>' until the very end: each must not look for it again.
    expect(htmlNesting(`${'<a'.repeat(200_000)}>`)).toBe(1)
  })

  it('refuses a document nested beyond the limit on one line', () => {
    const deep = `${'>'.repeat(maxNesting.markdown + 1)} text\n`
    expect(() => read({path: 'deep.md', text: deep})).toThrow(
      new PareilError(
        'bad-input',
        `deep.md: block quotes and lists nested ${maxNesting.markdown + 1} levels deep; pareil reads documents nested at most ${maxNesting.markdown} levels`,
      ),
    )
  })

  it('turns a parser that runs out of stack into a refusal of the input, not a crash', () => {
    const recursive: Reader = {
      id: 'recursive',
      name: 'a reader that recurses',
      extensions: ['rec'],
      sniff: () => false,
      input: 'text',
      place: (_source, start) => `${start.line}:${start.column}`,
      read: () => {
        const down = (n: number): number => down(n + 1) + 1
        return {blocks: [], text: String(down(0))}
      },
    }
    expect(() => read({path: 'deep.rec', text: 'x'}, {readers: createReaders([recursive])})).toThrow(/deep\.rec: nested too deeply to read/)
  })
})
