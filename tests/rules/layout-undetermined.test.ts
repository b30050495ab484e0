import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

const english = {path: 'en.md', text: '# Notice\n\nThe office will be closed on Monday for maintenance.\n'}
const french = {path: 'fr.md', text: '# Avis\n\nLe bureau sera fermé lundi pour des travaux d’entretien.\n'}

const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'layout-undetermined')

const mixedMessage =
  'the English and French parts could not be told apart with confidence (layout mixed): nothing was compared; give each version as its own file, or see `pareil detect`'

// Minutes written in English with one member's intervention kept in French: neither halves nor interleaved.
const minutes = `# Committee meeting

The Chair opened the meeting at ten o'clock and welcomed two new members to the committee.

The Secretariat presented an update on the consultation on accessible ferry terminals.

Un membre a souligné que les traversiers posent des défis particuliers en hiver pour les personnes à mobilité réduite.

The Secretariat agreed to review its timelines for distributing documents before the next meeting.

The Chair thanked the members and adjourned the meeting.
`

describe('layout-undetermined', () => {
  it('says that nothing was compared when no language is found, or no layout', () => {
    const unknown = check({path: 'codes.md', text: '2024-05-17\n\nOttawa ON K1A 0A4\n'}).findings
    expect(unknown.map((finding) => [finding.rule, finding.message])).toEqual([
      ['layout-undetermined', 'no English or French text was found: nothing was compared'],
    ])
  })

  it('stays quiet when a layout is found', () => {
    expect(check([english, french]).findings.filter((finding) => finding.rule === 'layout-undetermined')).toEqual([])
  })

  it('reports a document with no language as a warning in the structure category, at its first prose block', () => {
    const report = check({path: 'codes.md', text: '```\nexport LANG=C\n```\n\n2024-05-17\n\nK1A 0A4\n'})
    expect(report.layout).toBe('unknown')
    const [finding, ...others] = rule(report.findings)
    expect(others).toEqual([])
    expect(finding).toMatchObject({
      rule: 'layout-undetermined',
      severity: 'warning',
      category: 'structure',
      message: 'no English or French text was found: nothing was compared',
      en: {text: '2024-05-17', position: {start: {line: 5, column: 1}, end: {line: 5, column: 11}}},
      fr: null,
    })
  })

  it('flags a document that mixes the languages in no arrangement it is sure of, pointing at its first block', () => {
    const report = check({path: 'minutes.md', text: minutes})
    expect(report.layout).toBe('mixed')
    expect(rule(report.findings)).toMatchObject([
      {
        severity: 'warning',
        category: 'structure',
        message: mixedMessage,
        en: {text: 'Committee meeting', position: {start: {line: 1, column: 3}, end: {line: 1, column: 20}}},
        fr: null,
      },
    ])
  })

  it('flags two files when one of them holds no English or French text', () => {
    const links = {path: 'fr.md', text: 'https://www.canada.ca/fr.html\n'}
    const findings = rule(check([english, links]).findings)
    expect(findings.map((finding) => [finding.message, finding.en?.text, finding.en?.position.start.line])).toEqual([[mixedMessage, 'Notice', 1]])
  })

  it('stays quiet for every layout it can find: halves in either order, interleaved paragraphs, a two-column table', () => {
    const halves = `${french.text}\n${english.text}`
    const interleaved =
      'The office will be closed on Monday for maintenance.\n\nLe bureau sera fermé lundi pour des travaux d’entretien.\n\n' +
      'Staff will work from home during the closure.\n\nLe personnel travaillera à domicile pendant la fermeture.\n'
    const table =
      '| English | Français |\n| --- | --- |\n' +
      '| The office will be closed on Monday for maintenance. | Le bureau sera fermé lundi pour des travaux d’entretien. |\n' +
      '| Staff will work from home during the closure. | Le personnel travaillera à domicile pendant la fermeture. |\n'
    for (const text of [halves, interleaved, table]) expect(rule(check({path: 'notice.md', text}).findings), text).toEqual([])
  })

  it('leaves a document in one language to missing-translation', () => {
    expect(rule(check(english).findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    const input = {path: 'minutes.md', text: minutes}
    expect(rule(check(input, {rules: {'layout-undetermined': 'error'}}).findings).map((finding) => finding.severity)).toEqual(['error'])
    expect(rule(check(input, {rules: {'layout-undetermined': 'off'}}).findings)).toEqual([])
  })
})
