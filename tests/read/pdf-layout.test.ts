import {describe, expect, test} from 'vitest'
import {type LaidOut, layOut} from '../../src/read/pdf/layout.js'
import type {FontInfo, TextItem, TextLayer, TextPage} from '../../src/read/pdf/text-layer.js'
import type {BlockDraft} from '../../src/read/reader.js'

// The layout part of the PDF reader, on text layers made here: what pdf.js would give for pages set this way.

interface LineSpec {
  text: string
  y: number
  x?: number
  size?: number
  font?: 'R' | 'B' | 'I'
  /** The width drawn; by default half an em a character. */
  width?: number
}

const fonts: Record<string, FontInfo> = {R: {name: 'Times-Roman'}, B: {name: 'Times-Bold'}, I: {name: 'Times-Italic'}}

/** One item per line, each character half an em wide unless the line is justified, as pdf.js gives a line drawn in one go. */
function item(spec: LineSpec): TextItem {
  const size = spec.size ?? 10
  return {text: spec.text, x: spec.x ?? 72, y: spec.y, width: spec.width ?? spec.text.length * size * 0.5, size, font: spec.font ?? 'R'}
}

/** A page of lines, and of items given as pdf.js would (runs in several fonts on one line). */
function page(number: number, specs: readonly LineSpec[], items: readonly TextItem[] = []): TextPage {
  return {number, width: 612, height: 792, items: [...specs.map(item), ...items]}
}

function layer(...pages: TextPage[]): TextLayer {
  return {pages, fonts}
}

/** Lines set from `y` down, `pitch` apart, justified to 420 points but the last (unless `ragged`). */
function lines(texts: readonly string[], y: number, rest: Omit<LineSpec, 'text' | 'y'> & {pitch?: number; ragged?: boolean} = {}): LineSpec[] {
  const {pitch = 12, ragged = false, ...style} = rest
  return texts.map((text, k) => ({...style, text, y: y + k * pitch, ...(ragged || k === texts.length - 1 ? {} : {width: 420 - (style.x ?? 72) + 72})}))
}

const texts = (laid: LaidOut) => laid.blocks.map((block) => block.text)

/**
 * Problems in a block's map ('' when none): each verbatim piece copies the rendering, each other piece is a space
 * standing for white space (a wrapped line's end, a run of spaces), pieces come in order.
 */
function mapProblems(block: BlockDraft, rendering: string): string {
  const problems: string[] = []
  let textAt = 0
  let sourceAt = -1
  for (const segment of block.map) {
    const text = block.text.slice(segment.text, segment.text + segment.textLength)
    const source = rendering.slice(segment.source, segment.source + segment.sourceLength)
    if (segment.text !== textAt) problems.push(`gap in the text at ${textAt}`)
    if (segment.source < sourceAt) problems.push(`source goes back at ${segment.source}`)
    // One for one, a character copied or a line end read as a space (as the Markdown reader maps soft breaks); else a
    // space standing for a run of white space.
    const copied =
      segment.textLength === segment.sourceLength && [...text].every((char, k) => char === source[k] || (char === ' ' && /\s/.test(source[k] ?? '')))
    if (!copied && !(text === ' ' && /^\s+$/.test(source))) problems.push(`${JSON.stringify(text)} from ${JSON.stringify(source)}`)
    textAt = segment.text + segment.textLength
    sourceAt = segment.source + segment.sourceLength
  }
  if (textAt !== block.text.length) problems.push(`text unmapped from ${textAt}`)
  return problems.join('; ')
}

function expectExactMaps(laid: LaidOut): void {
  for (const block of laid.blocks) expect(mapProblems(block, laid.text), block.text).toBe('')
}

// Lines of about 80 characters: a column 400 points wide at 10 points.
const english = [
  'The Government of Canada is extending the temporary wage subsidy for the employers',
  'who are eligible until the end of March, and this notice explains who may apply for',
  'it and what information must be provided for each claim period of the programme.',
]
const french = [
  'Le gouvernement du Canada prolonge la subvention salariale temporaire pour tous les',
  'employeurs admissibles et le présent avis explique qui peut présenter une demande et',
  'quels renseignements sont nécessaires pour chaque période de demande du programme.',
]

describe('lines and paragraphs', () => {
  test('wrapped lines join with a space, and the space between paragraphs separates them', () => {
    const laid = layOut(layer(page(1, [...lines(english, 100), ...lines(english.slice(0, 2), 150)])), 0)
    expect(texts(laid)).toEqual([english.join(' '), english.slice(0, 2).join(' ')])
    expect(laid.blocks.every((block) => block.kind === 'paragraph' && block.prose)).toBe(true)
    expectExactMaps(laid)
  })

  test('a line ended before the margin on purpose keeps its break: addresses and signatures', () => {
    const address = lines(['The Honourable Julie Miville-Dechêne, Senator', 'The Senate', 'Ottawa ON K1A 0A4'], 150, {ragged: true})
    const laid = layOut(layer(page(1, [...lines(english, 100), ...address])), 0)
    expect(texts(laid)[1]).toBe('The Honourable Julie Miville-Dechêne, Senator\nThe Senate\nOttawa ON K1A 0A4')
    expectExactMaps(laid)
  })

  test('a first-line indent starts a paragraph even without space between paragraphs', () => {
    const specs = [
      {text: english[0] as string, y: 100, x: 90},
      ...lines(english.slice(1), 112),
      {text: french[0] as string, y: 136, x: 90},
      ...lines(french.slice(1), 148),
    ]
    expect(texts(layOut(layer(page(1, specs)), 0))).toEqual([english.join(' '), french.join(' ')])
  })

  test('larger or bold type on its own makes headings, deepest for the smallest type', () => {
    const laid = layOut(
      layer(
        page(1, [
          {text: 'Temporary Wage Subsidy', y: 80, size: 16, font: 'B'},
          {text: 'Who may apply', y: 100, font: 'B'},
          ...lines(english, 115),
          {text: 'JAN 21 2021', y: 165, font: 'B'},
          ...lines(english, 185),
        ]),
      ),
      0,
    )
    const [title, section, , date] = laid.blocks
    expect(title).toMatchObject({kind: 'heading', depth: 1, text: 'Temporary Wage Subsidy', marks: []})
    expect(section).toMatchObject({kind: 'heading', depth: 2, text: 'Who may apply'})
    // A bold date is no heading (few letters): a paragraph in bold, as Markdown's **JAN 21 2021**.
    expect(date).toMatchObject({kind: 'paragraph', text: 'JAN 21 2021', marks: [{kind: 'strong', start: 0, end: 11}]})
  })

  test('italic runs are emphasis, over the space between lines too', () => {
    const runs: TextItem[] = [
      {text: 'As you may be aware, these provisions are complemented by', x: 72, y: 100, width: 380, size: 10, font: 'R'},
      {text: 'An Act respecting', x: 456, y: 100, width: 80, size: 10, font: 'I'},
      {text: 'the mandatory reporting', x: 72, y: 112, width: 110, size: 10, font: 'I'},
      {text: 'of child pornography, which requires that providers report it.', x: 186, y: 112, width: 300, size: 10, font: 'R'},
    ]
    const [block] = layOut(layer(page(1, [], runs)), 0).blocks
    const start = block?.text.indexOf('An Act') ?? -1
    expect(block?.marks).toEqual([{kind: 'emphasis', start, end: start + 41}])
    expect(block?.text.slice(start, start + 41)).toBe('An Act respecting the mandatory reporting')
  })

  test('bullets and numbers start list items; the marker is not text, continuation lines are', () => {
    const laid = layOut(
      layer(
        page(1, [
          ...lines(english, 100),
          {text: '• individuals who employ staff in their business, whether it is a small one or a', y: 140, x: 80},
          {text: 'larger one with several places of business;', y: 152, x: 90},
          {text: '• taxable corporations;', y: 164, x: 80},
          {text: '1. Calculate the subsidy.', y: 188, x: 80},
          {text: '2. Submit your application.', y: 200, x: 80},
        ]),
      ),
      0,
    )
    const items = laid.blocks.filter((block) => block.kind === 'list-item')
    expect(items.map((block) => [block.text, block.list])).toEqual([
      [
        'individuals who employ staff in their business, whether it is a small one or a larger one with several places of business;',
        {id: 1, ordinal: 1, ordered: false, depth: 1},
      ],
      ['taxable corporations;', {id: 1, ordinal: 2, ordered: false, depth: 1}],
      ['Calculate the subsidy.', {id: 2, ordinal: 1, ordered: true, depth: 1}],
      ['Submit your application.', {id: 2, ordinal: 2, ordered: true, depth: 1}],
    ])
    expect(laid.text.slice(items[2]?.position.start.offset, items[2]?.position.end.offset)).toBe('Calculate the subsidy.')
    expectExactMaps(laid)
  })

  test('a superscript joins its line, even when a line of the next column sits nearer', () => {
    const runs: TextItem[] = [
      {text: 'Left column text set on its own baseline here.', x: 72, y: 96.5, width: 200, size: 10, font: 'R'},
      {text: 'sa population au 1', x: 320, y: 100, width: 90, size: 10, font: 'R'},
      {text: 'er', x: 410, y: 96.5, width: 6, size: 6.5, font: 'R'},
      {text: ' juillet 2021.', x: 416, y: 100, width: 60, size: 10, font: 'R'},
    ]
    const laid = layOut(layer(page(1, [], runs)), 0)
    expect(laid.text).toContain('sa population au 1er juillet 2021.')
  })

  test('text drawn twice at the same place is read once', () => {
    const once = item({text: english[0] as string, y: 100})
    const laid = layOut(layer(page(1, [], [once, {...once}])), 0)
    expect(texts(laid)).toEqual([english[0]])
  })
})

describe('words cut at line ends', () => {
  test('a hyphenated word is rejoined; a compound keeps its hyphen; the map skips the hyphen', () => {
    const laid = layOut(
      layer(
        page(1, [
          ...lines(
            [
              'Le gouvernement du Canada prolonge la subvention salariale pour les employeurs du gouverne-',
              'ment de Terre-Neuve et des autres provinces, jusqu’à la fin de la période et de Terre-',
              'Neuve encore, comme le prévoit le présent avis publié par le gouvernement du Canada.',
            ],
            100,
          ),
        ]),
      ),
      0,
    )
    const [block] = laid.blocks
    expect(block?.text).toContain('employeurs du gouvernement de Terre-Neuve')
    expect(block?.text).toContain('période et de Terre-Neuve encore')
    expectExactMaps(laid)
  })
})

describe('page furniture', () => {
  const body = (n: number) => lines([`${english[0]} ${n}`, english[1] as string, english[2] as string], 120)
  const withFurniture = (n: number) =>
    page(n, [
      {text: 'Canada Revenue Agency', y: 40, size: 8},
      {text: 'Agence du revenu du Canada', y: 40, x: 440, size: 8},
      ...body(n),
      {text: `- ${n} -`, y: 750, x: 300, size: 9},
      {text: 'Canada', y: 760, x: 500, size: 14, font: 'B'},
    ])

  test('running heads, page numbers and the Canada wordmark make no blocks but stay in the rendering', () => {
    const laid = layOut(layer(withFurniture(1), withFurniture(2), withFurniture(3)), 0)
    expect(texts(laid)).toHaveLength(3)
    expect(texts(laid).join(' ')).not.toMatch(/Revenue Agency|- 2 -|^Canada$/m)
    expect(laid.text).toContain('Canada Revenue Agency\tAgence du revenu du Canada')
    expect(laid.text).toContain('- 2 -')
    // The running head is line 1 of each page, the text line 2.
    const second = laid.blocks[1] as BlockDraft
    expect(laid.place(second.position.start, second.position.end)).toBe('page 2, line 2, column 1')
  })

  test('a page number alone at the foot of a single page is furniture; "Canada" in the text is not', () => {
    const laid = layOut(layer(page(1, [...lines(english, 100), {text: 'Canada', y: 160}, ...lines(french, 180), {text: '1', y: 750, x: 300}])), 0)
    expect(texts(laid)).toEqual([english.join(' '), 'Canada', french.join(' ')])
  })
})

describe('columns and reading order', () => {
  const left = (y: number) =>
    lines(
      [
        'The Senate shall consist of one hundred and five',
        'members who are summoned by the Governor General',
        'and who hold their place for life in the Senate.',
      ],
      y,
      {x: 72, ragged: true},
    )
  const right = (y: number) =>
    lines(
      [
        'Le Sénat se compose de cent cinq membres qui sont',
        'mandés par le gouverneur général et qui occupent',
        'leur place au Sénat pour la durée de leur vie.',
      ],
      y,
      {x: 330, ragged: true},
    )

  test('English left and French right: each column read whole, page by page, with the language of its side', () => {
    const title = {text: 'THE CONSTITUTION ACTS, 1867 TO 1982 — LOIS CONSTITUTIONNELLES DE 1867 À 1982', y: 110, x: 72, size: 12, font: 'B' as const}
    const spread = (n: number) => page(n, [...(n === 1 ? [title] : []), ...left(130), ...right(130), ...left(180), ...right(180)])
    const laid = layOut(layer(spread(1), spread(2)), 0)
    const languages = laid.blocks.map((block) => block.declaredLang ?? '-')
    expect(languages).toEqual(['-', 'en', 'en', 'fr', 'fr', 'en', 'en', 'fr', 'fr'])
    expect(laid.blocks[1]?.text).toBe(
      'The Senate shall consist of one hundred and five members who are summoned by the Governor General and who hold their place for life in the Senate.',
    )
    expectExactMaps(laid)
  })

  test('two columns of one language are read left then right, with no language given', () => {
    const column = (x: number, y: number) =>
      lines(
        [
          'The Senate shall consist of one hundred and five',
          'members who are summoned by the Governor General',
          'and who hold their place for life in the Senate.',
        ],
        y,
        {x, ragged: true},
      )
    const laid = layOut(layer(page(1, [...column(72, 110), ...column(330, 110).map((spec) => ({...spec, text: spec.text.replace('Senate', 'House')}))])), 0)
    expect(laid.blocks.map((block) => block.declaredLang)).toEqual([undefined, undefined])
    expect(laid.blocks[1]?.text).toContain('House')
  })

  test('a section of columns above a blank stretch is read before the text across the page below it', () => {
    const laid = layOut(layer(page(1, [...left(110), ...right(110), ...lines(english, 250)])), 0)
    expect(texts(laid).map((text) => text.slice(0, 10))).toEqual(['The Senate', 'Le Sénat s', 'The Govern'])
  })
})

describe('pages', () => {
  test('a paragraph that runs to the next page is one block, mapped across the page break', () => {
    const laid = layOut(layer(page(1, lines(english.slice(0, 2), 700)), page(2, lines(english.slice(2), 72))), 0)
    expect(texts(laid)).toEqual([english.join(' ')])
    const [block] = laid.blocks as [BlockDraft]
    expect(laid.place(block.position.start, block.position.end)).toBe('page 1, line 1, column 1')
    expect(laid.place(block.position.end, block.position.end)).toMatch(/^page 2, line 1, column \d+$/)
    expect(laid.text).toContain('\n\f\n')
    expectExactMaps(laid)
  })

  test('a paragraph that ends at the foot of a page stays there', () => {
    const laid = layOut(layer(page(1, lines(english, 700)), page(2, lines(french, 72))), 0)
    expect(texts(laid)).toHaveLength(2)
  })

  test('pages without text are noticed; a document without any has no text', () => {
    const laid = layOut(layer(page(1, lines(english, 100)), page(2, [])), 0)
    expect(laid.notices).toEqual(['page 2 has no text (blank, or an image without a text layer) and is not checked'])
    expect(laid.hasText).toBe(true)
    expect(layOut(layer(page(1, []), page(2, [])), 0).hasText).toBe(false)
  })
})
