import type {FormatSignature} from './reader.js'

/**
 * Formats pareil recognises but does not read (yet): named so that a user
 * who gives one learns what it is and what to give instead. When a reader
 * for one of them joins the registry, the reader's signature takes over.
 */
export const unreadFormats: readonly FormatSignature[] = [
  {
    id: 'html',
    name: 'HTML',
    extensions: ['html', 'htm', 'xhtml'],
    contentName: 'an HTML page',
    sniff: (head) => /^\s*<(?:!doctype html|html)/i.test(head.slice(0, 200)),
  },
  {id: 'docx', name: 'Word', extensions: ['docx', 'docm']},
  // Word's binary format, OpenDocument and RTF: the Word reader recognises their contents and says what to save as.
  {id: 'word-other', name: 'legacy Word, OpenDocument or RTF', extensions: ['doc', 'odt', 'rtf']},
  {id: 'pdf', name: 'PDF', extensions: ['pdf'], contentName: 'a PDF document', sniff: (head) => head.startsWith('%PDF-')},
  {id: 'office', name: 'Office', extensions: ['pptx', 'ppt', 'xlsx', 'xls']},
  {id: 'xliff', name: 'XLIFF', extensions: ['xliff', 'xlf']},
  {id: 'tmx', name: 'TMX', extensions: ['tmx']},
  {
    id: 'json',
    name: 'JSON',
    extensions: ['json'],
    contentName: 'JSON data',
    sniff: (head, text) => /^\s*[[{]/.test(head) && text !== undefined && isJson(text),
  },
  {id: 'yaml', name: 'YAML', extensions: ['yaml', 'yml']},
  {id: 'xml', name: 'XML', extensions: ['xml']},
  // Program source, whose English and French live in string literals: not a document to read as prose (a Laravel
  // Markdown mail template, `.blade.php`, is Markdown and read as such).
  {
    id: 'source',
    name: 'source code',
    extensions: ['py', 'php', 'cs', 'java', 'js', 'mjs', 'ts', 'tsx', 'jsx', 'rb', 'go', 'rs', 'c', 'h', 'cpp', 'xsl', 'xslt', 'sh', 'ps1', 'sql'],
  },
]

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
