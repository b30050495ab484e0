import {describe, expect, test} from 'vitest'
import {hyphenationOf} from '../../src/read/pdf/hyphenation.js'

// Words cut at line ends: the rule of src/read/pdf/hyphenation.ts, step by step.

describe('a line ending in a hyphen', () => {
  const plain = hyphenationOf([])

  test('a soft hyphen always goes', () => {
    expect(plain.join('le gouverne\u00AD', 'ment du Canada')).toBe('drop')
  })

  test('numbers, capitals after the cut and words in capitals keep it', () => {
    expect(plain.join('or call 1-800-', '959-5525')).toBe('keep')
    expect(plain.join('la province du Nouveau-', 'Brunswick')).toBe('keep')
    expect(plain.join('the COVID-', 'pandemic')).toBe('keep')
    expect(plain.join('de l’Île-du-', 'Prince-Édouard')).toBe('keep')
  })

  test('the document decides when it writes the word elsewhere on one line', () => {
    const document = hyphenationOf(['the government of Canada', 'a government-owned company', 'and the'])
    expect(document.join('the govern-', 'ment of')).toBe('drop')
    expect(document.join('a government-', 'owned company')).toBe('keep')
  })

  test('words that begin or end compounds keep it', () => {
    expect(plain.join('the non-', 'consensual distribution')).toBe('keep')
    expect(plain.join('par vingt-', 'quatre sénateurs')).toBe('keep')
    expect(plain.join('peut-', 'être')).toBe('keep')
    expect(plain.join('celui-', 'ci')).toBe('keep')
  })

  test('two parts that are both words of the document keep it', () => {
    const document = hyphenationOf(['the state said', 'what it owned', 'a state-', 'owned company'])
    expect(document.join('a state-', 'owned company')).toBe('keep')
  })

  test('otherwise two lower-case halves are one word cut in two', () => {
    expect(plain.join('les employeurs admis-', 'sibles')).toBe('drop')
    expect(plain.join('(ship-', 'ping).')).toBe('drop')
  })

  test('a document whose cuts the vocabulary settles as compounds keeps the others too', () => {
    // Set without hyphenation (Word's default): the cuts it settles are compounds, so the unknown one is one too.
    const document = hyphenationOf(['end-to-end encryption', 'and the end-to-', 'end design', 'a well-known', 'and a long-', 'standing rule'])
    expect(document.join('and a long-', 'standing rule')).toBe('keep')
  })

  test('a line that does not end with a cut word has no hyphen join', () => {
    expect(plain.join('the Honourable David Lametti —', 'Minister')).toBeUndefined()
    expect(plain.join('the list -', 'item')).toBeUndefined()
    expect(plain.join('the cut-', '2021')).toBe('keep')
  })
})
