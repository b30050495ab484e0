import type {Mark, MarkKind} from '../../types.js'
import type {CharacterStyle, StyleSheet} from './styles.js'
import {symbolText} from './symbols.js'
import {isOn, type XmlHandlers} from './xml.js'

/** Where a paragraph stands: the body, a note (numbered as Word shows it), a text box. */
export interface Container {
  kind: 'body' | 'footnote' | 'endnote' | 'text box'
  /** The note's or text box's number, from 1 (0 for the body, and for a note not referenced yet). */
  number: number
}

/** The table cell a paragraph is in: the grid column for the model, the cell as counted in its row for people. */
export interface CellPlace {
  id: number
  row: number
  column: number
  /** 1-based, counting the cells of the row as they show (a merged cell is one). */
  cell: number
}

/** A Word paragraph as read, before it becomes a block. */
export interface ParagraphDraft {
  text: string
  /** Marks over `text`, in the order they were opened. */
  marks: Mark[]
  /** `w:pStyle`: the paragraph style's id. */
  styleId: string | undefined
  /** `w:numPr` set on the paragraph itself (numId `0` removes a style's numbering). */
  numbering: {numId: string; level: number} | undefined
  /** `w:outlineLvl` set on the paragraph itself (0–8; 9 is body text). */
  outlineLevel: number | undefined
  /** Its paragraph mark is gone in the text as checked (deleted, or inserted when reading the original): it runs on into the next. */
  joinsNext: boolean
  container: Container
  table: CellPlace | undefined
  /** Characters of text per language its runs declare (`w:lang`, as written; '' for none). */
  langs: Map<string, number>
  /** What is anchored in this paragraph and read after it: the paragraphs of its text boxes, its notes. */
  after: Anchored[]
}

/** A paragraph of a text box, or a reference to a note (placed once every part is read). */
export type Anchored = ParagraphDraft | NoteReference

export interface NoteReference {
  note: 'footnote' | 'endnote'
  id: string
}

/** How the user asks tracked changes to be read. */
export type RevisionMode = 'accepted' | 'original'

/** What a document's tracked changes amount to. */
export interface RevisionTally {
  insertions: number
  deletions: number
  moves: number
}

/** What every part of one document shares while it is read: numbering of tables and text boxes, notes, tallies. */
export class ReadingState {
  tables = 0
  textBoxes = 0
  readonly revisions: RevisionTally = {insertions: 0, deletions: 0, moves: 0}
  /** Content embedded from another file (`w:altChunk`), which is not read. */
  altChunks = 0
  /** The paragraphs of each note (`footnote 2`, `endnote 1`), read from their parts. */
  readonly notes = new Map<string, ParagraphDraft[]>()

  constructor(
    readonly styles: StyleSheet,
    readonly mode: RevisionMode,
  ) {}
}

interface Run {
  bold?: boolean
  italic?: boolean
  styleId?: string
  font?: string
  lang?: string
  hidden: boolean
}

interface Table {
  id: number
  row: number
  /** The grid column the next cell starts at. */
  column: number
  cells: number
  span: number
  /** The row is not in the text as checked (inserted, when reading the original; deleted otherwise). */
  rowAbsent: boolean
  current: CellPlace | undefined
}

interface Field {
  instruction: string
  result: boolean
  link: boolean
}

type Closer = (() => void) | undefined

/** Fields whose result is a page number or a page count. */
const pageNumberField = /^\s*(?:PAGE|PAGEREF|NUMPAGES|SECTIONPAGES)\b/i

/** Fonts of program text: a run in one of them is inline code. */
const monospace =
  /^(?:courier(?: new)?|consolas|lucida console|lucida sans typewriter|menlo|monaco|andale mono|source code pro|cascadia (?:code|mono)|fira (?:code|mono)|dejavu sans mono|liberation mono|roboto mono|ubuntu mono|jetbrains mono|sf mono|ibm plex mono|noto sans mono|inconsolata)$/i

/**
 * Walks one part of a Word document (the body, or the footnotes or endnotes)
 * and collects its paragraphs as drafts: their text as it reads in the
 * revision mode asked for, with marks, styles, numbering and table places.
 * Element names are those of `walkXml` (`w:p`, `w:r`…); anything not listed
 * is walked through, so that content controls, smart tags, custom XML and
 * bidirectional wrappers keep their text.
 */
export class PartWalker implements XmlHandlers {
  /** The body's paragraphs in reading order (notes go to the reading state). */
  readonly paragraphs: ParagraphDraft[] = []
  readonly #names: string[] = []
  readonly #closers: Closer[] = []
  /** Inside content that is not read: the other revision, properties, placeholders, fallbacks, phonetic guides. */
  #skipping = false
  /** How many characters tracked changes have held so far, read or not: a change with none is not counted. */
  #revisedChars = 0
  readonly #open: ParagraphDraft[] = []
  #container: Container = {kind: 'body', number: 0}
  #sink: ParagraphDraft[] = this.paragraphs
  #run: Run | undefined
  readonly #tables: Table[] = []
  readonly #links: string[] = []
  readonly #fields: Field[] = []
  /** How many open fields are still in their instruction: text is shown only in results. */
  #instructions = 0
  readonly #choices: boolean[] = []
  readonly #placeholders: boolean[] = []

  constructor(
    readonly state: ReadingState,
    readonly links: ReadonlyMap<string, string>,
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    const parent = this.#names.at(-1)
    const grandparent = this.#names.at(-2)
    this.#names.push(name)
    this.#closers.push(this.#skipping ? undefined : this.#enter(name, attributes, parent, grandparent))
  }

  close(): void {
    this.#names.pop()
    this.#closers.pop()?.()
  }

  text(text: string): void {
    const name = this.#names.at(-1)
    if (name === 'w:t' || name === 'w:delText' || name === 'm:t') {
      this.#revisedChars += text.length
      if (!this.#skipping) this.#append(text.replace(/[\r\n]/g, ' '))
    } else if ((name === 'w:instrText' || name === 'w:delInstrText') && !this.#skipping) {
      const field = this.#fields.at(-1)
      if (field !== undefined && !field.result) field.instruction += text
    }
  }

  #enter(name: string, attributes: Readonly<Record<string, string>>, parent: string | undefined, grandparent: string | undefined): Closer {
    const value = attributes['w:val']
    const paragraph = this.#open.at(-1)
    switch (name) {
      case 'w:p':
        return this.#paragraph()
      case 'w:r': {
        const outer = this.#run
        this.#run = {hidden: false}
        return () => {
          this.#run = outer
        }
      }
      case 'w:t':
      case 'w:delText':
      case 'm:t':
        return undefined
      case 'w:tab':
      case 'w:ptab':
        if (parent === 'w:r') this.#append('\t')
        return undefined
      case 'w:br':
      case 'w:cr':
        if (parent === 'w:r') this.#append('\n')
        return undefined
      case 'w:noBreakHyphen':
        this.#append('\u2011')
        return undefined
      case 'w:sym':
        this.#append(symbolText(attributes['w:font'], attributes['w:char']))
        return undefined
      case 'w:fldChar':
        this.#fieldChar(attributes['w:fldCharType'])
        return undefined
      case 'w:fldSimple':
        return this.#simpleField(attributes['w:instr'] ?? '')
      case 'w:hyperlink':
        return this.#hyperlink(attributes)
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
      case 'w:moveFrom':
        return this.#revision(name, parent, grandparent)
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        paragraph?.after.push({note: name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: attributes['w:id'] ?? ''})
        return undefined
      case 'w:footnote':
      case 'w:endnote':
        return this.#note(name === 'w:footnote' ? 'footnote' : 'endnote', attributes)
      case 'w:txbxContent':
        return this.#textBox()
      case 'w:tbl':
        return this.#table()
      case 'w:tr':
        return this.#row()
      case 'w:tc':
        return this.#cell()
      case 'w:gridBefore': {
        const table = this.#tables.at(-1)
        if (parent === 'w:trPr' && table !== undefined) table.column = Number(value ?? '0') || 0
        return undefined
      }
      case 'w:gridSpan': {
        const table = this.#tables.at(-1)
        if (parent === 'w:tcPr' && table !== undefined) table.span = Math.max(1, Number(value ?? '1') || 1)
        return undefined
      }
      case 'mc:AlternateContent':
        this.#choices.push(false)
        return () => this.#choices.pop()
      case 'mc:Choice':
        // The first choice is read; the others and the fallback say the same thing again (a text box twice).
        if (this.#choices.at(-1) === true) return this.#skip()
        this.#choices[this.#choices.length - 1] = true
        return undefined
      case 'mc:Fallback':
        return this.#choices.at(-1) === true ? this.#skip() : undefined
      case 'w:sdt':
        this.#placeholders.push(false)
        return () => this.#placeholders.pop()
      case 'w:showingPlcHdr':
        if (parent === 'w:sdtPr' && this.#placeholders.length > 0) this.#placeholders[this.#placeholders.length - 1] = true
        return undefined
      case 'w:sdtContent':
        // A content control showing its placeholder ("Click or tap here to enter text.") holds no text of the document.
        return this.#placeholders.at(-1) === true ? this.#skip() : undefined
      case 'w:pPrChange':
      case 'w:rPrChange':
      case 'w:sectPr':
      case 'w:tblPrChange':
      case 'w:trPrChange':
      case 'w:tcPrChange':
      case 'w:numberingChange':
      case 'w:rt':
        return this.#skip()
      case 'w:altChunk':
        this.state.altChunks++
        return undefined
      default:
        this.#property(name, attributes, parent, grandparent, paragraph)
        return undefined
    }
  }

  /** Paragraph and run properties: style, numbering, outline level; bold, italic, font, language, hidden. */
  #property(
    name: string,
    attributes: Readonly<Record<string, string>>,
    parent: string | undefined,
    grandparent: string | undefined,
    paragraph: ParagraphDraft | undefined,
  ): void {
    const value = attributes['w:val']
    if (parent === 'w:rPr' && grandparent === 'w:r') {
      const run = this.#run
      if (run === undefined) return
      if (name === 'w:b') run.bold = isOn(attributes)
      else if (name === 'w:i') run.italic = isOn(attributes)
      else if (name === 'w:rStyle' && value !== undefined) run.styleId = value
      else if (name === 'w:rFonts') {
        const font = attributes['w:ascii'] ?? attributes['w:hAnsi']
        if (font !== undefined) run.font = font
      } else if (name === 'w:lang' && value !== undefined) run.lang = value
      else if (name === 'w:vanish') run.hidden = isOn(attributes)
      return
    }
    if (paragraph === undefined) return
    if (parent === 'w:pPr' && grandparent === 'w:p') {
      if (name === 'w:pStyle' && value !== undefined) paragraph.styleId = value
      else if (name === 'w:outlineLvl' && value !== undefined) paragraph.outlineLevel = Number(value)
      return
    }
    if (parent === 'w:numPr' && grandparent === 'w:pPr') {
      const numbering = paragraph.numbering ?? {numId: '', level: 0}
      if (name === 'w:numId' && value !== undefined) numbering.numId = value
      else if (name === 'w:ilvl' && value !== undefined) numbering.level = Number(value) || 0
      paragraph.numbering = numbering
    }
  }

  #paragraph(): Closer {
    const table = this.#tables.at(-1)?.current
    const draft: ParagraphDraft = {
      text: '',
      marks: [],
      styleId: undefined,
      numbering: undefined,
      outlineLevel: undefined,
      joinsNext: false,
      container: this.#container,
      table: table === undefined ? undefined : {...table},
      langs: new Map(),
      after: [],
    }
    this.#open.push(draft)
    return () => {
      this.#open.pop()
      // A paragraph of a text box goes after the paragraph the box is anchored in.
      const anchor = this.#open.at(-1)
      if (anchor !== undefined) anchor.after.push(draft)
      else this.#sink.push(draft)
    }
  }

  /** Text of the paragraph being read, with the marks its run gives it. */
  #append(text: string): void {
    const paragraph = this.#open.at(-1)
    if (paragraph === undefined || text === '' || this.#instructions > 0 || this.#run?.hidden === true) return
    const run = this.#run ?? {hidden: false}
    const style: CharacterStyle = this.state.styles.character(run.styleId)
    const start = paragraph.text.length
    paragraph.text += text
    const end = paragraph.text.length
    if (run.bold ?? style.bold ?? false) extendMark(paragraph.marks, 'strong', start, end)
    if (run.italic ?? style.italic ?? false) extendMark(paragraph.marks, 'emphasis', start, end)
    if (style.code || (run.font !== undefined && monospace.test(run.font.trim()))) extendMark(paragraph.marks, 'inline-code', start, end)
    const url = this.#links.at(-1)
    if (url !== undefined && url !== '') extendMark(paragraph.marks, 'link', start, end, url)
    const lang = run.lang ?? style.lang ?? this.state.styles.paragraph(paragraph.styleId).lang ?? this.state.styles.defaultLang ?? ''
    paragraph.langs.set(lang, (paragraph.langs.get(lang) ?? 0) + text.length)
  }

  #skip(): Closer {
    this.#skipping = true
    return () => {
      this.#skipping = false
    }
  }

  /**
   * A tracked change: content inserted or moved here is read with the changes
   * accepted, content deleted or moved away when reading the original. On a
   * paragraph mark, the paragraph runs on into the next where the mark is not
   * there; on a table row, the row is left out where it is not there.
   */
  #revision(name: string, parent: string | undefined, grandparent: string | undefined): Closer {
    const inserted = name === 'w:ins' || name === 'w:moveTo'
    const absent = inserted === (this.state.mode === 'original')
    if (parent === 'w:rPr' && grandparent === 'w:pPr') {
      const paragraph = this.#open.at(-1)
      if (paragraph !== undefined && absent) paragraph.joinsNext = true
      return undefined
    }
    if (parent === 'w:trPr') {
      const table = this.#tables.at(-1)
      if (table !== undefined && absent) table.rowAbsent = true
      return undefined
    }
    if (parent === 'w:rPr' || parent === 'w:tcPr' || parent === 'w:numPr') return undefined
    const before = this.#revisedChars
    if (absent) this.#skipping = true
    return () => {
      if (absent) this.#skipping = false
      if (this.#revisedChars === before) return
      if (name === 'w:moveTo') this.state.revisions.moves++
      else if (name === 'w:ins') this.state.revisions.insertions++
      else if (name === 'w:del') this.state.revisions.deletions++
    }
  }

  /** A complex field: its instruction (`HYPERLINK "…"`, `PAGE`, `TOC`) is not text; its result is. */
  #fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.#fields.push({instruction: '', result: false, link: false})
      this.#instructions++
      return
    }
    const field = this.#fields.at(-1)
    if (field === undefined) return
    if (type === 'separate' && !field.result) {
      field.result = true
      // A page number (a table of contents' PAGEREF, a PAGE field) depends on the pagination, not on the text.
      if (pageNumberField.test(field.instruction)) return
      this.#instructions--
      const url = hyperlinkTarget(field.instruction)
      if (url !== undefined) {
        field.link = true
        this.#links.push(url)
      }
    } else if (type === 'end') {
      this.#fields.pop()
      if (!field.result || pageNumberField.test(field.instruction)) this.#instructions--
      if (field.link) this.#links.pop()
    }
  }

  #simpleField(instruction: string): Closer {
    if (pageNumberField.test(instruction)) {
      this.#instructions++
      return () => {
        this.#instructions--
      }
    }
    const url = hyperlinkTarget(instruction)
    if (url === undefined) return undefined
    this.#links.push(url)
    return () => this.#links.pop()
  }

  #hyperlink(attributes: Readonly<Record<string, string>>): Closer {
    const id = attributes['r:id']
    const anchor = attributes['w:anchor']
    const target = id === undefined ? undefined : this.links.get(id)
    const url = target === undefined ? (anchor === undefined ? '' : `#${anchor}`) : anchor === undefined ? target : `${target}#${anchor}`
    this.#links.push(url)
    return () => this.#links.pop()
  }

  /** A footnote or endnote of the notes part: its paragraphs wait for the reference that places them. */
  #note(kind: 'footnote' | 'endnote', attributes: Readonly<Record<string, string>>): Closer {
    // The separator lines between text and notes are not notes.
    const type = attributes['w:type']
    if (type !== undefined && type !== 'normal') return this.#skip()
    const paragraphs: ParagraphDraft[] = []
    this.state.notes.set(`${kind} ${attributes['w:id'] ?? ''}`, paragraphs)
    const outer = {container: this.#container, sink: this.#sink}
    this.#container = {kind, number: 0}
    this.#sink = paragraphs
    return () => {
      this.#container = outer.container
      this.#sink = outer.sink
    }
  }

  #textBox(): Closer {
    const outer = {container: this.#container, run: this.#run}
    this.#container = {kind: 'text box', number: ++this.state.textBoxes}
    this.#run = undefined
    return () => {
      this.#container = outer.container
      this.#run = outer.run
    }
  }

  #table(): Closer {
    this.#tables.push({id: ++this.state.tables, row: -1, column: 0, cells: 0, span: 1, rowAbsent: false, current: undefined})
    return () => this.#tables.pop()
  }

  #row(): Closer {
    const table = this.#tables.at(-1)
    if (table === undefined) return undefined
    table.row++
    table.column = 0
    table.cells = 0
    table.rowAbsent = false
    return () => {
      if (table.rowAbsent) table.row--
    }
  }

  #cell(): Closer {
    const table = this.#tables.at(-1)
    if (table === undefined) return undefined
    if (table.rowAbsent) return this.#skip()
    table.span = 1
    const outer = table.current
    table.current = {id: table.id, row: table.row, column: table.column, cell: ++table.cells}
    return () => {
      table.column += table.span
      table.current = outer
    }
  }
}

/** Extends the last mark of a kind when it ends where this text starts (runs split by Word), else adds one. */
function extendMark(marks: Mark[], kind: MarkKind, start: number, end: number, url?: string): void {
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i] as Mark
    if (mark.kind !== kind) continue
    if (mark.end === start && mark.url === url) {
      mark.end = end
      return
    }
    break
  }
  const mark: Mark = {kind, start, end}
  if (url !== undefined) mark.url = url
  marks.push(mark)
}

/** The target of a `HYPERLINK "url" \l "anchor"` field instruction. */
export function hyperlinkTarget(instruction: string): string | undefined {
  const match = /^\s*HYPERLINK\b(.*)$/is.exec(instruction)
  if (match === undefined || match === null) return undefined
  const rest = match[1] ?? ''
  const url = /^\s*(?:"([^"]*)"|([^\s\\]+))/.exec(rest)
  const anchor = /\\l\s+(?:"([^"]*)"|(\S+))/.exec(rest)
  const base = url?.[1] ?? url?.[2] ?? ''
  const fragment = anchor?.[1] ?? anchor?.[2]
  const target = fragment === undefined ? base : `${base}#${fragment}`
  return target === '' ? undefined : target
}
