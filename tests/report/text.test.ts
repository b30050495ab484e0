import {describe, expect, it} from 'vitest'
import type {Rule} from '../../src/check/rule.js'
import {check} from '../../src/pipeline.js'
import {spanOf} from '../../src/read/locate.js'
import {formatText} from '../../src/report/text.js'
import type {Report} from '../../src/types.js'

const input = {path: 'letter.md', text: 'Intro.\n\nThe *Criminal Code* applies.\n\nLe *Code criminel* s’applique.\n'}

const mismatch: Rule = {
  meta: {id: 'term-probe', category: 'term', defaultSeverity: 'error', description: 'Test rule.'},
  check(context) {
    const document = context.documents[0]
    const [, en, fr] = document?.blocks ?? []
    if (document === undefined || en === undefined || fr === undefined) return
    context.report({
      message: "'Criminal Code' has no counterpart",
      confidence: 0.8,
      en: spanOf(document.source, en, 4, 17),
      fr: spanOf(document.source, fr, 3, 16),
    })
    context.report({message: 'document-level note', confidence: 1, en: null, fr: null})
  },
}

function reportWithPair(): Report {
  const report = check(input, {ruleSet: [mismatch], rules: {'term-probe': 'warning'}})
  return {...report, pairs: [{en: ['b2'], fr: ['b3'], score: 0.75, equivalence: 0.42, sentences: []}]}
}

describe('the text report', () => {
  it('prints compiler-style places for both sides, grouped by pair, and a summary', () => {
    expect(formatText(reportWithPair())).toBe(
      [
        'letter.md',
        '  layout: en-fr-halves (English half, then French half)',
        '  English part: letter.md:1-3',
        '  French part: letter.md:5-5',
        '  3 blocks, 1 aligned pair',
        '',
        'document',
        'letter.md: warning: document-level note [term-probe, confidence 1.00]',
        '',
        'pair b2 b3 (alignment 0.75, equivalence 0.42)',
        "letter.md:3:6: warning: 'Criminal Code' has no counterpart [term-probe, confidence 0.80]",
        '  en letter.md:3:6-19  "Criminal Code"',
        '  fr letter.md:5:5-18  "Code criminel"',
        '',
        '0 errors, 2 warnings, 0 infos',
        '',
      ].join('\n'),
    )
  })

  it('colours only when asked', () => {
    const report = reportWithPair()
    expect(formatText(report)).not.toContain('\u001B[')
    expect(formatText(report, {color: true})).toContain('\u001B[33mwarning\u001B[39m')
  })

  it('names the layout and the parts found with their line ranges, for each source', () => {
    const withTwo: Report = {
      ...check([
        {path: 'en.md', text: 'Thank you for your letter of March 3.\n\nWe will reply soon.\n'},
        {path: 'fr.md', text: 'Je vous remercie de votre lettre du 3 mars.\n\nNous vous répondrons bientôt.\n'},
      ]),
    }
    expect(formatText(withTwo)).toContain(
      'en.md + fr.md\n  layout: separate (English and French in separate files)\n  English part: en.md:1-3\n  French part: fr.md:1-3\n',
    )
  })
})
