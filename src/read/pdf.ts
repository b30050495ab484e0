import {PareilError} from '../errors.js'
import {type ExtractOptions, extractTextLayer} from './pdf/extract.js'
import {layOut} from './pdf/layout.js'
import {lineColumn, type Reader} from './reader.js'

/**
 * PDF (born-digital): the text layer pdf.js finds, rebuilt into lines,
 * paragraphs and reading order (see `pdf/layout.ts`), with page furniture set
 * aside and places named by page, line and column. pdf.js is asynchronous and
 * readers are not: it runs in a worker thread that this reader waits for
 * (`pdf/extract.ts`), started by the first PDF read.
 */
export const pdfReader: Reader = createPdfReader()

/** A PDF reader with its own limits (how long to wait for pdf.js). */
export function createPdfReader(options: ExtractOptions = {}): Reader {
  return {
    id: 'pdf',
    name: 'PDF',
    extensions: ['pdf'],
    contentName: 'a PDF document',
    sniff: (head) => head.startsWith('%PDF-'),
    input: 'bytes',
    read({source, bytes}) {
      const layer = extractTextLayer(bytes ?? new TextEncoder().encode(source.text), source.path, options)
      const laid = layOut(layer, source.index)
      if (!laid.hasText) {
        throw new PareilError(
          'no-text',
          `${source.path}: this PDF has no text layer (a scanned image?); run OCR on it first (for example with ocrmypdf) and check the result`,
        )
      }
      return {blocks: laid.blocks, text: laid.text, place: laid.place, notices: laid.notices}
    },
    // Used only before a document is read: each read PDF names its own places (page, line, column).
    place: lineColumn,
  }
}
