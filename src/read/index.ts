import type {Document, SourceInput} from '../types.js'
import {readMarkdown} from './markdown.js'
import {readPlainText} from './plain-text.js'
import {createSource} from './source.js'

export {sourceOffsets, sourcePosition, spanOf, textOffset} from './locate.js'
export {createSource, formatFromPath} from './source.js'

/**
 * Reads one or two inputs into documents of blocks. Block ids run across all
 * inputs (`b1`, `b2`, …) so that they are unique within one check.
 */
export function read(inputs: SourceInput | readonly SourceInput[]): Document[] {
  const list = Array.isArray(inputs) ? inputs : [inputs as SourceInput]
  let next = 1
  return list.map((input, index) => {
    const source = createSource(input, index)
    const drafts = source.format === 'text' ? readPlainText(source) : readMarkdown(source)
    return {source, blocks: drafts.map((draft) => ({id: `b${next++}`, ...draft}))}
  })
}
export {assertCheckable} from './checkable.js'
export {decodeText} from './decode.js'
