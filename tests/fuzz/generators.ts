// Generators for fuzzing pareil: bilingual documents built from the sentences of the seed letter
// (fixtures/ministerial-letter-2021.md), and mutations of the letter itself.
import fc from 'fast-check'
import type {SourceInput} from '../../src/types.js'
import {readFixture} from '../helpers.js'

/** One seed for every property, so that a run is reproducible; `PAREIL_FUZZ_SEED` picks another. */
export const seed = Number(process.env['PAREIL_FUZZ_SEED'] ?? 20210121)

/** `numRuns` scaled by `PAREIL_FUZZ_SCALE` (default 1) for longer local runs; always the same seed. */
export function runs(numRuns: number): {seed: number; numRuns: number} {
  return {seed, numRuns: Math.max(1, Math.round(numRuns * scale))}
}

const scale = Number(process.env['PAREIL_FUZZ_SCALE'] ?? 1)

/** A test's timeout, scaled with its runs. */
export function timeout(ms: number): number {
  return Math.round(ms * Math.max(1, scale))
}

export const letter = readFixture('ministerial-letter-2021.md')

// The French version starts where the bilingual letterhead comes back.
const frenchStart = letter.indexOf('Minister of Justice  \nand Attorney', 10)
const englishPart = letter.slice(0, frenchStart)
const frenchPart = letter.slice(frenchStart)

function proseParagraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 60 && !paragraph.includes('  \n'))
}

function sentencesOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => paragraph.replace(/\*/g, '').split(/(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«"(])/u))
}

const englishParagraphs = proseParagraphs(englishPart)
const frenchParagraphs = proseParagraphs(frenchPart)

/** The letter's prose paragraphs, English and French, in the same order (they are translations of each other). */
export const parallelParagraphs: ReadonlyArray<readonly [string, string]> = englishParagraphs.map(
  (english, i) => [english.replace(/\*/g, ''), (frenchParagraphs[i] ?? '').replace(/\*/g, '')] as const,
)
export const englishSentences: readonly string[] = sentencesOf(englishParagraphs)
export const frenchSentences: readonly string[] = sentencesOf(frenchParagraphs)

/** The letter's lines, for bases smaller than the whole letter. */
const englishLines = englishPart.split('\n')
const frenchLines = frenchPart.split('\n')

// ---------------------------------------------------------------------------------------------------------------
// Small pieces

export const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))

/** Any text: code points of every plane, lone surrogates, controls, combining marks, RTL, emoji. */
export const randomUnicode = fc.oneof(
  fc.string({unit: 'binary', maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 12}),
  fc.string({unit: 'binary-ascii', maxLength: 12}),
  fc.array(loneSurrogate, {minLength: 1, maxLength: 3}).map((list) => list.join('')),
  fc.constantFrom(
    'e\u0301\u0308',
    'Привет мир',
    '中文字符',
    'مرحبا بالعالم',
    '👩‍👩‍👧‍👦',
    '🇨🇦',
    '\u200b\u200d\u2060',
    '\u202e\u202d',
    '\u00a0\u202f',
    '\t',
    '\f',
    '\v',
  ),
)

export const markupChars = fc.string({
  unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '|', '#', '`', '~', '!', '\\', '&', ';', '-', '+', '=', ':', '"'),
  minLength: 1,
  maxLength: 6,
})

const number = fc.oneof(
  fc.integer({min: 0, max: 1_000_000}).map(String),
  fc.constantFrom('$1,250.50', '1 250,50 $', '22.24', '22,24', '25 %', '25%', 'section 163.1', 'art. 163.1', '1er', '2nd', 'No. 7', 'n° 7', 'C-63', '3/4', '½'),
)
const date = fc.constantFrom(
  'November 25, 2020',
  '25 novembre 2020',
  '2021-01-21',
  'JAN 21 2021',
  'le 1er janvier 2021',
  'January 1st, 2021',
  '21/01/2021',
  'Q3 2021',
)

const url = fc.constantFrom(
  'https://canada.ca',
  'https://www.justice.gc.ca/fra/',
  '/fr/page',
  'mailto:a@b.ca',
  '#top',
  '',
  'javascript:void(0)',
  'https://example.com/a_(b)',
)

/** Dresses a sentence in Markdown: emphasis, links, inline code around a run of its words; numbers, dates and unicode inside. */
function dressed(sentence: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const decoration = fc.oneof(
    fc.constant((words: string) => `*${words}*`),
    fc.constant((words: string) => `**${words}**`),
    fc.constant((words: string) => `_${words}_`),
    fc.constant((words: string) => `\`${words}\``),
    url.map((target) => (words: string) => `[${words}](${target})`),
    url.map((target) => (words: string) => `![${words}](${target}.png)`),
    fc.constant((words: string) => `~~${words}~~`),
    fc.constant((words: string) => `<b>${words}</b>`),
  )
  const insertion = fc.oneof(
    number,
    date,
    randomUnicode,
    fc.constantFrom(
      '<!-- note -->',
      '&amp;',
      '&nbsp;',
      '&#233;',
      '\\*',
      '  \n',
      '<br>',
      '[^1]',
      '{x}',
      '%s',
      '{{name}}',
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
    ),
  )
  return fc
    .tuple(sentence, fc.array(fc.tuple(fc.nat(), fc.nat(4), decoration), {maxLength: 2}), fc.array(fc.tuple(fc.nat(), insertion), {maxLength: 2}))
    .map(([text, decorations, insertions]) => {
      let words = text.split(' ')
      for (const [at, span, decorate] of decorations) {
        const start = at % words.length
        const end = Math.min(words.length, start + span + 1)
        words = [...words.slice(0, start), decorate(words.slice(start, end).join(' ')), ...words.slice(end)]
      }
      for (const [at, inserted] of insertions) words.splice(at % (words.length + 1), 0, inserted)
      return words.join(' ')
    })
}

/** A pair of English and French texts: a paragraph of the letter and its translation, or sentences drawn apart. */
const textPair: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  fc.constantFrom(...parallelParagraphs),
  fc.tuple(fc.constantFrom(...englishSentences), fc.constantFrom(...frenchSentences)),
  fc.tuple(fc.integer({min: 1, max: 3}), fc.nat()).map(([count, at]) => {
    const from = at % Math.max(1, englishSentences.length - count)
    return [englishSentences.slice(from, from + count).join(' '), frenchSentences.slice(from, from + count).join(' ')] as const
  }),
)
const dressedPair: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  {arbitrary: textPair, weight: 2},
  {
    arbitrary: fc.tuple(dressed(textPair.map(([en]) => en)), dressed(textPair.map(([, fr]) => fr))).map(([en, fr]) => [en, fr] as const),
    weight: 3,
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Markdown blocks: a shape, filled once with the English text and once with the French.

type Shape = (text: string, eol: string) => string

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ')
const firstSentence = (text: string) => oneLine(text).split(/(?<=[.!?])\s+/u)[0] ?? text

const shape: fc.Arbitrary<Shape> = fc.oneof(
  {arbitrary: fc.constant<Shape>((text) => text), weight: 4},
  fc.integer({min: 1, max: 6}).map<Shape>((depth) => (text) => `${'#'.repeat(depth)} ${firstSentence(text)}`),
  fc.constant<Shape>((text) => `${firstSentence(text)}\n${'='.repeat(5)}`),
  fc.tuple(fc.constantFrom('-', '*', '+'), fc.integer({min: 1, max: 4})).map<Shape>(([bullet, count]) => (text, eol) => {
    const parts = oneLine(text).split(/(?<=[.;:])\s+/u)
    return Array.from({length: Math.min(count, parts.length)}, (_, i) => `${'  '.repeat(i % 2)}${bullet} ${parts[i]}`).join(eol)
  }),
  fc.integer({min: 1, max: 4}).map<Shape>((count) => (text, eol) => {
    const parts = oneLine(text).split(/(?<=[.;:])\s+/u)
    return Array.from({length: Math.min(count, parts.length)}, (_, i) => `${i + 1}. ${parts[i]}`).join(eol)
  }),
  fc.constant<Shape>((text, eol) => `> ${text.replace(/\r?\n/g, `${eol}> `)}`),
  fc.constant<Shape>((text, eol) => {
    const cells = oneLine(text)
      .split(/,\s+/u)
      .map((cell) => cell.replace(/\|/g, '\\|'))
    return [`| ${cells.slice(0, 2).join(' | ')} |`, `|${' --- |'.repeat(Math.min(2, cells.length))}`, `| ${cells.slice(2, 4).join(' | ') || 'x'} |`].join(eol)
  }),
  fc.constant<Shape>((text, eol) => ['```', oneLine(text), '```'].join(eol)),
  fc.constant<Shape>((text) => `<div>${oneLine(text)}</div>`),
  fc.constant<Shape>((text, eol) => `<!-- pareil-disable-next-block -->${eol}${text}`),
  fc.constant<Shape>((text, eol) => `${text}${eol}${eol}---`),
)

/** A generated bilingual Markdown document (or two documents, one per language). */
export interface GeneratedInput {
  input: SourceInput | readonly [SourceInput, SourceInput]
  /** What the generator made, for messages. */
  layout: string
}

const eolArbitrary = fc.constantFrom('\n', '\n', '\n', '\r\n')

const blocks = fc.array(fc.tuple(shape, dressedPair), {minLength: 1, maxLength: 7})
const junk = fc.array(fc.oneof(randomUnicode, markupChars, number, date), {maxLength: 2})

function withJunk(parts: string[], extra: readonly string[], at: number): string[] {
  if (extra.length === 0) return parts
  const copy = [...parts]
  copy.splice(at % (copy.length + 1), 0, ...extra)
  return copy
}

export const bilingualMarkdown: fc.Arbitrary<GeneratedInput> = fc
  .tuple(
    blocks,
    fc.constantFrom('en-fr-halves', 'fr-en-halves', 'interleaved', 'side-by-side', 'separate', 'monolingual'),
    eolArbitrary,
    junk,
    fc.nat(),
    fc.boolean(),
    fc.constantFrom('doc.md', 'doc.markdown', 'doc.txt', 'doc'),
  )
  .map(([list, layout, eol, extra, at, frontMatter, path]) => {
    const en = list.map(([form, [english]]) => form(english, eol))
    const fr = list.map(([form, [, french]]) => form(french, eol))
    const join = (parts: string[]) => `${frontMatter ? `---${eol}title: Lettre${eol}---${eol}${eol}` : ''}${parts.join(eol + eol)}${eol}`
    if (layout === 'separate') {
      return {
        layout,
        input: [
          {path: `en-${path}`, text: join(withJunk(en, extra, at))},
          {path: `fr-${path}`, text: join(fr)},
        ] as const,
      }
    }
    let parts: string[]
    if (layout === 'en-fr-halves') parts = [...en, ...fr]
    else if (layout === 'fr-en-halves') parts = [...fr, ...en]
    else if (layout === 'interleaved') parts = en.flatMap((block, i) => [block, fr[i] as string])
    else if (layout === 'monolingual') parts = en
    else {
      const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|')
      const rows = list.map(([, [english, french]]) => `| ${cell(english)} | ${cell(french)} |`)
      parts = [['| English | Français |', '| --- | --- |', ...rows].join(eol)]
    }
    return {layout, input: {path, text: join(withJunk(parts, extra, at))}}
  })

// ---------------------------------------------------------------------------------------------------------------
// HTML

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const htmlShape: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.constant((text: string) => `<p>${text}</p>`),
  fc.integer({min: 1, max: 6}).map((depth) => (text: string) => `<h${depth}>${firstSentence(text)}</h${depth}>`),
  fc.constant(
    (text: string) =>
      `<ul>${text
        .split(/(?<=[.;:])\s+/u)
        .map((item) => `<li>${item}</li>`)
        .join('')}</ul>`,
  ),
  fc.constant((text: string) => `<blockquote><p>${text}</p></blockquote>`),
  fc.constant((text: string) => `<table><tr><td>${text.split(/,\s+/u).join('</td><td>')}</td></tr></table>`),
  fc.constant((text: string) => `<p><em>${text}</em> <a href="https://canada.ca">lien</a></p>`),
  fc.constant((text: string) => `<pre><code>${text}</code></pre>`),
  fc.constant((text: string) => `<div><span>${text}</span><br>${text.slice(0, 20)}</div>`),
  fc.constant((text: string) => `<script>var a = "${text.slice(0, 30)}"</script><p>${text}`),
)

export const bilingualHtml: fc.Arbitrary<GeneratedInput> = fc
  .tuple(fc.array(fc.tuple(htmlShape, textPair), {minLength: 1, maxLength: 6}), fc.boolean(), fc.constantFrom('halves', 'lang-divs', 'interleaved'), junk)
  .map(([list, escape, layout, extra]) => {
    const clean = (text: string) => (escape ? escapeHtml(text) : text)
    const en = list.map(([form, [english]]) => form(clean(english)))
    const fr = list.map(([form, [, french]]) => form(clean(french)))
    const body =
      layout === 'lang-divs'
        ? `<div lang="en">${en.join('\n')}</div>\n<div lang="fr">${fr.join('\n')}</div>`
        : layout === 'interleaved'
          ? en.map((block, i) => `${block}\n${fr[i]}`).join('\n')
          : [...en, ...fr].join('\n')
    const text = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Lettre</title></head>\n<body>\n${body}\n${extra.join('')}\n</body></html>\n`
    return {layout: `html ${layout}`, input: {path: 'doc.html', text}}
  })

// ---------------------------------------------------------------------------------------------------------------
// Mutations of the letter

type Mutation = (text: string) => string

const splice = (text: string, at: number, remove: number, insert: string) => {
  const index = at % (text.length + 1)
  return text.slice(0, index) + insert + text.slice(index + remove)
}
const onLines = (edit: (lines: string[]) => string[]) => (text: string) => edit(text.split('\n')).join('\n')

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map<Mutation>((at) => onLines((lines) => lines.filter((_, i) => i !== at % lines.length))),
  fc.nat().map<Mutation>((at) => onLines((lines) => lines.flatMap((line, i) => (i === at % lines.length ? [line, line] : [line])))),
  fc.tuple(fc.nat(), fc.nat()).map<Mutation>(([a, b]) =>
    onLines((lines) => {
      const copy = [...lines]
      const i = a % copy.length
      const j = b % copy.length
      ;[copy[i], copy[j]] = [copy[j] as string, copy[i] as string]
      return copy
    }),
  ),
  fc.tuple(fc.nat(), randomUnicode).map<Mutation>(
    ([at, inserted]) =>
      (text) =>
        splice(text, at, 0, inserted),
  ),
  fc.tuple(fc.nat(), markupChars).map<Mutation>(
    ([at, inserted]) =>
      (text) =>
        splice(text, at, 0, inserted),
  ),
  fc.tuple(fc.nat(), fc.nat(20)).map<Mutation>(
    ([at, remove]) =>
      (text) =>
        splice(text, at, remove, ''),
  ),
  fc.constant<Mutation>((text) => text.replace(/\r?\n/g, '\r\n')),
  fc.constant<Mutation>((text) => text.replace(/\r?\n/g, '\r')),
  fc.constant<Mutation>((text) => `\uFEFF${text}`),
  fc.nat().map<Mutation>((at) => (text) => splice(text, at, 0, '\u0000')),
  fc.tuple(fc.nat(), loneSurrogate).map<Mutation>(
    ([at, half]) =>
      (text) =>
        splice(text, at, 0, half),
  ),
  fc.nat().map<Mutation>((at) => (text) => text.slice(0, at % (text.length + 1))),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('\n\n', '\n- ', '\n> ', '\n# ', '\n```\n', '\n| a | b |\n| - | - |\n', '\n    ', '\n1. ', '\n<div>\n', '\n---\n', '\n<!--\n'),
    )
    .map<Mutation>(
      ([at, inserted]) =>
        (text) =>
          splice(text, at, 0, inserted),
    ),
)

/** The letter, or its first lines of each language (smaller, so that many runs stay quick). */
const base = fc.oneof(
  {arbitrary: fc.constant(letter), weight: 1},
  {
    arbitrary: fc
      .tuple(fc.integer({min: 14, max: englishLines.length}), fc.integer({min: 8, max: frenchLines.length}))
      .map(([en, fr]) => [...englishLines.slice(0, en), '', ...frenchLines.slice(0, fr)].join('\n')),
    weight: 3,
  },
)

export interface MutatedInput {
  input: SourceInput
  /** The mutations, for messages. */
  description: string
}

/** The letter mutated: as text, or as the bytes of a file, truncated at any byte. */
export const mutatedLetter: fc.Arbitrary<MutatedInput> = fc
  .tuple(
    base,
    fc.array(mutation, {minLength: 1, maxLength: 5}),
    fc.constantFrom('text', 'bytes', 'truncated-bytes'),
    fc.nat(),
    fc.constantFrom('letter.md', 'letter.txt', 'letter'),
  )
  .map(([text, mutations, kind, cut, path]) => {
    const mutated = mutations.reduce((current, mutate) => mutate(current), text)
    const description = `${mutations.length} mutations as ${kind}`
    if (kind === 'text') return {description, input: {path, text: mutated}}
    const bytes = new TextEncoder().encode(mutated)
    return {description, input: {path, bytes: kind === 'bytes' ? bytes : bytes.subarray(0, cut % (bytes.length + 1))}}
  })

/** Any text at all, for the readers: generated documents, mutated letters, and random strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  bilingualMarkdown.map(({input}) => (Array.isArray(input) ? (input[0] as {text: string}).text : (input as {text: string}).text)),
  bilingualHtml.map(({input}) => (input as {text: string}).text),
  fc
    .tuple(fc.array(mutation, {minLength: 1, maxLength: 4}), fc.integer({min: 10, max: 40}))
    .map(([mutations, lines]) => mutations.reduce((current, mutate) => mutate(current), letter.split('\n').slice(0, lines).join('\n'))),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '|', '#', '`', '\n', ' ', '\r', '\t', '-', '!', '&', 'a', 'é', '1', '.', '>', '\\'),
      loneSurrogate,
    ),
    maxLength: 200,
  }),
  randomUnicode,
)

/** A sentence-like text for segmentation: words, abbreviations, numbers, punctuation and unicode. */
export const sentenceText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {arbitrary: fc.constantFrom(...englishSentences, ...frenchSentences), weight: 2},
      fc.constantFrom(
        'Mr.',
        'M.',
        'Mme',
        'No.',
        'art.',
        'p. ex.',
        'c.-à-d.',
        'e.g.,',
        'i.e.',
        'P.C.',
        'Inc.',
        'etc.',
        'J. Smith',
        '22.24',
        '...',
        '…',
        '?!',
        '« Non. »',
        '"Yes."',
        '(a.)',
        '[1].',
        '3.',
        '\n',
      ),
      fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,8}[.!?]?$/),
      randomUnicode,
      number,
    ),
    {maxLength: 12},
  )
  .map((parts) => parts.join(' '))

/** Segments for the aligner: sentences of either language, empty strings, numbers, random text. */
export const segment: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: fc.constantFrom(...englishSentences), weight: 3},
  {arbitrary: fc.constantFrom(...frenchSentences), weight: 3},
  fc.constant(''),
  fc.constant(' '),
  number,
  date,
  randomUnicode,
)
