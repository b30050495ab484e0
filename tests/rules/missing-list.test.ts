import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {readFixture} from '../helpers.js'

const listFindings = (text: string) =>
  check({path: 'draft.md', text})
    .findings.flatMap((finding) => [finding, ...(finding.related ?? [])])
    .filter((finding) => finding.rule === 'missing-list')

describe('missing-list', () => {
  it('flags “The Strategy aims to:” in the briefing note at its exact place', () => {
    const text = readFixture('briefing-note-ocse.md')
    const [finding, ...rest] = listFindings(text)
    expect(rest).toEqual([])
    const offset = text.indexOf('The Strategy aims to:')
    expect(finding).toMatchObject({
      severity: 'warning',
      category: 'draft',
      en: {text: 'The Strategy aims to:', position: {start: {line: 16, column: 1, offset}, end: {line: 16, column: 22, offset: offset + 21}}},
      fr: null,
    })
    expect(finding?.message).toBe(
      '“The Strategy aims to:” announces a list, but none follows: the next paragraph is ordinary text (“PS coordinates and oversees the implementation of the…”)',
    )
  })

  it('points at the announcing sentence alone when the paragraph says more before it', () => {
    const text = 'The program was renewed in 2009. Eligible costs include:\n\nThe office will review every application within thirty days of its receipt.\n'
    expect(listFindings(text).map((finding) => finding.en?.text)).toEqual(['Eligible costs include:'])
  })

  it('leaves a sentence followed by its list, a fragment whose list markup was lost, a label or a quotation alone', () => {
    const followedBy = (next: string) => listFindings(`The Strategy aims to:\n\n${next}\n\nThe office will review every application within thirty days.\n`)
    expect(followedBy('- prevent exploitation;\n- support victims.')).toEqual([])
    expect(followedBy('prevent the sexual exploitation of children online;')).toEqual([])
    expect(followedBy('Prevent exploitation')).toEqual([])
    expect(followedBy('Contact: the policy team')).toEqual([])
    expect(followedBy('> The Strategy aims to prevent the sexual exploitation of children online.')).toEqual([])
  })

  it('does not take a sentence that only ends on a colon for a list’s lead', () => {
    expect(listFindings('Here is how the office works:\n\nThe office will review every application within thirty days of its receipt.\n')).toEqual([])
  })

  it('flags a sentence cut short before a heading, and the French forms', () => {
    expect(
      listFindings('# Programme\n\nLes objectifs du programme sont :\n\n## Financement\n\nLe programme dispose de deux millions de dollars par année.\n'),
    ).toHaveLength(1)
    expect(
      listFindings(
        '# Programme\n\nLe programme comprend les volets suivants :\n\nLe bureau examinera chaque demande dans les trente jours suivant sa réception.\n',
      ),
    ).toHaveLength(1)
  })
})
