import {describe, expect, it} from 'vitest'
import {groupRelated} from '../../src/check/related.js'
import type {Finding, Span} from '../../src/types.js'

const span = (start: number, end: number): Span => ({
  source: 0,
  text: 'x'.repeat(end - start),
  position: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
})
const finding = (rule: string, category: Finding['category'], fr: Span): Finding => ({
  rule,
  category,
  severity: 'warning',
  message: rule,
  confidence: 0.8,
  en: null,
  fr,
})

describe('groupRelated', () => {
  it('puts findings of one place under the most specific rule', () => {
    const grouped = groupRelated([finding('unmatched-content', 'meaning', span(0, 10)), finding('number-mismatch', 'number', span(2, 4))])
    expect(grouped.map((each) => [each.rule, each.related?.map((related) => related.rule)])).toEqual([['number-mismatch', ['unmatched-content']]])
  })

  it('keeps typography findings apart: how one version is set is not a divergence between the two', () => {
    const grouped = groupRelated([finding('unmatched-content', 'meaning', span(0, 10)), finding('french-spacing', 'typography', span(2, 4))])
    expect(grouped.map((each) => [each.rule, each.related])).toEqual([
      ['unmatched-content', undefined],
      ['french-spacing', undefined],
    ])
  })
})
