import {PareilError} from '../errors.js'
import type {Document} from '../types.js'

/**
 * Refuses a document that has nothing for pareil to compare, with a message that
 * says why: an HTML page or JSON data given as Markdown, or a file whose blocks
 * are all code or raw HTML, or hold no letters at all.
 */
export function assertCheckable(document: Document): void {
  const {path, text, format} = document.source
  const head = text.trimStart().slice(0, 200).toLowerCase()
  if (format === 'markdown' && (head.startsWith('<!doctype html') || head.startsWith('<html'))) {
    throw new PareilError('not-markdown', `${path}: this is an HTML page, not Markdown or plain text`)
  }
  if ((head.startsWith('{') || head.startsWith('[')) && isJson(text)) {
    throw new PareilError('not-markdown', `${path}: this is JSON data, not Markdown or plain text`)
  }
  const hasProse = document.blocks.some((block) => block.prose && /\p{L}/u.test(block.text))
  if (!hasProse) {
    const kinds = document.blocks.length === 0 ? 'no text blocks' : `${document.blocks.length} blocks of code, HTML or symbols`
    throw new PareilError('no-text', `${path}: no prose to check (${kinds})`)
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
