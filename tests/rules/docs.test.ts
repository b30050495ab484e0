import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/check/rules/index.js'
import {check} from '../../src/pipeline.js'
import type {TypographyProfile} from '../../src/types.js'
import {root, withRelated} from '../helpers.js'

// Every rule has a page in docs/rules/ with a flagged and a clean example; the examples are run here.
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id) => {
  const path = `${root}/docs/rules/${id}.md`

  it('exists and is listed in docs/rules/README.md', () => {
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(`${root}/docs/rules/README.md`, 'utf8')).toContain(`[${id}](${id}.md)`)
  })

  const page = existsSync(path) ? readFileSync(path, 'utf8') : ''
  // A typography rule checks a profile only when asked: its page names the profile its examples are checked under.
  const profile = /^- Profiles?: `([\w-]+)`/m.exec(page)?.[1] as TypographyProfile | undefined
  const options = profile === undefined ? {} : {profile}
  const example = (heading: string) => new RegExp(`## ${heading}\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``).exec(page)?.[1]

  it('has a flagged example that the rule flags, with the message shown', () => {
    const text = example('Flagged')
    expect(text).toBeDefined()
    const findings = withRelated(check({path: 'flagged.md', text: text ?? ''}, options).findings).filter((finding) => finding.rule === id)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) expect(page).toContain(`> ${finding.message}`)
  })

  it('has a clean example that the rule leaves alone', () => {
    const text = example('Clean')
    expect(text).toBeDefined()
    expect(withRelated(check({path: 'clean.md', text: text ?? ''}, options).findings).filter((finding) => finding.rule === id)).toEqual([])
  })
})
