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
 */
export function elementsIn(xml: string, name: string, from = 0, to = xml.length): XmlNode[] {
  const pattern = new RegExp(`<(${name})(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'dg')
  pattern.lastIndex = from
  const found: XmlNode[] = []
  for (let match = pattern.exec(xml); match !== null && match.index < to; match = pattern.exec(xml)) {
    const end = match.index + match[0].length
    if (end > to) break
    const inner = match.indices?.[3]
    found.push({attributes: attributesOf(match[2] ?? ''), start: match.index, end, innerStart: inner?.[0] ?? end, innerEnd: inner?.[1] ?? end})
  }
  return found
}

/** Every element of a name in a text, with its content as text. */
export function xmlElements(xml: string, name: string): XmlElement[] {
  return elementsIn(xml, name).map((node) => ({attributes: node.attributes, inner: xml.slice(node.innerStart, node.innerEnd)}))
}

/** The attributes of a tag, their values decoded. */
export function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
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
  return decodeEntities(
    inner
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(bpt|ept|ph|it)\b[^>]*>[\s\S]*?<\/\1\s*>/g, '')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim()
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
