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

  it('gives a finding the severity its confidence earns, at most the rule default: error from 0.8, warning from 0.5', () => {
    const loud = (confidence: number): Rule => ({
      ...everyBlock(`at-${confidence}`, confidence),
      meta: {...everyBlock('x').meta, id: `at-${confidence}`, defaultSeverity: 'error'},
    })
    const severities = [0.9, 0.8, 0.6, 0.5, 0.4].map((confidence) => runRules([loud(confidence)], input)[0]?.severity)
    expect(severities).toEqual(['error', 'error', 'warning', 'warning', 'info'])
    // A warning rule stays a warning however sure, and a severity the user sets stands.
    expect(runRules([everyBlock('sure', 0.95)], input)[0]?.severity).toBe('warning')
    expect(runRules([loud(0.4)], input, {rules: {'at-0.4': 'error'}})[0]?.severity).toBe('error')
  })

  it('is less sure of what it finds where markup did not render, except for the format rule that reports the markup', () => {
    const flattened = read({path: 'b.md', text: 'Steps: 1\\. Install the tool. 2\\. Run it.\n\nAnother paragraph.\n'})
    const damaged = {documents: flattened, detection: detect(flattened), pairs: []}
    expect(flattened[0]?.blocks.map((block) => block.flattened)).toEqual([true, undefined])
    expect(runRules([everyBlock('words', 0.9)], damaged).map((finding) => [finding.confidence, finding.severity])).toEqual([
      [0.36, 'info'],
      [0.9, 'warning'],
    ])
    const format: Rule = {...everyBlock('format', 0.9), meta: {...everyBlock('format').meta, category: 'format'}}
    expect(runRules([format], damaged).map((finding) => finding.confidence)).toEqual([0.9, 0.9])
  })

  it('keeps confidence in [0, 1]', () => {
    expect(runRules([everyBlock('high', 7)], input)[0]?.confidence).toBe(1)
    expect(runRules([everyBlock('low', -1)], input)[0]?.confidence).toBe(0)
    expect(runRules([everyBlock('nan', Number.NaN)], input)[0]?.confidence).toBe(0)
  })
})
