/**
 * Just enough XML for translation-exchange files (TMX, TBX): elements found
 * by name, their attributes, and their text with inline markup removed and
 * character references decoded. These formats do not nest an element in one
 * of the same name, which is what makes a scan by name sound.
 */
export interface XmlElement {
  attributes: Record<string, string>
  inner: string
}

/** Every element `<name …>…</name>` (or `<name …/>`) of a text, in order; the name may be a list (`termEntry|conceptEntry`). */
export function xmlElements(xml: string, name: string): XmlElement[] {
  const pattern = new RegExp(`<(${name})(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'g')
  return [...xml.matchAll(pattern)].map((match) => ({attributes: attributesOf(match[2] ?? ''), inner: match[3] ?? ''}))
}

function attributesOf(text: string): Record<string, string> {
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

function decodeEntities(text: string): string {
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
