// Property-based fuzzing of the whole pipeline through the public API, and of its layers that have a public
// function: generated bilingual documents (tests/fuzz/generators.ts) and mutations of the seed letter.
// Deterministic: every property runs with the same seed (PAREIL_FUZZ_SEED picks another, PAREIL_FUZZ_SCALE runs more).
import {readFileSync} from 'node:fs'
import ajvDraft04 from 'ajv-draft-04'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {SaxesParser} from 'saxes'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {
  align,
  alignInputs,
  builtinFormatters,
  check,
  detectLayout,
  formatJson,
  type FormatOptions,
  PareilError,
  read,
  type Report,
  type SourceInput,
  splitSentences,
} from '../../src/index.js'
import type {DetectionReport, Point, Position, Span} from '../../src/types.js'
import {mappingProblems, produces as producesLf, schemaErrors} from '../helpers.js'
import {anyText, bilingualHtml, bilingualMarkdown, type GeneratedInput, mutatedLetter, runs, segment, sentenceText, timeout} from './generators.js'

// ---------------------------------------------------------------------------------------------------------------
// Oracles

/**
 * tests/helpers.ts's `produces`, with the line endings of a file whose lines end in a lone CR (`\r`, `  \r`, `\\\r`) read
 * as `\n`, and hard breaks that end in block quote markers.
 */
function produces(slice: string, text: string): boolean {
  if (producesLf(slice, text)) return true
  // HTML collapses any white space, a tab or a form feed included, into a space.
  if (text === ' ' && /^[\t\f]$/.test(slice)) return true
  // Markdown reads a NUL as the replacement character.
  if (text === '\uFFFD' && slice === '\u0000') return true
  if (text !== '\n') return false
  // A hard break in a block quote may take the next line's markers with it ("   \n> "): harmless, they produce nothing.
  return /^(?:[ \t]{2,}|\\)?\r$/.test(slice) || /^(?:[ \t]{2,}|\\)(?:\r\n|\r|\n)(?:[ \t]*>)+[ \t]*$/.test(slice)
}

const refusalCodes = new Set([
  'not-found',
  'not-a-file',
  'unreadable',
  'empty',
  'too-large',
  'binary',
  'encoding',
  'not-markdown',
  'no-text',
  'bad-input',
  'bad-option',
])

/** Runs `work`; a PareilError (a refusal of the input) is returned after checking it reads as one clear line. */
function orRefusal<T>(work: () => T): T | PareilError {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof PareilError)) throw error
    expect(refusalCodes.has(error.code), `unknown code ${error.code}`).toBe(true)
    expect(error.message.trim(), 'a refusal says why').not.toBe('')
    expect(error.message, 'a refusal is one line').not.toMatch(/[\r\n]/)
    return error
  }
}

/** Where each line starts, with the line endings vfile-location knows: \r\n, \r and \n. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

/** What is wrong with a point of a source: '' when it lies inside the text and its line and column agree with its offset. */
function pointProblem(point: Point, text: string, starts: readonly number[]): string {
  const {line, column, offset} = point
  if (![line, column, offset].every(Number.isInteger)) return `not integers: ${JSON.stringify(point)}`
  if (offset < 0 || offset > text.length) return `offset ${offset} outside 0..${text.length}`
  if (line < 1 || line > starts.length) return `line ${line} outside 1..${starts.length}`
  let expectedLine = 1
  while (expectedLine < starts.length && (starts[expectedLine] as number) <= offset) expectedLine++
  const expectedColumn = offset - (starts[expectedLine - 1] as number) + 1
  if (line !== expectedLine || column !== expectedColumn) {
    return `offset ${offset} is ${expectedLine}:${expectedColumn}, not ${line}:${column}`
  }
  return ''
}

function positionProblems(position: Position, text: string, starts: readonly number[], label: string): string[] {
  const problems = [pointProblem(position.start, text, starts), pointProblem(position.end, text, starts)]
    .filter((problem) => problem !== '')
    .map((problem) => `${label}: ${problem}`)
  if (position.start.offset > position.end.offset) problems.push(`${label}: starts at ${position.start.offset} after its end ${position.end.offset}`)
  return problems
}

/** Every position the report gives (blocks, parts, sentence pairs, findings and related findings) checked against its source. */
function reportPositionProblems(report: Report | DetectionReport, texts: readonly string[]): string[] {
  const starts = texts.map(lineStarts)
  const problems: string[] = []
  const inSource = (source: number, position: Position, label: string) => {
    const text = texts[source]
    if (text === undefined) {
      problems.push(`${label}: source ${source} of ${texts.length}`)
      return
    }
    problems.push(...positionProblems(position, text, starts[source] as number[], label))
  }
  const span = (value: Span | null, label: string) => {
    if (value === null) return
    inSource(value.source, value.position, label)
    // Text that shows comes from somewhere: a span with text covers some of its source.
    if (/\S/.test(value.text) && value.position.end.offset <= value.position.start.offset) {
      problems.push(`${label}: ${JSON.stringify(value.text.slice(0, 40))} covers no source (${value.position.start.offset}..${value.position.end.offset})`)
    }
  }
  for (const block of report.blocks) inSource(block.source, block.position, `block ${block.id}`)
  report.parts.forEach((part, i) => inSource(part.source, part.position, `part ${i}`))
  if ('pairs' in report) {
    report.pairs.forEach((pair, i) =>
      pair.sentences.forEach((bead, j) => {
        bead.en.forEach((value, k) => span(value, `pair ${i} sentence ${j} en ${k}`))
        bead.fr.forEach((value, k) => span(value, `pair ${i} sentence ${j} fr ${k}`))
      }),
    )
    report.findings.forEach((finding, i) => {
      span(finding.en, `finding ${i} (${finding.rule}) en`)
      span(finding.fr, `finding ${i} (${finding.rule}) fr`)
      finding.related?.forEach((related, j) => {
        span(related.en, `finding ${i} related ${j} (${related.rule}) en`)
        span(related.fr, `finding ${i} related ${j} (${related.rule}) fr`)
      })
    })
  }
  return problems
}

const sarifSchema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object
const sarifAjv = new ajvDraft04.default({allErrors: true, strict: false, unicodeRegExp: false})
sarifAjv.addFormat('uri', (value: string) => URL.canParse(value))
sarifAjv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.invalid/') && !/\s/.test(value))
sarifAjv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
const validateSarif = sarifAjv.compile(sarifSchema)

/** The first well-formedness error of an XML text ('' when well-formed). */
function xmlProblem(xml: string): string {
  let problem = ''
  const parser = new SaxesParser({xmlns: true})
  parser.on('error', (error) => {
    if (problem === '') problem = error.message
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    if (problem === '') problem = String(error)
  }
  return problem
}

/** What is wrong with what one formatter wrote ('' when nothing). */
function outputProblem(id: string, output: string | Uint8Array, findings: number): string {
  const text = typeof output === 'string' ? output : new TextDecoder().decode(output)
  if (text.length === 0 && !(id === 'jsonl' && findings === 0)) return `${id}: empty output`
  if (id === 'json') {
    const parsed: unknown = JSON.parse(text)
    const errors = schemaErrors(parsed)
    return errors === '' ? '' : `json: schema: ${errors}`
  }
  if (id === 'jsonl') {
    // One finding per line; a check with no finding writes nothing.
    const lines = text.split('\n').filter((entry) => entry !== '')
    for (const line of lines) JSON.parse(line)
    return lines.length === findings ? '' : `jsonl: ${lines.length} lines for ${findings} findings`
  }
  if (id === 'sarif') return validateSarif(JSON.parse(text)) ? '' : `sarif: schema: ${sarifAjv.errorsText(validateSarif.errors)}`
  if (id === 'xliff' || id === 'tmx') {
    const problem = xmlProblem(text)
    return problem === '' ? '' : `${id}: not well-formed XML: ${problem}`
  }
  if (id === 'html') {
    // The document's own text must not turn into markup of the report: no handlers, no script that runs it.
    const problems: string[] = []
    visit(fromHtml(text), 'element', (node) => {
      for (const name of Object.keys(node.properties)) if (/^on/i.test(name)) problems.push(`html: <${node.tagName} ${name}>`)
      if (node.tagName === 'script' && JSON.stringify(node.children).includes('alert(')) problems.push('html: a script of the document runs')
    })
    return problems.join('; ')
  }
  return ''
}

const formatOptions: FormatOptions[] = [{color: false}, {color: true, locale: 'fr', xliffVersion: '1.2'}]

/** Renders the report with every built-in formatter that writes check reports and returns what is wrong ('' when nothing). */
function formatterProblems(report: Report, options: FormatOptions): string[] {
  const problems: string[] = []
  for (const formatter of builtinFormatters) {
    if (formatter.check === undefined) continue
    const output = formatter.check(report, options)
    const problem = outputProblem(formatter.id, output, report.findings.length)
    if (problem !== '') problems.push(problem)
  }
  return problems
}

function inputsOf(input: SourceInput | readonly SourceInput[]): readonly SourceInput[] {
  return Array.isArray(input) ? input : [input as SourceInput]
}

/** The texts findings point into: the documents as read, as check() reads them. */
function sourceTexts(input: SourceInput | readonly SourceInput[]): string[] {
  return read(inputsOf(input)).map((document) => document.source.text)
}

/** The whole check on one input, and every property of its report. */
function checkProperties(input: GeneratedInput['input'], {formatters = false}: {formatters?: boolean} = {}): Report | PareilError {
  const report = orRefusal(() => check(input as Parameters<typeof check>[0]))
  if (report instanceof PareilError) return report
  expect(reportPositionProblems(report, sourceTexts(input))).toEqual([])
  const json = formatJson(report)
  const parsed: unknown = JSON.parse(json)
  expect(schemaErrors(parsed)).toBe('')
  expect(report.summary).toEqual({
    errors: report.findings.filter((finding) => finding.severity === 'error').length,
    warnings: report.findings.filter((finding) => finding.severity === 'warning').length,
    infos: report.findings.filter((finding) => finding.severity === 'info').length,
  })
  if (formatters) for (const options of formatOptions) expect(formatterProblems(report, options)).toEqual([])
  return report
}

// ---------------------------------------------------------------------------------------------------------------
// The whole pipeline

describe('check() on generated bilingual Markdown', () => {
  it(
    'reports without throwing, with positions inside the sources and a report the schema accepts',
    () => {
      fc.assert(
        fc.property(bilingualMarkdown, ({input}) => {
          // A generated document holds prose, unless every block came out as code: only that may be refused.
          const report = checkProperties(input)
          if (report instanceof PareilError) expect(report.code).toBe('no-text')
        }),
        runs(60),
      )
    },
    timeout(60_000),
  )

  it(
    'gives a report every formatter renders: JSON and SARIF valid, JSON Lines parse, XLIFF and TMX well-formed, HTML inert',
    () => {
      fc.assert(
        fc.property(bilingualMarkdown, ({input}) => {
          checkProperties(input, {formatters: true})
        }),
        runs(25),
      )
    },
    timeout(60_000),
  )
})

describe('check() on generated bilingual HTML', () => {
  it(
    'reports without throwing, with positions inside the source and a valid report',
    () => {
      fc.assert(
        fc.property(bilingualHtml, ({input}) => {
          checkProperties(input, {formatters: true})
        }),
        runs(30),
      )
    },
    timeout(60_000),
  )
})

describe('check(): known bugs', () => {
  /** The findings' spans that have text but cover no source. */
  const emptySpans = (input: SourceInput) =>
    check(input)
      .findings.flatMap((finding) => [finding.en, finding.fr])
      .filter((span): span is Span => span !== null && span.position.start.offset === span.position.end.offset)
      .map((span) => span.text)

  // Was: a finding after a tab pointed at the end of the paragraph, with no width.
  it('a finding after a tab in HTML covers its text', () => {
    const text =
      '<html lang="en"><body><p>The fee is\tset at 25 dollars for 2021.</p><p lang="fr">Les frais sont fixés à 30 dollars pour 2021.</p></body></html>'
    expect(emptySpans({path: 'fee.html', text})).toEqual([])
  })

  // Was: a finding after a NUL pointed at the end of the paragraph, with no width.
  it('a finding after a NUL in a Markdown text input covers its text', () => {
    const text = 'The fee is set\u0000 at 25 dollars for 2021.\n\nLes frais sont fixés à 30 dollars pour 2021.\n'
    expect(emptySpans({path: 'fee.md', text})).toEqual([])
  })
})

describe('check() on the letter mutated', () => {
  it(
    'reports or refuses with one clear line; positions stay inside the source; the report is valid',
    () => {
      fc.assert(
        fc.property(mutatedLetter, ({input}) => {
          checkProperties(input)
        }),
        runs(30),
      )
    },
    timeout(90_000),
  )

  it(
    'detectLayout() places every block and part inside the source',
    () => {
      fc.assert(
        fc.property(fc.oneof(mutatedLetter, bilingualMarkdown), ({input}) => {
          const report = orRefusal(() => detectLayout(input as Parameters<typeof detectLayout>[0]))
          if (report instanceof PareilError) return
          expect(reportPositionProblems(report, sourceTexts(input))).toEqual([])
        }),
        runs(60),
      )
    },
    timeout(60_000),
  )
})

// ---------------------------------------------------------------------------------------------------------------
// The layers

/** The mapping problems of every block of one input read in one format ('' when none). */
function readerProblems(text: string, format: 'markdown' | 'text' | 'html'): string {
  const documents = orRefusal(() => read({path: `any.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : 'html'}`, text, format}))
  if (documents instanceof PareilError) return ''
  const [document] = documents
  if (document === undefined) return 'read() gave no document'
  const source = document.source.text
  const starts = lineStarts(source)
  const problems: string[] = []
  for (const block of document.blocks) {
    problems.push(...positionProblems(block.position, source, starts, block.id))
    for (const mark of block.marks) {
      if (!(0 <= mark.start && mark.start <= mark.end && mark.end <= block.text.length))
        problems.push(`${block.id}: mark ${JSON.stringify(mark)} outside its text`)
    }
    const mapping = mappingProblems(document, block, produces)
    if (mapping !== '') problems.push(mapping)
  }
  return problems.join('\n')
}

describe('readers: bugs the fuzzing found', () => {
  // Was: the hard break mapped to "o  " and the last character to nothing.
  it('markdown: a text input that starts with a BOM maps its blocks onto the source', () => {
    expect(readerProblems('\uFEFFHello  \nworld.\n', 'markdown')).toBe('')
  })

  // Was: the rest of the block mapped to nothing past the NUL (which the parser reads as U+FFFD).
  it('markdown: a NUL in a text input keeps the map of the rest of the block', () => {
    expect(readerProblems('a\u0000b', 'markdown')).toBe('')
  })

  // Was: a fenced code block whose lines end in a lone CR mapped its text to nothing past its end.
  it('markdown: a fenced code block with CR line endings maps its text onto the source', () => {
    expect(readerProblems('```\rA\r```\r', 'markdown')).toBe('')
  })

  // Was: the rest of the block mapped to nothing after its end ("<p>x\ty z</p>").
  it('html: a tab between words keeps the map of the rest of the block', () => {
    expect(readerProblems('<p>x\ty z</p>', 'html')).toBe('')
  })

  // Was: the same, after two backslashes before a line break (HTML has no backslash escapes).
  it('html: two backslashes before a line break keep the map of the rest of the block', () => {
    expect(readerProblems('<p>C:\\\\\nis a folder</p>', 'html')).toBe('')
  })

  // Was: the same, after a form feed between words.
  it('html: a form feed between words keeps the map of the rest of the block', () => {
    expect(readerProblems('<p>x\fy z</p>', 'html')).toBe('')
  })
})

describe('readers on any text', () => {
  for (const format of ['markdown', 'text', 'html'] as const) {
    it(
      `${format}: reads or refuses; blocks lie inside the source and map their text to source that produces it`,
      () => {
        fc.assert(
          fc.property(anyText, (text) => {
            expect(readerProblems(text, format)).toBe('')
          }),
          runs(150),
        )
      },
      timeout(60_000),
    )
  }

  it(
    'bytes: decodes or refuses with one line, whatever the bytes',
    () => {
      fc.assert(
        fc.property(
          fc.uint8Array({maxLength: 300}),
          fc.constantFrom('any.md', 'any.txt', 'any.html', 'any.xlf', 'any.tmx', 'any.docx', 'any.pdf'),
          (bytes, path) => {
            orRefusal(() => read({path, bytes}))
          },
        ),
        runs(200),
      )
    },
    timeout(30_000),
  )
})

describe('splitSentences', () => {
  it(
    'gives ordered, disjoint, trimmed ranges inside the text that cover every non-space character',
    () => {
      fc.assert(
        fc.property(sentenceText, fc.constantFrom('en' as const, 'fr' as const), (text, lang) => {
          const problems: string[] = []
          const covered = new Uint8Array(text.length)
          let previous = 0
          for (const range of splitSentences(text, lang)) {
            const {start, end} = range
            if (!(previous <= start && start < end && end <= text.length)) problems.push(`range ${start}..${end} after ${previous} in ${text.length}`)
            if (range.text !== text.slice(start, end)) problems.push(`range ${start}..${end} has text ${JSON.stringify(range.text)}`)
            if (range.text !== range.text.trim()) problems.push(`range ${start}..${end} is not trimmed`)
            covered.fill(1, start, end)
            previous = end
          }
          for (let i = 0; i < text.length; i++) {
            if (covered[i] === 0 && !/\s/u.test(text.charAt(i))) problems.push(`character ${i} ${JSON.stringify(text.charAt(i))} is in no sentence`)
          }
          expect(problems).toEqual([])
        }),
        runs(500),
      )
    },
    timeout(30_000),
  )
})

/** Beads cover each index of each side exactly once, in order, none empty, scores in [0, 1]. */
function beadProblems(beads: ReadonlyArray<{en: readonly number[]; fr: readonly number[]; score: number}>, enCount: number, frCount: number): string[] {
  const problems: string[] = []
  const en = beads.flatMap((bead) => bead.en)
  const fr = beads.flatMap((bead) => bead.fr)
  if (JSON.stringify(en) !== JSON.stringify([...Array(enCount).keys()])) problems.push(`en indices ${JSON.stringify(en)} for ${enCount} segments`)
  if (JSON.stringify(fr) !== JSON.stringify([...Array(frCount).keys()])) problems.push(`fr indices ${JSON.stringify(fr)} for ${frCount} segments`)
  beads.forEach((bead, i) => {
    if (bead.en.length === 0 && bead.fr.length === 0) problems.push(`bead ${i} is empty`)
    if (!(bead.score >= 0 && bead.score <= 1)) problems.push(`bead ${i} scores ${bead.score}`)
  })
  return problems
}

describe('align (alignSegments)', () => {
  const options = fc.record(
    {
      band: fc.integer({min: 1, max: 10}),
      learnLexicon: fc.boolean(),
      granularity: fc.constantFrom('sentences' as const, 'paragraphs' as const),
      lexicon: fc.constant(null),
    },
    {requiredKeys: []},
  )

  it(
    'covers each index of each side exactly once, in order',
    () => {
      fc.assert(
        fc.property(fc.array(segment, {maxLength: 30}), fc.array(segment, {maxLength: 30}), options, (en, fr, settings) => {
          expect(beadProblems(align(en, fr, settings), en.length, fr.length)).toEqual([])
        }),
        runs(150),
      )
    },
    timeout(30_000),
  )

  it(
    'covers every index with paragraphs given, paired or not',
    () => {
      const withParagraph = fc.tuple(segment, fc.integer({min: 0, max: 4})).map(([text, paragraph]) => ({text, paragraph}))
      const sorted = (list: Array<{text: string; paragraph: number}>) => list.sort((a, b) => a.paragraph - b.paragraph)
      fc.assert(
        fc.property(
          fc.array(withParagraph, {maxLength: 25}).map(sorted),
          fc.array(withParagraph, {maxLength: 25}).map(sorted),
          fc.boolean(),
          (en, fr, pairedParagraphs) => {
            expect(beadProblems(align(en, fr, {pairedParagraphs}), en.length, fr.length)).toEqual([])
          },
        ),
        runs(100),
      )
    },
    timeout(30_000),
  )

  it(
    'alignInputs, presegmented: beads cover every line',
    () => {
      fc.assert(
        fc.property(fc.array(segment, {minLength: 1, maxLength: 20}), fc.array(segment, {minLength: 1, maxLength: 20}), (en, fr) => {
          const text = (lines: string[]) => lines.map((line) => line.replace(/[\r\n]/g, ' ')).join('\n')
          const report = orRefusal(() => alignInputs({path: 'en.txt', text: text(en)}, {path: 'fr.txt', text: text(fr)}, {presegmented: true}))
          if (report instanceof PareilError) return
          expect(beadProblems(report.beads, report.segments.en.length, report.segments.fr.length)).toEqual([])
          for (const formatter of builtinFormatters) if (formatter.align !== undefined) formatter.align(report, {color: false})
        }),
        runs(60),
      )
    },
    timeout(30_000),
  )
})
