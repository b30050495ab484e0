import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/compare/index.js'
import {comparisonSchemaErrors, fixturePath, readFixture, runCli} from '../helpers.js'

const letter = fixturePath('ministerial-letter-2021.md')
const dir = mkdtempSync(join(tmpdir(), 'pareil-compare-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const draft = file(
  'draft-3.md',
  readFixture('ministerial-letter-2021.md').replace('correspondence of November 25, 2020', 'correspondence of November 28, 2020'),
)

describe('pareil compare', () => {
  it('prints each change with its place in the four texts, and exits 1 on an error', () => {
    const {code, stdout, stderr} = runCli(['compare', letter, draft])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toContain(`${draft}:22:47: error: the English changed “25” to “28”, and the French did not follow`)
    expect(stdout).toContain(`  old en ${letter}:22:47-49  "25"`)
    expect(stdout).toContain(`  new en ${draft}:22:47-49  "28"`)
    expect(stdout).toContain(`  old fr ${letter}:78:45-47  "25"`)
    expect(stdout).toContain(`  new fr ${draft}:78:45-47  "25"`)
    expect(stdout).toMatch(/paragraph pairs: 21 unchanged, 1 edited, 0 added; 0 paragraphs removed/)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 error, 0 warnings, 0 infos')
  })

  it('exits as check does: 0 for identical drafts, 0 with --fail-on never', () => {
    expect(runCli(['compare', letter, letter]).code).toBe(0)
    expect(runCli(['compare', letter, draft, '--fail-on', 'never']).code).toBe(0)
  })

  it('prints JSON that validates against docs/compare.schema.json, and so does the API’s comparison', () => {
    const {stdout} = runCli(['compare', letter, draft, '--format', 'json'])
    const report = JSON.parse(stdout)
    expect(comparisonSchemaErrors(report)).toBe('')
    expect(report.schemaVersion).toBe(1)
    expect(report.changes[0]).toMatchObject({kind: 'edited-one-version', messageId: 'changedWords', data: {changedLang: 'en', oldText: '25', newText: '28'}})
    const disagreeing = readFileSync(draft, 'utf8').replace('correspondance du 25 novembre 2020', 'correspondance du 29 novembre 2020')
    const api = compareDrafts({path: 'old.md', text: readFixture('ministerial-letter-2021.md')}, {path: 'new.md', text: disagreeing})
    expect(api.changes[0]?.finding).toBeDefined()
    expect(comparisonSchemaErrors(JSON.parse(JSON.stringify(api)))).toBe('')
    expect(comparisonSchemaErrors({...report, changes: [{...report.changes[0], kind: 'moved'}]})).toMatch(/allowed values/)
  })

  it('speaks French with --locale fr', () => {
    const {stdout} = runCli(['compare', letter, draft, '--locale', 'fr'])
    expect(stdout).toContain('erreur\u00a0: la version anglaise a changé «\u00a025\u00a0» en «\u00a028\u00a0», et la version française n’a pas suivi\u00a0:')
    expect(stdout).toContain('paires de paragraphes\u00a0: 21 inchangées, 1 modifiée, 0 ajoutée; 0 paragraphe retiré')
  })

  it('refuses a count of files that names no two drafts, and bad input, with one line and exit 2', () => {
    for (const args of [
      ['compare', letter],
      ['compare', letter, draft, letter],
    ]) {
      const {code, stderr} = runCli(args)
      expect(code).toBe(2)
      expect(stderr).toMatch(
        /^pareil: compare: give the old draft and the new one, each one bilingual file or an English and a French file \(2 or 4 files\), got \d\n$/,
      )
    }
    const missing = runCli(['compare', letter, join(dir, 'missing.md')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/missing\.md: no such file\n$/)
    expect(runCli(['compare', letter, draft, '--format', 'sarif']).stderr).toMatch(/--format: expected one of text, json, html, got 'sarif'/)
  })
})
