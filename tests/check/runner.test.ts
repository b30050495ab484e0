import {describe, expect, it} from 'vitest'
import type {Rule} from '../../src/check/rule.js'
import {runRules} from '../../src/check/runner.js'
import {detect} from '../../src/detect/index.js'
import {PareilError} from '../../src/errors.js'
import {read, spanOf} from '../../src/read/index.js'

const documents = read({path: 'a.md', text: 'First paragraph.\n\nSecond paragraph.\n'})
const input = {documents, detection: detect(documents), pairs: []}

/** A rule that reports each block, last block first, with the given confidence. */
function everyBlock(id: string, confidence = 0.7): Rule {
  return {
    meta: {id, category: 'omission', defaultSeverity: 'warning', description: 'Reports every block.'},
    check(context) {
      for (const document of [...context.documents]) {
        for (const block of [...document.blocks].reverse()) {
          const found = context.block(block.id)
          if (found === undefined) throw new Error('block lookup failed')
          context.report({message: `saw ${block.id}`, confidence, en: spanOf(found.document.source, block), fr: null})
        }
      }
    },
  }
}

describe('the rule runner', () => {
  it('stamps findings with rule id, category, default severity and docs path, in document order', () => {
    const findings = runRules([everyBlock('sample')], input)
    expect(findings.map((finding) => [finding.rule, finding.category, finding.severity, finding.message, finding.docs])).toEqual([
      ['sample', 'omission', 'warning', 'saw b1', 'docs/rules/sample.md'],
      ['sample', 'omission', 'warning', 'saw b2', 'docs/rules/sample.md'],
    ])
  })

  it('re-levels and switches off rules by id', () => {
    const rules = [everyBlock('loud'), everyBlock('quiet')]
    const findings = runRules(rules, input, {rules: {loud: 'error', quiet: 'off'}})
    expect(findings.map((finding) => `${finding.rule}:${finding.severity}`)).toEqual(['loud:error', 'loud:error'])
  })

  it('refuses unknown rule ids and severities with a one-line error', () => {
    expect(() => runRules([everyBlock('known')], input, {rules: {unknwon: 'error'}})).toThrow(
      new PareilError('bad-option', "unknown rule 'unknwon' (known rules: known)"),
    )
    expect(() => runRules([everyBlock('known')], input, {rules: {known: 'fatal' as 'error'}})).toThrow(
      'rule \'known\': expected one of off, info, warning, error, got "fatal"',
    )
  })

  it('keeps confidence in [0, 1]', () => {
    expect(runRules([everyBlock('high', 7)], input)[0]?.confidence).toBe(1)
    expect(runRules([everyBlock('low', -1)], input)[0]?.confidence).toBe(0)
    expect(runRules([everyBlock('nan', Number.NaN)], input)[0]?.confidence).toBe(0)
  })
})
