import {readFileSync} from 'node:fs'
import ajvDraft04 from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import type {Rule} from '../../src/check/rule.js'
import {rules as pareilRules} from '../../src/check/rules/index.js'
import {check} from '../../src/index.js'
import {pathUri} from '../../src/report/sarif/artifacts.js'
import type {SarifLocation, SarifLog, SarifResult} from '../../src/report/sarif/types.js'
import {formatSarif, sarifFormatter} from '../../src/report/sarif.js'
import type {Finding, Report, Span} from '../../src/types.js'
import {fixturePath, readFixture} from '../helpers.js'

// The official SARIF 2.1.0 schema (JSON Schema draft 04), with its formats checked (`helpUri` must be an absolute URI).
// Its `language` pattern is no valid Unicode regular expression, hence `unicodeRegExp: false`.
const sarifSchema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object
// A CommonJS module: its class is the default export's `default` under NodeNext's typing, and at run time too.
const ajv = new ajvDraft04.default({allErrors: true, strict: false, unicodeRegExp: false})
ajv.addFormat('uri', (value: string) => URL.canParse(value))
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.invalid/') && !/\s/.test(value))
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
const validateSarif = ajv.compile(sarifSchema)

function sarifOf(report: Report): SarifLog {
  const log = JSON.parse(formatSarif(report)) as SarifLog
  expect(validateSarif(log) ? '' : ajv.errorsText(validateSarif.errors)).toBe('')
  return log
}

const letter = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')})

function resultFor(log: SarifLog, report: Report, pick: (finding: Finding) => boolean): {result: SarifResult; finding: Finding} {
  const index = report.findings.findIndex(pick)
  const result = log.runs[0].results[index]
  const finding = report.findings[index]
  if (result === undefined || finding === undefined) throw new Error('no such finding')
  return {result, finding}
}

/** The region a text span must have: the report's own lines, columns and offsets. */
function regionOf(span: Span) {
  const {start, end} = span.position
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
  }
}

function region(location: SarifLocation | undefined) {
  return location?.physicalLocation.region
}

describe('the SARIF schema as the tests use it', () => {
  it('refuses what SARIF forbids: a result without a message, a relative helpUri, a column 0', () => {
    const log = (rule: object, result: object) => ({version: '2.1.0', runs: [{tool: {driver: {name: 'pareil', rules: [rule]}}, results: [result]}]})
    expect(validateSarif(log({id: 'a', helpUri: 'https://example.org/a'}, {message: {text: 'm'}}))).toBe(true)
    expect(validateSarif(log({id: 'a'}, {ruleId: 'a'}))).toBe(false)
    expect(validateSarif(log({id: 'a', helpUri: 'docs/rules/a.md'}, {message: {text: 'm'}}))).toBe(false)
    const located = {message: {text: 'm'}, locations: [{physicalLocation: {artifactLocation: {uri: 'a.md'}, region: {startLine: 1, startColumn: 0}}}]}
    expect(validateSarif(log({id: 'a'}, located))).toBe(false)
  })
})

describe('--format sarif on the seed letter', () => {
  const log = sarifOf(letter)
  const run = log.runs[0]

  it('is one run of pareil, with its version, every rule and the source as an artifact', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    expect(run.tool.driver).toMatchObject({name: 'pareil', version: letter.tool.version, semanticVersion: letter.tool.version})
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.artifacts).toEqual([{location: {uri: 'fixtures/ministerial-letter-2021.md'}, mimeType: 'text/markdown', properties: {format: 'markdown'}}])
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(pareilRules.map((rule) => rule.meta.id))
  })

  it('describes each rule with its description, default level, category and an absolute help URI of its docs page', () => {
    const levels = {error: 'error', warning: 'warning', info: 'note'}
    for (const [i, {meta}] of pareilRules.entries()) {
      const rule = run.tool.driver.rules[i]
      expect(rule?.shortDescription?.text).toBe(meta.description)
      expect(rule?.defaultConfiguration?.level).toBe(levels[meta.defaultSeverity])
      expect(rule?.properties.category).toBe(meta.category)
      expect(rule?.helpUri).toBe(`https://cdn.jsdelivr.net/npm/pareil@${letter.tool.version}/docs/rules/${meta.id}.md`)
    }
    expect(run.tool.driver.rules.find((rule) => rule.id === 'omitted-content')?.properties['problem.severity']).toBe('error')
  })

  it('gives one result per finding, at its level, pointing at its rule', () => {
    const levels = {error: 'error', warning: 'warning', info: 'note'}
    expect(run.results).toHaveLength(letter.findings.length)
    for (const [i, finding] of letter.findings.entries()) {
      const result = run.results[i]
      expect(result?.ruleId).toBe(finding.rule)
      expect(run.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe(finding.rule)
      expect(result?.level).toBe(levels[finding.severity])
      expect(result?.message.text.startsWith(finding.message)).toBe(true)
      expect(result?.properties.confidence).toBe(finding.confidence)
    }
    expect(run.results.map((result) => result.level)).toContain('note')
  })

  it('places each result at the side that has text, the other side as a related location', () => {
    for (const [i, finding] of letter.findings.entries()) {
      const result = run.results[i] as SarifResult
      const [lead, other] = finding.en !== null && finding.en.text !== '' ? [finding.en, finding.fr] : [finding.fr, finding.en]
      if (lead === null || other === null) throw new Error('the letter has no document-level finding')
      expect(region(result.locations[0])).toMatchObject(regionOf(lead))
      expect(region(result.relatedLocations?.[0])).toMatchObject(regionOf(other))
      expect(result.relatedLocations?.[0]?.id).toBe(1)
      expect(result.message.text).toContain('](1)')
    }
  })

  it('locates the MRA at the report’s line and column, the French sentence as related', () => {
    const {result, finding} = resultFor(log, letter, (f) => f.rule === 'term-consistency' && f.en?.text === 'MRA')
    expect(region(result.locations[0])).toEqual({...regionOf(finding.en as Span), snippet: {text: 'MRA'}})
    expect(region(result.locations[0])).toMatchObject({startLine: 38, startColumn: 251, endColumn: 254})
    expect(result.relatedLocations?.[0]?.message?.text).toMatch(/^French: line 96, column 1$/)
    expect(result.message.text).toMatch(/\(French: \[line 96, column 1\]\(1\); also \[unmatched-content\]\(2\)\)$/)
    expect(result.relatedLocations?.[1]?.message?.text).toMatch(/^unmatched-content \(info\): /)
  })

  it('locates the missing “advertising” on the English enumeration, with the rule that also saw it', () => {
    const {result, finding} = resultFor(log, letter, (f) => f.rule === 'list-mismatch' && f.message.includes('advertising'))
    expect(result.level).toBe('warning')
    expect(region(result.locations[0])).toMatchObject(regionOf(finding.en as Span))
    expect(region(result.locations[0])?.startLine).toBe(28)
    expect(region(result.relatedLocations?.[0])).toMatchObject(regionOf(finding.fr as Span))
    const related = finding.related?.[0]
    expect(related?.rule).toBe('unmatched-content')
    expect(result.relatedLocations?.[1]?.message?.text).toBe(`unmatched-content (${related?.severity}): ${related?.message}`)
  })

  it('locates “Canada”, added in the French, in the French; the English place where it would be is related', () => {
    const {result, finding} = resultFor(log, letter, (f) => f.rule === 'added-content' && f.fr?.text === 'Canada')
    expect(region(result.locations[0])).toEqual({
      startLine: 86,
      startColumn: 1,
      endLine: 86,
      endColumn: 7,
      charOffset: finding.fr?.position.start.offset,
      charLength: 6,
      snippet: {text: 'Canada'},
    })
    const english = result.relatedLocations?.[0]
    expect(region(english)).toMatchObject({...regionOf(finding.en as Span), charLength: 0})
    expect(region(english)?.snippet).toBeUndefined()
    expect(english?.message?.text).toBe('English, where it would be: line 28, column 678')
    expect(result.message.text).toMatch(/\(English, where it would be: \[line 28, column 678\]\(1\)\)$/)
  })

  it('fingerprints each finding by its rule, path and texts: stable across runs and edits above it, distinct between findings', () => {
    const fingerprint = (result: SarifResult) => result.partialFingerprints['pareilFindingHash/v1']
    const prints = run.results.map(fingerprint)
    expect(new Set(prints).size).toBe(prints.length)
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{16}:1$/)
    const again = sarifOf(check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}))
    expect(again.runs[0].results.map(fingerprint)).toEqual(prints)
    // Two blank lines at the top move every finding two lines down and keep every fingerprint.
    const shifted = check({path: 'fixtures/ministerial-letter-2021.md', text: `\n\n${readFixture('ministerial-letter-2021.md')}`})
    const moved = sarifOf(shifted).runs[0].results
    expect(moved.map(fingerprint)).toEqual(prints)
    expect(region(moved[0]?.locations[0])?.startLine).toBe((region(run.results[0]?.locations[0])?.startLine ?? 0) + 2)
  })

  it('writes the same through the formatter contract', () => {
    expect(sarifFormatter.id).toBe('sarif')
    expect(sarifFormatter.check?.(letter, {color: false})).toBe(formatSarif(letter))
    expect(sarifFormatter.rules).toBeUndefined()
  })
})

describe('--format sarif on other documents', () => {
  it('gives a clean document a valid log with no results', () => {
    const report = check({path: 'fixtures/layouts/halves-short.md', text: readFixture('layouts/halves-short.md')})
    expect(report.findings).toEqual([])
    const run = sarifOf(report).runs[0]
    expect(run.results).toEqual([])
    expect(run.tool.driver.rules).toHaveLength(pareilRules.length)
  })

  it('locates the missing translation of an English-only document in it', () => {
    const report = check({path: 'fixtures/briefing-note-ocse.md', text: readFixture('briefing-note-ocse.md')})
    const result = sarifOf(report).runs[0].results[0]
    expect(result?.ruleId).toBe('missing-translation')
    expect(result?.level).toBe('error')
    expect(result?.locations[0].physicalLocation.artifactLocation).toEqual({uri: 'fixtures/briefing-note-ocse.md', index: 0})
    expect(region(result?.locations[0])).toMatchObject({startLine: 1, startColumn: 1})
    expect(result?.relatedLocations).toBeUndefined()
  })

  it('points a finding with no span at the first line of the first source, and says so', () => {
    const wholeDocument: Rule = {
      meta: {
        id: 'whole-document',
        category: 'structure',
        defaultSeverity: 'warning',
        description: 'Test rule.',
        docs: {url: 'https://example.org/rules/whole-document'},
      },
      check: (context) => context.report({message: 'something about the whole document', confidence: 0.9, en: null, fr: null}),
    }
    const report = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}, {ruleSet: [wholeDocument]})
    const run = sarifOf(report).runs[0]
    const result = run.results[0] as SarifResult
    expect(result.locations[0]).toEqual({
      physicalLocation: {artifactLocation: {uri: 'fixtures/ministerial-letter-2021.md', index: 0}, region: {startLine: 1}},
      message: {text: 'the document as a whole'},
    })
    expect(result.message.text).toBe('something about the whole document (about the document as a whole)')
    // A rule of yours is described after pareil's, with the page its meta gives.
    expect(run.tool.driver.rules[result.ruleIndex]).toMatchObject({id: 'whole-document', helpUri: 'https://example.org/rules/whole-document'})
    expect(result.ruleIndex).toBe(pareilRules.length)
  })

  it('counts columns and offsets in UTF-16 code units, as JavaScript strings and pareil’s positions do', () => {
    const french =
      'Le stationnement de la rue Main sera fermé pour des réparations du lundi au vendredi. Café ☕ et 🍁 érable : les frais sont de 30 dollars par semaine.'
    const text = `# Parking notice\n\nThe parking lot on Main Street will be closed for repairs from Monday to Friday. The fee is 25 dollars per week.\n\n# Avis de stationnement\n\n${french}\n`
    const report = check({path: 'notice.md', text})
    const log = sarifOf(report)
    const {result} = resultFor(log, report, (f) => f.rule === 'number-mismatch')
    const thirty = region(result.relatedLocations?.[0])
    const before = french.slice(0, french.indexOf('30'))
    expect(thirty).toMatchObject({
      startLine: 7,
      startColumn: before.length + 1,
      endColumn: before.length + 3,
      charOffset: text.indexOf('30 dollars'),
      charLength: 2,
    })
    // The maple leaf is two code units and one code point: a count of code points would be one column short.
    expect([...before].length).toBe(before.length - 1)
  })

  it('names the source in a related place of another file', () => {
    const report = check([
      {path: 'fixtures/layouts/separate-en.md', text: readFixture('layouts/separate-en.md')},
      {path: 'fixtures/layouts/separate-fr.md', text: readFixture('layouts/separate-fr.md')},
    ])
    const run = sarifOf(report).runs[0]
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual(['fixtures/layouts/separate-en.md', 'fixtures/layouts/separate-fr.md'])
    for (const [i, finding] of report.findings.entries()) {
      const result = run.results[i] as SarifResult
      const lead = finding.en !== null && finding.en.text !== '' ? finding.en : finding.fr
      expect(result.locations[0].physicalLocation.artifactLocation.index).toBe(lead?.source ?? 0)
      const other = result.relatedLocations?.[0]
      if (other !== undefined && other.physicalLocation.artifactLocation.index !== lead?.source) {
        expect(other.message?.text).toContain(report.sources[other.physicalLocation.artifactLocation.index]?.path)
      }
    }
  })
})

describe('--format sarif on a Word document', () => {
  const report = check({path: 'fixtures/formats/letter.docx', bytes: readFileSync(fixturePath('formats/letter.docx'))})
  const log = sarifOf(report)
  const run = log.runs[0]

  it('points at the file without a region, its positions being into pareil’s rendering, and gives Word’s place instead', () => {
    expect(run.artifacts[0]).toEqual({
      location: {uri: 'fixtures/formats/letter.docx'},
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      properties: {format: 'docx'},
    })
    expect(run.results).toHaveLength(report.findings.length)
    for (const result of run.results) {
      for (const location of [...result.locations, ...(result.relatedLocations ?? [])]) expect(location.physicalLocation.region).toBeUndefined()
    }
    const {result, finding} = resultFor(log, report, (f) => f.rule === 'list-mismatch')
    expect(finding.en?.place).toBe('paragraph 10, character 192')
    expect(result.locations[0]).toEqual({
      physicalLocation: {artifactLocation: {uri: 'fixtures/formats/letter.docx', index: 0}},
      logicalLocations: [{name: 'paragraph 10, character 192'}],
    })
    expect(result.relatedLocations?.[0]?.logicalLocations).toEqual([{name: 'paragraph 32, character 307'}])
    expect(result.message.text).toContain('(English: paragraph 10, character 192; French: [paragraph 32, character 307](1)')
  })

  it('passes what the reader noticed of the document on as notifications', () => {
    const tracked = check({path: 'tracked.docx', bytes: readFileSync(fixturePath('formats/docx-tracked-changes.docx'))})
    const notifications = sarifOf(tracked).runs[0].invocations[0]?.toolExecutionNotifications
    expect(notifications).toEqual([
      {
        level: 'note',
        message: {text: tracked.sources[0]?.notices?.[0]},
        locations: [{physicalLocation: {artifactLocation: {uri: 'tracked.docx', index: 0}}}],
      },
    ])
    expect(run.invocations).toEqual([{executionSuccessful: true}])
  })
})

describe('--format sarif on a PDF', () => {
  it('points at the file with the page, line and column instead of a region', () => {
    const report = check({path: 'fixtures/formats/letter.pdf', bytes: readFileSync(fixturePath('formats/letter.pdf'))})
    const run = sarifOf(report).runs[0]
    expect(run.artifacts[0]?.mimeType).toBe('application/pdf')
    expect(run.results.length).toBeGreaterThan(0)
    for (const [i, finding] of report.findings.entries()) {
      const result = run.results[i] as SarifResult
      const lead = finding.en !== null && finding.en.text !== '' ? finding.en : finding.fr
      expect(result.locations[0].physicalLocation.region).toBeUndefined()
      expect(lead?.place).toMatch(/^page \d+, line \d+, column \d+/)
      expect(result.locations[0].logicalLocations).toEqual([{name: lead?.place}])
      expect(result.message.text).toContain(`: ${lead?.place}`)
    }
  })
})

describe('source paths as URIs', () => {
  it('keeps relative paths relative, encodes what a URI cannot hold and makes absolute paths file URIs', () => {
    expect(pathUri('docs/letter.md')).toBe('docs/letter.md')
    expect(pathUri('./docs/letter.md')).toBe('docs/letter.md')
    expect(pathUri('lettres/lettre ministérielle #2.md')).toBe('lettres/lettre%20minist%C3%A9rielle%20%232.md')
    expect(pathUri('/home/me/letter.md')).toBe('file:///home/me/letter.md')
    expect(pathUri('C:\\Users\\me\\letter.md')).toBe('file:///C:/Users/me/letter.md')
    expect(pathUri('docs\\letter.md')).toBe('docs/letter.md')
  })
})
