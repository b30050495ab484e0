/**
 * Just enough XML for translation-exchange files (TMX, TBX, XLIFF): elements
 * found by name, with their offsets in the file, their attributes, and their
 * text with inline markup removed and character references decoded. These
 * formats do not nest an element in one of the same name at the levels read
 * (units, segments, variants, entries), which is what makes a scan by name sound.
 */
export interface XmlElement {
  attributes: Record<string, string>
  inner: string
}

/** An element found in a file: its attributes, and the offsets of the whole element and of its content. */
export interface XmlNode {
  attributes: Record<string, string>
  start: number
  end: number
  innerStart: number
  innerEnd: number
}

/**
 * Every element `<name …>…</name>` or `<name …/>` between two offsets of a file, in order; the name may be a list
 * (`termEntry|conceptEntry`).
 *
 * What `new RegExp(`<(${name})(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'dg')` found from `from` (each match that
 * starts before `to`, until one ends past it), in linear time: that regex reads to the end of the file from every
 * element that never closes, and past `to` to the next element when there is none before it. Here the closing tags
 * of a name are found once for a file, and the search stops at `to`.
 */
export function elementsIn(xml: string, name: string, from = 0, to = xml.length): XmlNode[] {
  const names = name.split('|')
  const found: XmlNode[] = []
  const nextGt = nextGreaterThan(xml)
  // The element of `tag` that starts at `start`: [end, attributes or undefined, inner start, inner end], or undefined.
  const elementAt = (start: number, tag: string): [number, string | undefined, number, number] | undefined => {
    const after = start + 1 + tag.length
    const gt = nextGt(after)
    if (gt < 0) return undefined
    const spaced = space.test(xml[after] ?? '')
    if (spaced && gt - 1 >= after + 1 && xml[gt - 1] === '/') return [gt + 1, xml.slice(after, gt - 1), gt + 1, gt + 1]
    if (!spaced && xml[after] === '/' && gt === after + 1) return [gt + 1, undefined, gt + 1, gt + 1]
    if (!spaced && gt !== after) return undefined
    const closing = closingAfter(xml, tag, gt + 1)
    if (closing === undefined) return undefined
    return [closing[1], spaced ? xml.slice(after, gt) : undefined, gt + 1, closing[0]]
  }
  for (let start = xml.indexOf('<', from); start >= 0 && start < to; ) {
    let element: [number, string | undefined, number, number] | undefined
    for (const tag of names) {
      if (xml.startsWith(tag, start + 1)) element = elementAt(start, tag)
      if (element !== undefined) break
    }
    if (element === undefined) {
      start = xml.indexOf('<', start + 1)
      continue
    }
    const [end, attributes, innerStart, innerEnd] = element
    if (end > to) break
    found.push({attributes: attributesOf(attributes ?? ''), start, end, innerStart, innerEnd})
    start = xml.indexOf('<', end)
  }
  return found
}

const space = /\s/

/**
 * Where the next `>` of a text is, from an offset (-1 if none): each search is kept for the offsets it covers, so
 * that many openings before one `>` cost one search, not one each.
 */
function nextGreaterThan(text: string): (from: number) => number {
  let searchedFrom = -1
  let at = -1
  return (from) => {
    if (searchedFrom < 0 || from < searchedFrom || (at >= 0 && from > at)) {
      searchedFrom = from
      at = text.indexOf('>', from)
    }
    return at
  }
}

/** The closing tags `</name …>` of the file last asked about, by name, as [start, end]: found once for a file. */
let closings: {xml: string; byName: Map<string, Array<[number, number]>>} | undefined

/** The first closing tag `</name\s*>` of a file that starts at or after an offset. */
function closingAfter(xml: string, name: string, from: number): [number, number] | undefined {
  if (closings?.xml !== xml) closings = {xml, byName: new Map()}
  let tags = closings.byName.get(name)
  if (tags === undefined) {
    tags = []
    const opening = `</${name}`
    for (let at = xml.indexOf(opening); at >= 0; at = xml.indexOf(opening, at + 1)) {
      let end = at + opening.length
      while (space.test(xml[end] ?? '')) end++
      if (xml[end] === '>') tags.push([at, end + 1])
    }
    closings.byName.set(name, tags)
  }
  let low = 0
  let high = tags.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tags[middle] as [number, number])[0] < from) low = middle + 1
    else high = middle
  }
  return tags[low]
}

/** Every element of a name in a text, with its content as text. */
export function xmlElements(xml: string, name: string): XmlElement[] {
  return elementsIn(xml, name).map((node) => ({attributes: node.attributes, inner: xml.slice(node.innerStart, node.innerEnd)}))
}

/** The attributes of a tag, their values decoded. */
export function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] as string] = decodeEntities(match[2] ?? match[3] ?? '')
  }
  return attributes
}

/**
 * The text of an element's content: CDATA kept, comments dropped, the native
 * codes of TMX inline elements (`<bpt>`, `<ept>`, `<ph>`, `<it>`) dropped with
 * their content, other tags dropped, references decoded, spaces collapsed.
 */
export function xmlText(inner: string): string {
  // A section, comment or tag that never closes takes in the rest of the text, left as it is (`$`, or the group
  // undefined): none after it closes either, so the text is read once, not once for each opening.
  const sections = inner.replace(/<!\[CDATA\[([\s\S]*?)(\]\]>|$)/g, (section, data: string, close: string) =>
    close === '' ? section : data.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  )
  const comments = sections.replace(/<!--[\s\S]*?(-->|$)/g, (comment, close: string) => (close === '' ? comment : ''))
  const tags = dropNativeCodes(comments).replace(/<[^>]+(>)?/g, (tag, close?: string) => (close === undefined ? tag : ''))
  return decodeEntities(tags).replace(/\s+/g, ' ').trim()
}

/**
 * The native codes of TMX inline elements dropped with their content: what
 * `.replace(/<(bpt|ept|ph|it)\b[^>]*>[\s\S]*?<\/\1\s*>/g, '')` does, in linear time. That regex reads to the end of
 * the text from every such element that never closes; here the next `>` and each element's next closing tag are
 * looked for once for a stretch of text, whatever the number of openings before them.
 */
const closingTags: Record<string, RegExp> = {bpt: /<\/bpt\s*>/g, ept: /<\/ept\s*>/g, ph: /<\/ph\s*>/g, it: /<\/it\s*>/g}

function dropNativeCodes(text: string): string {
  const opening = /<(bpt|ept|ph|it)\b/g
  const nextGt = nextGreaterThan(text)
  // For each name: where its closing tag was last looked for, and where it was found ([start, end], or null).
  const closings = new Map<string, {from: number; found: [number, number] | null}>()
  const nextClosing = (name: string, from: number): [number, number] | null => {
    const known = closings.get(name)
    if (known !== undefined && from >= known.from && (known.found === null || from <= known.found[0])) return known.found
    const closing = closingTags[name] as RegExp
    closing.lastIndex = from
    const match = closing.exec(text)
    const found: [number, number] | null = match === null ? null : [match.index, match.index + match[0].length]
    closings.set(name, {from, found})
    return found
  }
  let out = ''
  let kept = 0
  for (let match = opening.exec(text); match !== null; match = opening.exec(text)) {
    const name = match[1] as string
    const gt = nextGt(match.index + match[0].length)
    const closing = gt < 0 ? null : nextClosing(name, gt + 1)
    if (closing === null) {
      opening.lastIndex = match.index + 1
      continue
    }
    out += text.slice(kept, match.index)
    kept = closing[1]
    opening.lastIndex = closing[1]
  }
  return out + text.slice(kept)
}

const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'}

/** Character references and the named entities of XML (and `&nbsp;`, which files write all the same), decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10)
      return Number.isFinite(value) && value <= 0x10ffff ? String.fromCodePoint(value) : whole
    }
    return named[code] ?? whole
  })
}

/** The language of an element (`xml:lang`, or TMX 1.1's `lang`), lower case: "en-ca". */
export function xmlLang(element: XmlElement): string {
  return (element.attributes['xml:lang'] ?? element.attributes['lang'] ?? '').toLowerCase()
}
