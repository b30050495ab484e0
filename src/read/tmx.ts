import {PareilError} from '../errors.js'
import type {Source} from '../types.js'
import {type BlockDraft, lineColumn, type Reader, type ReaderOutput} from './reader.js'
import {langOf, segmentBlock} from './units.js'
import {elementsIn} from './xml.js'
import {unitPlaces} from './xliff.js'

/**
 * TMX 1.4 translation memories: each `<tu>`'s English and French variants (`<tuv xml:lang>`), already paired, as
 * blocks of their language with the unit's id (its `tuid`, else its number): alignment is skipped and every rule
 * runs on each unit. Variants in other languages are left aside.
 */
export const tmxReader: Reader = {
  id: 'tmx',
  name: 'TMX',
  extensions: ['tmx'],
  contentName: 'a TMX translation memory',
  input: 'text',
  sniff: (head) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<tmx[\s>]/.test(head),
  read: ({source}) => readTmx(source),
  place: lineColumn,
}

function readTmx(source: Source): ReaderOutput {
  const xml = source.text
  const root = elementsIn(xml, 'tmx')[0]
  if (root === undefined) throw new PareilError('bad-input', `${source.path}: not a TMX file (no <tmx> element)`)
  const header = elementsIn(xml, 'header', root.innerStart, root.innerEnd)[0]
  const blocks: BlockDraft[] = []
  const units: Array<{offset: number; id: string}> = []
  const body = elementsIn(xml, 'body', root.innerStart, root.innerEnd)[0]
  elementsIn(xml, 'tu', body?.innerStart ?? root.innerStart, body?.innerEnd ?? root.innerEnd).forEach((unit, k) => {
    const id = unit.attributes.tuid ?? String(k + 1)
    units.push({offset: unit.start, id})
    for (const variant of elementsIn(xml, 'tuv', unit.innerStart, unit.innerEnd)) {
      const lang = langOf(variant.attributes['xml:lang'] ?? variant.attributes.lang ?? header?.attributes.srclang)
      if (lang === undefined) continue
      const segment = elementsIn(xml, 'seg', variant.innerStart, variant.innerEnd)[0]
      const block = segment === undefined ? undefined : segmentBlock(source, segment, lang, id)
      if (block !== undefined) blocks.push(block)
    }
  })
  return {blocks, place: unitPlaces(units)}
}
