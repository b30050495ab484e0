import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {afterAll, describe, expect, it} from 'vitest'
import {baselineOf, withoutKnown} from '../../src/cli/baseline.js'
import {findConfig, globPattern, ignores, readConfig, validateConfig} from '../../src/cli/config.js'
import {rules} from '../../src/check/rules/index.js'
import {PareilError} from '../../src/errors.js'
import {check} from '../../src/pipeline.js'
import {readFixture, root, runCli} from '../helpers.js'
import {readFileSync} from 'node:fs'

const dir = mkdtempSync(join(tmpdir(), 'pareil-config-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const schema = JSON.parse(readFileSync(join(root, 'docs/config.schema.json'), 'utf8')) as object
const validSchema = new Ajv2020({allErrors: true, strict: true}).compile(schema)

describe('pareil.config.json', () => {
  it('is found in the checked file’s folder or the nearest folder above it, .pareilrc.json too', () => {
    mkdirSync(join(dir, 'team/docs/letters'), {recursive: true})
    writeFileSync(join(dir, 'team/pareil.config.json'), '{"failOn": "warning"}')
    writeFileSync(join(dir, 'team/docs/letters/letter.md'), 'Hello')
    expect(findConfig(join(dir, 'team/docs/letters/letter.md'))).toBe(join(dir, 'team/pareil.config.json'))
    writeFileSync(join(dir, 'team/docs/.pareilrc.json'), '{}')
    expect(findConfig(join(dir, 'team/docs/letters/letter.md'))).toBe(join(dir, 'team/docs/.pareilrc.json'))
  })

  it('reads rules, files relative to its folder, locale, fail-on level and ignore patterns', () => {
    const path = join(dir, 'team/pareil.config.json')
    const config = validateConfig(
      {
        rules: {'format-mismatch': 'off', 'list-mismatch': 'error'},
        glossary: 'terms.csv',
        lexicon: ['a.tsv'],
        locale: 'fr',
        failOn: 'warning',
        ignore: ['**/CHANGELOG.md'],
      },
      path,
    )
    expect(config).toEqual({
      path,
      rules: {'format-mismatch': 'off', 'list-mismatch': 'error'},
      glossary: join(dir, 'team/terms.csv'),
      lexicon: [join(dir, 'team/a.tsv')],
      locale: 'fr',
      failOn: 'warning',
      ignore: ['**/CHANGELOG.md'],
    })
  })

  it.each([
    [{rulez: {}}, 'rulez: unknown setting (known: rules, glossary, lexicon, locale, profile, failOn, ignore)'],
    [{rules: {'no-such-rule': 'off'}}, 'rules.no-such-rule: unknown rule'],
    [{rules: {'list-mismatch': 'loud'}}, 'rules.list-mismatch: expected one of error, warning, info, off, got "loud"'],
    [{locale: 'de'}, 'locale: expected "en" or "fr", got "de"'],
    [{profile: 'fr-BE'}, 'profile: expected one of "fr-CA", "en-CA", "fr-FR", got "fr-BE"'],
    [{failOn: 3}, 'failOn: expected one of error, warning, info, never, got 3'],
    [{ignore: 'CHANGELOG.md'}, 'ignore: expected a list of file patterns'],
    [[1, 2], '(top level): expected an object of settings'],
  ])('refuses %j with one line naming the key at fault, as the JSON Schema does', (value, message) => {
    expect(() => validateConfig(value, 'pareil.config.json')).toThrow(
      new PareilError('bad-option', `pareil.config.json: ${message}`.replace(/ \(known rules.*$/, '')).message.split(' (known rules')[0] as string,
    )
    expect(validSchema(value)).toBe(false)
  })

  it('says so when the file is not JSON', () => {
    writeFileSync(join(dir, 'broken.json'), '{"failOn": ')
    expect(() => readConfig(join(dir, 'broken.json'))).toThrow(/broken\.json: not valid JSON/)
  })

  it('names in its JSON Schema exactly the rules pareil has', () => {
    const names = (schema as {properties: {rules: {propertyNames: {enum: string[]}}}}).properties.rules.propertyNames.enum
    expect([...names].sort()).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  it('accepts what its JSON Schema accepts', () => {
    const good = {$schema: './node_modules/pareil/docs/config.schema.json', rules: {'format-mismatch': 'off'}, lexicon: 'a.tsv', failOn: 'never'}
    expect(validSchema(good)).toBe(true)
    expect(() => validateConfig(good, 'pareil.config.json')).not.toThrow()
  })

  it('ignores files by glob, relative to its folder', () => {
    const config = validateConfig({ignore: ['CHANGELOG.md', 'drafts/**', 'docs/*.fr.md']}, join(dir, 'pareil.config.json'))
    expect(ignores(config, join(dir, 'sub/CHANGELOG.md'))).toBe(true)
    expect(ignores(config, join(dir, 'drafts/2024/letter.md'))).toBe(true)
    expect(ignores(config, join(dir, 'docs/notice.fr.md'))).toBe(true)
    expect(ignores(config, join(dir, 'docs/sub/notice.fr.md'))).toBe(false)
    expect(ignores(config, join(dir, 'letter.md'))).toBe(false)
    expect(globPattern('**/*.md').test('a/b/c.md')).toBe(true)
  })
})

describe('a baseline of known findings', () => {
  const letter = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')})

  it('leaves out the findings it knows, counts them, and keeps a new one', () => {
    const baseline = baselineOf(letter)
    expect(withoutKnown(letter, baseline)).toMatchObject({known: letter.findings.length, report: {findings: [], summary: {errors: 0, warnings: 0, infos: 0}}})
    // The French drops another item: only it is new.
    const edited = readFixture('ministerial-letter-2021.md').replace('sa vente, ', '')
    const next = withoutKnown(check({path: 'letter.md', text: edited}), baseline)
    expect(next.report.findings.map((finding) => finding.message)).toContain(
      'the French enumeration has 5 items where the English has 7; no counterpart for “selling”, “advertising”',
    )
  })

  it('keeps knowing a finding when lines are added above it', () => {
    const moved = check({path: 'letter.md', text: `\n\n${readFixture('ministerial-letter-2021.md')}`})
    expect(withoutKnown(moved, baselineOf(letter)).report.findings).toEqual([])
  })
})

describe('pareil check with a configuration file and a baseline', () => {
  const cliRun = async (args: string[]) => runCli(args, {LANG: 'C'})
  const project = join(dir, 'project')
  mkdirSync(join(project, 'letters'), {recursive: true})
  const letter = join(project, 'letters/letter.md')
  writeFileSync(letter, readFixture('ministerial-letter-2021.md'))

  it('takes the settings found upward, and the command line over them', async () => {
    writeFileSync(join(project, 'pareil.config.json'), JSON.stringify({failOn: 'warning', rules: {'list-mismatch': 'off'}, locale: 'fr'}))
    const configured = await cliRun(['check', letter])
    expect(configured.code).toBe(1)
    expect(configured.stdout).not.toMatch(/list-mismatch/)
    expect(configured.stdout).toMatch(/avertissement/)
    const overridden = await cliRun(['check', letter, '--fail-on', 'never', '--rule', 'list-mismatch=warning', '--locale', 'en'])
    expect(overridden.code).toBe(0)
    expect(overridden.stdout).toMatch(/warning: the French enumeration has 6 items/)
  })

  it('refuses a bad configuration with one line naming the key', async () => {
    writeFileSync(join(project, 'pareil.config.json'), JSON.stringify({failOn: 'loud'}))
    const result = await cliRun(['check', letter, '--locale', 'en'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/pareil\.config\.json: failOn: expected one of error, warning, info, never, got "loud"\n$/)
  })

  it('does not check a file its ignore patterns name, and says so', async () => {
    writeFileSync(join(project, 'pareil.config.json'), JSON.stringify({ignore: ['letters/**']}))
    const result = await cliRun(['check', letter])
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(result.stderr).toMatch(/letter\.md: not checked: .*pareil\.config\.json ignores it/)
  })

  it('writes a baseline and then fails only on new findings', async () => {
    writeFileSync(join(project, 'pareil.config.json'), '{}')
    const baseline = join(project, 'pareil-baseline.json')
    expect((await cliRun(['check', letter, '--write-baseline', baseline, '--fail-on', 'warning'])).code).toBe(1)
    const known = await cliRun(['check', letter, '--baseline', baseline, '--fail-on', 'warning'])
    expect(known.code).toBe(0)
    expect(known.stderr).toMatch(/11 known findings of .*pareil-baseline\.json not shown/)
    writeFileSync(letter, readFixture('ministerial-letter-2021.md').replace('sa vente, ', ''))
    const changed = await cliRun(['check', letter, '--baseline', baseline, '--fail-on', 'warning'])
    expect(changed.code).toBe(1)
    expect(changed.stdout).toMatch(/the French enumeration has 5 items where the English has 7/)
  })
})

describe('configuration and baseline messages in French', () => {
  it('refuses a bad configuration in French, naming the key', async () => {
    const project = join(dir, 'fr-project')
    mkdirSync(project, {recursive: true})
    writeFileSync(join(project, 'pareil.config.json'), JSON.stringify({locale: 'de'}))
    writeFileSync(join(project, 'letter.md'), readFixture('ministerial-letter-2021.md'))
    const {code, stderr} = runCli(['check', join(project, 'letter.md'), '--locale', 'fr'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/pareil\.config\.json\u00a0: locale\u00a0: /)
    expect(stderr).not.toMatch(/expected/)
  })
})
