import {PareilError} from '../errors.js'
import type {Point, Source} from '../types.js'
import {type BlockDraft, lineColumn, type Reader, type ReaderOutput} from './reader.js'
import {langOf, segmentBlock} from './units.js'
import {elementsIn, type XmlNode} from './xml.js'

/**
 * XLIFF 1.2 and 2.0 (and the plain structure of SDLXLIFF and MQXLIFF): the segments of each unit, source and target,
 * already paired: each becomes a block of its language with the unit's id, so that alignment is skipped and every
 * rule runs on each unit. Places name the unit and the line and column in the XML.
 */
export const xliffReader: Reader = {
  id: 'xliff',
  name: 'XLIFF',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff'],
  contentName: 'an XLIFF file',
  input: 'text',
  sniff: (head) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<xliff[\s>]/.test(head),
  read: ({source}) => readXliff(source),
  place: lineColumn,
}

function readXliff(source: Source): ReaderOutput {
  const xml = source.text
  const root = elementsIn(xml, 'xliff')[0]
  if (root === undefined) throw new PareilError('bad-input', `${source.path}: not an XLIFF file (no <xliff> element)`)
  const version2 = (root.attributes.version ?? '').startsWith('2')
  const blocks: BlockDraft[] = []
  const units: Array<{offset: number; id: string}> = []
  const languages = new Set<string>()
  for (const file of elementsIn(xml, 'file', root.innerStart, root.innerEnd)) {
    const sourceCode = version2 ? root.attributes.srcLang : file.attributes['source-language']
    const targetCode = version2 ? root.attributes.trgLang : file.attributes['target-language']
    for (const code of [sourceCode, targetCode]) if (code !== undefined) languages.add(code)
    const sourceLang = langOf(sourceCode)
    const targetLang = langOf(targetCode) ?? (sourceLang === undefined ? undefined : sourceLang === 'en' ? 'fr' : 'en')
    const segments = version2 ? segments20(xml, file) : segments12(xml, file)
    for (const {unit, start, source: from, target} of segments) {
      if (units.at(-1)?.offset !== start) units.push({offset: start, id: unit.replace(/(?<=^|[\n\r\u2028\u2029])([^/\n\r\u2028\u2029]*)\/.*$/, '$1')})
      const sourceBlock = segmentBlock(source, from, sourceLang, unit)
      if (sourceBlock !== undefined) blocks.push(sourceBlock)
      const targetBlock = target === undefined ? undefined : segmentBlock(source, target, targetLang, unit)
      if (targetBlock !== undefined) blocks.push(targetBlock)
    }
  }
  const named = [...languages].map(langOf)
  if (languages.size > 0 && !named.includes('en') && !named.includes('fr')) {
    throw new PareilError('bad-input', `${source.path}: this XLIFF file pairs ${[...languages].join(' and ')}; pareil checks English and French`)
  }
  return {blocks, place: unitPlaces(units)}
}

interface SegmentPair {
  unit: string
  /** Where the unit opens in the file. */
  start: number
  source: XmlNode
  target: XmlNode | undefined
}

/** XLIFF 2.0: `<unit id>` → `<segment id>` → `<source>`, `<target>`. */
function segments20(xml: string, file: XmlNode): SegmentPair[] {
  const pairs: SegmentPair[] = []
  for (const unit of elementsIn(xml, 'unit', file.innerStart, file.innerEnd)) {
    const segments = elementsIn(xml, 'segment', unit.innerStart, unit.innerEnd)
    segments.forEach((segment, k) => {
      const from = elementsIn(xml, 'source', segment.innerStart, segment.innerEnd)[0]
      if (from === undefined) return
      const id = unit.attributes.id ?? String(pairs.length + 1)
      pairs.push({
        unit: segments.length > 1 ? `${id}/${segment.attributes.id ?? k + 1}` : id,
        start: unit.start,
        source: from,
        target: elementsIn(xml, 'target', segment.innerStart, segment.innerEnd)[0],
      })
    })
  }
  return pairs
}

/**
 * XLIFF 1.2: `<trans-unit id>` → `<source>`, `<target>`; where the unit is segmented (`<seg-source>` with
 * `<mrk mtype="seg" mid>`, as SDLXLIFF writes it), each segment with the target's `<mrk>` of the same `mid`.
 */
function segments12(xml: string, file: XmlNode): SegmentPair[] {
  const pairs: SegmentPair[] = []
  for (const unit of elementsIn(xml, 'trans-unit', file.innerStart, file.innerEnd)) {
    const id = unit.attributes.id ?? String(pairs.length + 1)
    if (unit.attributes.translate === 'no') continue
    const segmented = elementsIn(xml, 'seg-source', unit.innerStart, unit.innerEnd)[0]
    const target = elementsIn(xml, 'target', unit.innerStart, unit.innerEnd)[0]
    if (segmented !== undefined) {
      const targets = target === undefined ? [] : segmentMarks(xml, target)
      for (const mark of segmentMarks(xml, segmented)) {
        const mid = mark.attributes.mid ?? ''
        pairs.push({unit: `${id}/${mid}`, start: unit.start, source: mark, target: targets.find((other) => other.attributes.mid === mid)})
      }
      continue
    }
    const from = elementsIn(xml, 'source', unit.innerStart, unit.innerEnd)[0]
    if (from !== undefined) pairs.push({unit: id, start: unit.start, source: from, target})
  }
  return pairs
}

function segmentMarks(xml: string, node: XmlNode): XmlNode[] {
  return elementsIn(xml, 'mrk', node.innerStart, node.innerEnd).filter((mark) => mark.attributes.mtype === 'seg')
}

/** Where each unit of a file opens, in file order, with its id. */
export type UnitStarts = ReadonlyArray<{offset: number; id: string}>

/**
 * `unit 7, line 31:9`: the unit a place is in (the last one opened before it, found by bisection among the units
 * the reader met), and where in the file.
 */
export function unitPlaces(units: UnitStarts): (start: Point) => string {
  return (start) => {
    let low = 0
    let high = units.length - 1
    let found: string | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      const unit = units[middle] as {offset: number; id: string}
      if (unit.offset <= start.offset) {
        found = unit.id
        low = middle + 1
      } else high = middle - 1
    }
    return found === undefined ? `${start.line}:${start.column}` : `unit ${found}, line ${start.line}:${start.column}`
  }
}
