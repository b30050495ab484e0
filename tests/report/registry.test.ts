import {describe, expect, it} from 'vitest'
import {builtinFormatters, check, createFormatters, defaultFormatters, type Formatter} from '../../src/index.js'
import {readFixture} from '../helpers.js'

describe('formatter registry', () => {
  it('offers each kind of report the formats that can write it', () => {
    expect(defaultFormatters.idsFor('check')).toEqual(['text', 'json', 'jsonl', 'sarif', 'html', 'xliff', 'tmx'])
    expect(defaultFormatters.idsFor('detect')).toEqual(['text', 'json'])
    expect(defaultFormatters.idsFor('align')).toEqual(['json', 'beads'])
    expect(defaultFormatters.idsFor('rules')).toEqual(['text', 'json'])
  })

  it('refuses a format that cannot write the report, naming the choices', () => {
    expect(() => defaultFormatters.resolve('align', 'text')).toThrow("--format: expected one of json, beads, got 'text'")
    expect(() => defaultFormatters.resolve('check', 'beads')).toThrow("--format: expected one of text, json, jsonl, sarif, html, xliff, tmx, got 'beads'")
  })

  it('writes every report through one contract, and lets a later formatter replace one of the same id', () => {
    const report = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})
    const json = defaultFormatters.resolve('check', 'json')
    expect(JSON.parse(String(json.check?.(report, {color: false})))).toEqual(JSON.parse(JSON.stringify(report)))
    const shout: Formatter = {id: 'text', description: 'loud', check: (shown) => `${shown.summary.errors} ERRORS\n`}
    const registry = createFormatters([...builtinFormatters, shout])
    expect(registry.resolve('check', 'text').check?.(report, {color: false})).toBe(`${report.summary.errors} ERRORS\n`)
    expect(registry.idsFor('detect')).toEqual(['json'])
  })
})
