import {PareilError} from '../errors.js'
import type {Document} from '../types.js'

/**
 * Refuses a document that has nothing for pareil to compare, with a message
 * that says why: a file whose blocks are all code or raw HTML, or hold no
 * letters at all. (Formats that are not read at all are refused earlier, by
 * the reader registry.)
 */
export function assertCheckable(document: Document): void {
  const {path} = document.source
  const hasProse = document.blocks.some((block) => block.prose && /\p{L}/u.test(block.text))
  if (!hasProse) {
    const kinds = document.blocks.length === 0 ? 'no text blocks' : `${document.blocks.length} blocks of code, HTML or symbols`
    throw new PareilError('no-text', `${path}: no prose to check (${kinds})`)
  }
}
