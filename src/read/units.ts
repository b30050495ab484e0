import type {Lang, Mark, Source} from '../types.js'
import type {BlockDraft} from './reader.js'
import {TextBuilder} from './text-builder.js'
import {attributesOf, decodeEntities, type XmlNode} from './xml.js'

/**
 * What translation-exchange files (XLIFF, TMX) share beyond the element scan of `xml.ts`: a segment's inline content
 * read into a block whose text maps back into the XML, its tags as marks.
 */

/** English or French from a language code (`en`, `en-CA`, `fr_FR`), else undefined. */
export function langOf(code: string | undefined): Lang | undefined {
  const lower = (code ?? '').toLowerCase()
  return /^en(?:[-_]|$)/.test(lower) ? 'en' : /^fr(?:[-_]|$)/.test(lower) ? 'fr' : undefined
}

/** Inline elements whose content is native code (a tag of the original format), not text: TMX and XLIFF 1.2. */
const nativeCode = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub'])
/** Inline elements that wrap text: XLIFF 2.0's `<pc>`, 1.2's `<g>` and `<mrk>`, TMX's `<hi>`. */
const pairedFormatting = new Set(['pc', 'g', 'mrk', 'hi'])

/** The formatting a paired element says it is (`subType="xlf:b"`, `ctype="italic"`, `type="link"`), if any. */
function formattingKind(attributes: Record<string, string>): Mark['kind'] | undefined {
  const said = `${attributes.subType ?? ''} ${attributes.ctype ?? ''} ${attributes.type ?? ''}`.toLowerCase()
  if (/\bxlf:b\b|\bbold\b/.test(said)) return 'strong'
  if (/\bxlf:i\b|\bitalic\b/.test(said)) return 'emphasis'
  if (/\blink\b/.test(said)) return 'link'
  if (/\bx-code\b/.test(said)) return 'inline-code'
  return undefined
}

/** Inline elements that stand for a tag: a placeholder the translation must keep. */
const placeholders = new Set(['x', 'bx', 'ex', 'ph', 'sc', 'ec', 'bpt', 'ept', 'it', 'g', 'pc', 'hi'])

/**
 * One segment (an XLIFF source or target, a TMX `<seg>`) as a block: its text with inline markup removed and
 * character references decoded, mapped back into the file, each inline tag a zero-width `placeholder` mark with its
 * id (`<x id="1"/>`, `<pc id="2">`: the same ids must stand in both versions).
 */
export function segmentBlock(source: Source, node: XmlNode, lang: Lang | undefined, unit: string): BlockDraft | undefined {
  const xml = source.text
  const builder = new TextBuilder()
  const marks: Mark[] = []
  let skipDepth = 0
  // Paired inline elements open: those that say bold, italics, a link or code become marks when they close.
  const open: Array<{name: string; kind: Mark['kind'] | undefined; start: number; url?: string}> = []
  const token = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s[^>]*?)?)(\/?)>|[^<]+/g
  token.lastIndex = node.innerStart
  for (let match = token.exec(xml); match !== null && match.index < node.innerEnd; match = token.exec(xml)) {
    const [whole, cdata, closing, tag, attributes, selfClosing] = match
    if (cdata !== undefined) {
      if (skipDepth === 0) builder.verbatim(cdata, match.index + 9)
      continue
    }
    if (whole.startsWith('<!--')) continue
    if (tag !== undefined) {
      const name = tag.replace(/^.*:/, '')
      const named = attributesOf(attributes ?? '')
      const formatting = closing === '' && selfClosing === '' && pairedFormatting.has(name) ? formattingKind(named) : undefined
      if (closing === '' && placeholders.has(name) && skipDepth === 0 && formatting === undefined) {
        const id = named.id ?? named.i ?? named.x ?? named.rid ?? name
        marks.push({kind: 'placeholder', start: builder.length, end: builder.length, id})
      }
      if (closing === '' && selfClosing === '' && pairedFormatting.has(name)) open.push({name, kind: formatting, start: builder.length})
      if (closing === '/' && pairedFormatting.has(name)) {
        const element = open.pop()
        if (element?.kind !== undefined && builder.length > element.start) marks.push({kind: element.kind, start: element.start, end: builder.length})
      }
      if (nativeCode.has(name) && selfClosing === '') skipDepth += closing === '/' ? -1 : 1
      skipDepth = Math.max(0, skipDepth)
      continue
    }
    if (skipDepth > 0) continue
    const end = Math.min(match.index + whole.length, node.innerEnd)
    builder.match(decodeEntities(xml.slice(match.index, end)).replace(/\r?\n/g, ' '), xml, match.index, end, ' ')
  }
  const text = builder.text
  if (text.trim() === '' || builder.segments.length === 0) return undefined
  const first = builder.segments[0]
  const last = builder.segments.at(-1)
  if (first === undefined || last === undefined) return undefined
  const block: BlockDraft = {
    source: source.index,
    kind: 'paragraph',
    text,
    marks,
    position: {start: source.pointAt(first.source), end: source.pointAt(last.source + last.sourceLength)},
    prose: true,
    map: builder.segments,
    unit,
  }
  if (lang !== undefined) block.declaredLang = lang
  return block
}
