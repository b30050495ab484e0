import {PareilError} from '../errors.js'
import type {Point} from '../types.js'
import {looksLikeWordFile, openWordPackage} from './docx/archive.js'
import {renderDocument} from './docx/blocks.js'
import {readNumbering} from './docx/numbering.js'
import {readStyles} from './docx/styles.js'
import {PartWalker, ReadingState, type RevisionMode, type RevisionTally} from './docx/walker.js'
import {walkXml} from './docx/xml.js'
import {lineColumn, type Reader, type ReaderInput, type ReaderOutput} from './reader.js'

/**
 * Word documents (.docx, .docm): the body's paragraphs, headings (from their
 * styles), lists (from their numbering), table cells, text boxes, footnotes
 * and endnotes (each after the paragraph that refers to it), with bold,
 * italic, links and inline code. Headers and footers (page furniture) and
 * comments are not text to check. Tracked changes are read accepted, or as
 * the text was before them with `revisions: 'original'`. See docs/formats/docx.md.
 */
export const docxReader: Reader = {
  id: 'docx',
  name: 'Word',
  extensions: ['docx', 'docm'],
  contentName: 'a Word document',
  input: 'bytes',
  sniff: (head) => looksLikeWordFile(head),
  read: readDocx,
  // Places come from the document read (`ReaderOutput.place`); this one serves a source made without it.
  place: lineColumn,
}

/** Reads a Word document's bytes into blocks over a plain rendering, with Word's places and notices. */
export function readDocx({source, bytes, options}: ReaderInput): ReaderOutput {
  const path = source.path
  if (bytes === undefined) throw new PareilError('bad-input', `${path}: a Word document is read from its bytes`)
  const mode: RevisionMode = options?.revisions ?? 'accepted'
  const parts = openWordPackage(bytes, path)
  const styles = readStyles(parts.styles?.xml, path)
  const numbering = readNumbering(parts.numbering?.xml, (styleId) => styles.paragraph(styleId).numbering?.numId, path)
  const state = new ReadingState(styles, mode)
  const body = new PartWalker(state, parts.document.links)
  walkXml(parts.document.xml, parts.document.name, path, body)
  for (const notes of [parts.footnotes, parts.endnotes]) {
    if (notes !== undefined) walkXml(notes.xml, notes.name, path, new PartWalker(state, notes.links))
  }
  const rendering = renderDocument(body.paragraphs, state, numbering, source.index)
  if (rendering.blocks.length === 0) throw new PareilError('no-text', `${path}: this Word document has no text`)
  const notices = noticesOf(state, mode)
  return {
    blocks: rendering.blocks,
    text: rendering.text,
    place: (start: Point, end: Point) => rendering.place(start, end),
    ...(notices.length === 0 ? {} : {notices}),
  }
}

/** What the report says of the document as a whole: its tracked changes and how they were read; content not read. */
function noticesOf(state: ReadingState, mode: RevisionMode): string[] {
  const notices: string[] = []
  const changes = describeChanges(state.revisions)
  if (changes !== undefined) {
    const reading = mode === 'original' ? 'as it read before them' : 'as it reads with them accepted'
    notices.push(`the document has tracked changes (${changes}): checked ${reading}`)
  }
  if (state.altChunks > 0) {
    notices.push(
      `the document embeds ${state.altChunks === 1 ? 'a file' : `${state.altChunks} files`} (altChunk) whose text is not read: save it again in Word to bring the text in`,
    )
  }
  return notices
}

function describeChanges({insertions, deletions, moves}: RevisionTally): string | undefined {
  const counts = [
    [insertions, 'insertion'],
    [deletions, 'deletion'],
    [moves, 'move'],
  ] as const
  const said = counts.filter(([count]) => count > 0).map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`)
  return said.length === 0 ? undefined : said.join(', ')
}
