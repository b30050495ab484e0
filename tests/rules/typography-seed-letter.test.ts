import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {typographyRules} from '../../src/check/typography/index.js'
import {check} from '../../src/pipeline.js'
import type {Finding, TypographyProfile} from '../../src/types.js'
import {root, withRelated} from '../helpers.js'

const letter = readFileSync(`${root}/fixtures/ministerial-letter-2021.md`, 'utf8')

function typography(text: string, profile?: TypographyProfile): Finding[] {
  return withRelated(check({path: 'ministerial-letter-2021.md', text}, profile === undefined ? {} : {profile}).findings)
    .filter((finding) => finding.category === 'typography')
    .sort((a, b) => offset(a) - offset(b))
}

function offset(finding: Finding): number {
  return (finding.fr ?? finding.en)?.position.start.offset ?? -1
}

/** Where `snippet` starts in the letter: 1-based line and column, 0-based offset. */
function place(snippet: string) {
  const offset = letter.indexOf(snippet)
  expect(offset, snippet).toBeGreaterThanOrEqual(0)
  const before = letter.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset}
}

describe('the typography rules on the seed letter', () => {
  it('are all of category typography and severity info', () => {
    for (const {meta} of typographyRules) expect([meta.category, meta.defaultSeverity], meta.id).toEqual(['typography', 'info'])
  })

  it('give nothing without a profile', () => {
    expect(typography(letter)).toEqual([])
  })

  it('under fr-CA, mark only what a Canadian reviewer would: the two dashes glued to the words of the French incise', () => {
    const findings = typography(letter, 'fr-CA')
    expect(findings.map((finding) => [finding.rule, finding.message])).toEqual([
      ['french-spacing', 'the French writes "multilatéraux—dont": French puts a space on each side of a dash ("multilatéraux — dont")'],
      ['french-spacing', 'the French writes "l\'Europe—constituent": French puts a space on each side of a dash ("l\'Europe — constituent")'],
    ])
    for (const [finding, snippet] of [
      [findings[0], 'multilatéraux—dont'],
      [findings[1], "l'Europe—constituent"],
    ] as const) {
      expect(finding?.en).toBeNull()
      expect(finding?.fr?.text).toBe(snippet)
      expect(finding?.fr?.position.start).toEqual(place(snippet))
      expect(finding?.fr?.position.end.offset).toBe(place(snippet).offset + snippet.length)
    }
  })

  it('leave the French letter’s correct Canadian typography alone: colons with their space, ; without one, lowercase ministre', () => {
    const messages = typography(letter, 'fr-CA').map((finding) => finding.message)
    for (const right of ['cosignataires :', 'parlez;', 'suivants :', 'internationale :', 'c.c. :', 'ministre de la Justice', '25 novembre 2020']) {
      expect(letter).toContain(right)
      expect(messages.join('\n')).not.toContain(right)
    }
  })

  it('under fr-FR, also want a thin space before the semicolons', () => {
    const findings = typography(letter, 'fr-FR')
    expect(findings.filter((finding) => finding.messageId === 'noSpaceBeforeMark').map((finding) => finding.data?.['text'])).toEqual([
      'parlez;',
      'enfants;',
      'enfants;',
      "l'Europe;",
      'ligne;',
    ])
    expect(findings.filter((finding) => finding.messageId === 'dashSpace')).toHaveLength(2)
  })

  it('under en-CA, find the English letter in Canadian spelling (behaviour, Honourable, Centre)', () => {
    expect(typography(letter, 'en-CA')).toEqual([])
  })

  it('give nothing without a profile on any fixture document', () => {
    const dir = `${root}/fixtures/layouts`
    for (const name of readdirSync(dir).filter((file) => /\.(md|txt)$/.test(file))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8')
      const findings = withRelated(check({path: name, text}).findings)
      expect(
        findings.filter((finding) => finding.category === 'typography'),
        name,
      ).toEqual([])
    }
  })
})
