import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fillTemplate, messageOf} from '../../src/check/messages.js'
import type {Rule, RuleMeta} from '../../src/check/rule.js'
import {rules} from '../../src/check/rules/index.js'
import {check} from '../../src/pipeline.js'
import {root} from '../helpers.js'

const meta: RuleMeta = {
  id: 'toy',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'A rule for these tests.',
  messages: {
    counted: 'the {{absentLang}} has {{count}} items where the {{presentLang}} has {{other}}',
    quoted: '“{{text}}” is missing',
  },
}

const where = {confidence: 1, en: null, fr: null}

describe('message templates', () => {
  it('fill their placeholders with the data, numbers as written', () => {
    expect(fillTemplate('{{a}} and {{b}}, {{a}} again', {a: 'one', b: 2}, 'test')).toBe('one and 2, one again')
    expect(messageOf(meta, {...where, messageId: 'quoted', data: {text: 'Loi sur la protection'}})).toBe('“Loi sur la protection” is missing')
  })

  it('write a language code under a key ending in Lang as the language’s name', () => {
    expect(messageOf(meta, {...where, messageId: 'counted', data: {absentLang: 'fr', presentLang: 'en', count: 6, other: 7}})).toBe(
      'the French has 6 items where the English has 7',
    )
    expect(fillTemplate('{{lang}} / {{sideLang}}', {lang: 'fr', sideLang: 'en'}, 'test')).toBe('fr / English')
  })

  it('leave a ready message as it is', () => {
    expect(messageOf(meta, {...where, message: 'as {{written}}'})).toBe('as {{written}}')
  })

  it('throw on a message id the rule does not define', () => {
    expect(() => messageOf(meta, {...where, messageId: 'unknown'})).toThrow("rule toy reported the unknown message id 'unknown'")
    const bare: RuleMeta = {id: 'bare', category: 'structure', defaultSeverity: 'warning', description: 'Declares no messages.'}
    expect(() => messageOf(bare, {...where, messageId: 'quoted', data: {text: 'x'}})).toThrow("rule bare reported the unknown message id 'quoted'")
  })

  it('throw on a placeholder without a value', () => {
    expect(() => messageOf(meta, {...where, messageId: 'quoted'})).toThrow("rule toy, message 'quoted': no value for {{text}}")
    expect(() => fillTemplate('{{a}} {{b}}', {a: 1}, 'here')).toThrow('here: no value for {{b}}')
  })
})

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('the messages of %s', (id, rule) => {
  const messages = Object.entries(rule.meta.messages ?? {})

  it('are declared in meta.messages, by camelCase id', () => {
    expect(messages.length).toBeGreaterThan(0)
    for (const [messageId] of messages) expect(messageId).toMatch(/^[a-z][A-Za-z]*$/)
  })

  it('are templates with well-formed placeholders only', () => {
    for (const [messageId, template] of messages) {
      const rest = template.replace(/\{\{[A-Za-z_$][\w$]*\}\}/g, '')
      expect(rest, `${id}: ${messageId}`).not.toMatch(/\{\{|\}\}/)
      expect(template.trim(), `${id}: ${messageId}`).not.toBe('')
    }
  })

  it('are each reported by the rule', () => {
    // The rule's module (in rules/, or typography/ for the profile rules), and the helper that reports for it when it has one.
    const source = [`src/check/rules/${id}.ts`, `src/check/typography/${id}.ts`, 'src/check/unpaired.ts']
      .filter((path) => existsSync(`${root}/${path}`))
      .map((path) => readFileSync(`${root}/${path}`, 'utf8'))
      .join('\n')
    for (const [messageId] of messages) expect(source, `${id}: ${messageId}`).toContain(`'${messageId}'`)
  })
})

describe('a rule that reports by message id', () => {
  const toyRule: Rule = {
    meta: {
      id: 'toy-heading',
      category: 'structure',
      defaultSeverity: 'info',
      description: 'Reports the first heading of each language.',
      docs: {url: 'https://example.org/rules/toy-heading'},
      messages: {firstHeading: 'the {{headingLang}} opens with “{{text}}” ({{words}} words)'},
    },
    check(context) {
      for (const document of context.documents) {
        for (const lang of ['en', 'fr'] as const) {
          const block = document.blocks.find((candidate) => candidate.kind === 'heading' && context.detection.blocks.get(candidate.id)?.lang === lang)
          if (block === undefined) continue
          const span = context.span(block)
          context.report({
            messageId: 'firstHeading',
            data: {headingLang: lang, text: block.text, words: block.text.split(/\s+/).length},
            confidence: 0.5,
            ...(lang === 'en' ? {en: span, fr: null} : {en: null, fr: span}),
          })
        }
      }
    },
  }

  it('gets its message filled and its docs link in the report', () => {
    const text = [
      '# Annual report on official languages',
      '',
      'The department published its annual report on official languages in March.',
      '',
      '# Rapport annuel sur les langues officielles',
      '',
      'Le ministère a publié son rapport annuel sur les langues officielles en mars.',
      '',
    ].join('\n')
    const {findings} = check({path: 'toy.md', text}, {ruleSet: [toyRule]})
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.message, finding.docs])).toEqual([
      ['toy-heading', 'info', 'the English opens with “Annual report on official languages” (5 words)', 'https://example.org/rules/toy-heading'],
      ['toy-heading', 'info', 'the French opens with “Rapport annuel sur les langues officielles” (6 words)', 'https://example.org/rules/toy-heading'],
    ])
  })
})
